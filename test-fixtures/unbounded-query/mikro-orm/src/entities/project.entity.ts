import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { Member } from './member.entity';
import { Task } from './task.entity';

@Entity({ tableName: 'projects' })
export class Project {
  @PrimaryKey()
  id!: number;

  @Property({ unique: true })
  key!: string;

  @Property()
  name!: string;

  @Property({ default: false })
  archived: boolean = false;

  @ManyToOne(() => Member)
  owner!: Member;

  @OneToMany(() => Task, (task) => task.project)
  tasks = new Collection<Task>(this);
}
