import { Entity, EntityRepositoryType, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { TaskRepository } from '../repositories/task.repository';
import { Member } from './member.entity';
import { Project } from './project.entity';

export type TaskStatus = 'open' | 'in_progress' | 'done';

@Entity({ tableName: 'tasks', repository: () => TaskRepository })
export class Task {
  [EntityRepositoryType]?: TaskRepository;

  @PrimaryKey()
  id!: number;

  @Property()
  title!: string;

  @Property()
  status: TaskStatus = 'open';

  @Property({ default: 0 })
  points: number = 0;

  @Property({ nullable: true })
  dueAt?: Date;

  @Property()
  createdAt: Date = new Date();

  @ManyToOne(() => Project)
  project!: Project;

  @ManyToOne(() => Member, { nullable: true })
  assignee?: Member;
}
