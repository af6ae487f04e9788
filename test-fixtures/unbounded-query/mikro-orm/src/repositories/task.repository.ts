import { EntityRepository } from '@mikro-orm/postgresql';
import type { Task, TaskStatus } from '../entities/task.entity';

/** A custom repository: the entity's repository plus domain queries. */
export class TaskRepository extends EntityRepository<Task> {
  /** The whole backlog of a project. */
  backlog(projectId: number): Promise<Task[]> {
    return this.find({ project: projectId, status: 'open' }, { orderBy: { createdAt: 'asc' } }); // expect: unbounded-query
  }

  /** The next tasks to pick up. */
  upNext(projectId: number, limit = 10): Promise<Task[]> {
    return this.find({ project: projectId, status: 'open' }, { orderBy: { dueAt: 'asc' }, limit }); // ok: unbounded-query -- limit bounds it
  }

  countByStatus(projectId: number, status: TaskStatus): Promise<number> {
    return this.count({ project: projectId, status }); // ok: unbounded-query -- aggregate
  }
}
