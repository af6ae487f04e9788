import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'members' })
export class Member {
  @PrimaryKey()
  id!: number;

  @Property({ unique: true })
  email!: string;

  @Property()
  name!: string;

  @Property({ default: true })
  active: boolean = true;
}
