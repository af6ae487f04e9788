import { sql, type DatabasePool } from 'slonik';
import { z } from 'zod';

const User = z.object({ id: z.number(), email: z.string(), team_id: z.number() });

export class UserRepository {
  constructor(private readonly pool: DatabasePool) {}

  membersOf(teamId: number) {
    return this.pool.any(sql.type(User)`SELECT id, email, team_id FROM users WHERE team_id = ${teamId}`); // expect: unbounded-query
  }

  membersPage(teamId: number, afterId: number) {
    return this.pool.any(sql.type(User)`SELECT id, email, team_id FROM users WHERE team_id = ${teamId} AND id > ${afterId} ORDER BY id LIMIT 50`); // ok: unbounded-query -- LIMIT
  }

  byEmail(email: string) {
    return this.pool.maybeOne(sql.type(User)`SELECT id, email, team_id FROM users WHERE email = ${email}`); // ok: unbounded-query -- maybeOne reads at most one row
  }

  emails() {
    return this.pool.anyFirst(sql.type(z.object({ email: z.string() }))`SELECT email FROM users ORDER BY email`); // expect: unbounded-query
  }

  byIds(ids: readonly number[]) {
    return this.pool.any(sql.type(User)`SELECT id, email, team_id FROM users WHERE id = ANY(${sql.array(ids, 'int4')})`); // ok: unbounded-query -- bounded by the input list
  }

  countInTeam(teamId: number) {
    return this.pool.oneFirst(sql.type(z.object({ count: z.number() }))`SELECT count(*) FROM users WHERE team_id = ${teamId}`); // ok: unbounded-query -- aggregate
  }

  inactive(since: Date) {
    return this.pool.transaction(async (tx) => {
      return tx.many(sql.type(User)`SELECT id, email, team_id FROM users WHERE last_seen_at < ${sql.timestamp(since)}`); // expect: unbounded-query
    });
  }

  deactivate(id: number) {
    return this.pool.query(sql.unsafe`UPDATE users SET active = false WHERE id = ${id}`); // ok: unbounded-query -- update
  }
}
