import type { Cursor } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Task } from '../entities/task.entity';

/** Weekly report: walks every task with cursor pagination, 500 at a time. */
export async function weeklyReport(orm: MikroORM, write: (tasks: Task[]) => void): Promise<void> {
  const em = orm.em.fork();
  let after: string | undefined;
  do {
    const page: Cursor<Task> = await em.findByCursor(Task, { status: 'done' }, { first: 500, after, orderBy: { id: 'asc' } }); // ok: unbounded-query -- cursor pagination
    write(page.items);
    after = page.hasNextPage ? page.endCursor ?? undefined : undefined;
  } while (after);
}

/** Raw SQL without a LIMIT. */
export async function staleTaskIds(orm: MikroORM): Promise<number[]> {
  const rows: Array<{ id: number }> = await orm.em.execute("SELECT id FROM tasks WHERE status <> 'done' AND created_at < now() - interval '90 days'"); // expect: unbounded-query
  return rows.map((row) => row.id);
}

/** Raw aggregate. */
export async function pointsDone(orm: MikroORM): Promise<number> {
  const [row]: Array<{ total: string | null }> = await orm.em.execute("SELECT SUM(points) AS total FROM tasks WHERE status = 'done'"); // ok: unbounded-query -- aggregate
  return Number(row.total ?? 0);
}

/** Deletes done tasks of archived projects. */
export async function purge(orm: MikroORM, projectIds: number[]): Promise<number> {
  return orm.em.fork().nativeDelete(Task, { project: { $in: projectIds }, status: 'done' }); // ok: unbounded-query -- write
}
