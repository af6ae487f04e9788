import { Column, Entity, PrimaryColumn } from 'typeorm';

/** ISO 3166 countries: a small reference table (about 250 rows), allowed in hotpath.json. */
@Entity('countries')
export class Country {
  @PrimaryColumn({ type: 'char', length: 2 })
  code!: string;

  @Column()
  name!: string;
}
