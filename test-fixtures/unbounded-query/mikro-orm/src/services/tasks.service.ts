import { Injectable } from '@nestjs/common';
import type { FindOptions } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ListQuery, applyPaging, ordering, paginate } from '../common/pagination';
import { Task } from '../entities/task.entity';
import { TaskRepository } from '../repositories/task.repository';

@Injectable()
export class TasksService {
  constructor(
    private readonly em: EntityManager,
    private readonly tasks: TaskRepository,
  ) {}

  /** Every task of a project. */
  forProject(projectId: number): Promise<Task[]> {
    return this.tasks.find({ project: projectId }); // expect: unbounded-query
  }

  /** A page of a project's tasks; the page comes from a spread helper. */
  forProjectPage(projectId: number, query: ListQuery): Promise<Task[]> {
    return this.tasks.find({ project: projectId }, { ...paginate(query), orderBy: { id: 'asc' } }); // ok: unbounded-query -- ...paginate(query) spreads limit/offset
  }

  /** Sorted by a spread helper that brings no limit. */
  forProjectSorted(projectId: number, query: ListQuery): Promise<Task[]> {
    return this.tasks.find({ project: projectId }, { ...ordering(query) }); // expect: unbounded-query
  }

  /** A member's queue, through the entity manager. */
  assignedTo(memberId: number): Promise<Task[]> {
    return this.em.find(Task, { assignee: memberId, status: { $ne: 'done' } }, { orderBy: { dueAt: 'asc' } }); // expect: unbounded-query
  }

  /** The limit is optional: without ?limit= every task comes back. */
  search(term: string, query: ListQuery): Promise<Task[]> {
    return this.em.find(Task, { title: { $ilike: `%${term}%` } }, { // expect: unbounded-query
      limit: query.limit ? Number(query.limit) : undefined,
    });
  }

  /** Clamped with a default: always bounded. */
  recent(query: ListQuery): Promise<Task[]> {
    return this.em.find(Task, {}, { orderBy: { createdAt: 'desc' }, limit: Math.min(Number(query.limit) || 20, 100) }); // ok: unbounded-query -- clamped limit with a default
  }

  /** Options in a variable, limit only when asked for. */
  overdue(query: ListQuery): Promise<Task[]> {
    const options: FindOptions<Task> = { orderBy: { dueAt: 'asc' } };
    if (query.limit) options.limit = Number(query.limit);
    return this.em.find(Task, { dueAt: { $lt: new Date() }, status: { $ne: 'done' } }, options); // expect: unbounded-query
  }

  /** Options in a variable, with a limit. */
  hot(): Promise<Task[]> {
    const options: FindOptions<Task> = { orderBy: { points: 'desc' }, limit: 15 };
    return this.em.find(Task, { status: 'in_progress' }, options); // ok: unbounded-query -- the options variable has limit: 15
  }

  /** Options paged by a helper. */
  done(query: ListQuery): Promise<Task[]> {
    const options: FindOptions<Task> = { orderBy: { id: 'desc' } };
    applyPaging(options, query);
    return this.tasks.find({ status: 'done' }, options); // ok: unbounded-query -- applyPaging sets limit/offset
  }

  /** "Paginated" with an offset but no limit. */
  board(projectId: number, page: number): Promise<[Task[], number]> {
    return this.tasks.findAndCount({ project: projectId }, { offset: (page - 1) * 50 }); // expect: unbounded-query
  }

  boardPaged(projectId: number, page: number): Promise<[Task[], number]> {
    return this.tasks.findAndCount({ project: projectId }, { offset: (page - 1) * 50, limit: 50 }); // ok: unbounded-query -- limit: 50
  }

  backlog(projectId: number): Promise<Task[]> {
    return this.tasks.backlog(projectId);
  }

  byId(id: number): Promise<Task> {
    return this.tasks.findOneOrFail({ id }, { populate: ['assignee'] }); // ok: unbounded-query -- primary key lookup
  }

  byIds(ids: number[]): Promise<Task[]> {
    return this.em.find(Task, { id: { $in: ids } }); // ok: unbounded-query -- bounded by the input list
  }

  byIdList(ids: number[]): Promise<Task[]> {
    return this.tasks.find({ id: ids }); // ok: unbounded-query -- bounded by the input list
  }

  openCount(projectId: number): Promise<number> {
    return this.em.count(Task, { project: projectId, status: { $ne: 'done' } }); // ok: unbounded-query -- aggregate
  }

  /** Every task of a project, with the query builder. */
  export(projectId: number): Promise<Task[]> {
    return this.em.createQueryBuilder(Task, 't') // expect: unbounded-query
      .leftJoinAndSelect('t.assignee', 'a')
      .where({ project: projectId })
      .orderBy({ id: 'asc' })
      .getResultList();
  }

  biggest(projectId: number): Promise<Task[]> {
    return this.em.createQueryBuilder(Task, 't').where({ project: projectId }).orderBy({ points: 'desc' }).limit(5).getResultList(); // ok: unbounded-query -- .limit(5)
  }

  next(projectId: number): Promise<Task | null> {
    return this.em.createQueryBuilder(Task, 't').where({ project: projectId, status: 'open' }).orderBy({ dueAt: 'asc' }).getSingleResult(); // ok: unbounded-query -- one row
  }

  async close(ids: number[]): Promise<void> {
    await this.em.nativeUpdate(Task, { id: { $in: ids } }, { status: 'done' }); // ok: unbounded-query -- write
  }
}
