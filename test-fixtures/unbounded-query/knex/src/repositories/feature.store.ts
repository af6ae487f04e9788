import type { Knex } from 'knex';

/**
 * Shapes from a real feature-flag service's store (each was a false positive once): a `first()` at
 * the head of the chain, single-row and existence reads, input lists added in later statements,
 * rank and key-range windows, aggregates written with raw SQL, subqueries, a `modify()` helper.
 */
export interface FeatureRow {
  id: number;
  name: string;
  project: string;
  archived_at: Date | null;
}

export class FeatureStore {
  constructor(private readonly db: Knex) {}

  static filterByArchived: Knex.QueryCallbackWithArgs = (queryBuilder: Knex.QueryBuilder, archived: boolean) => {
    return archived ? queryBuilder.whereNotNull('archived_at') : queryBuilder.whereNull('archived_at'); // ok: unbounded-query -- a modify() helper adding a where to the caller's query
  };

  async get(name: string): Promise<FeatureRow | undefined> {
    return this.db.first(['id', 'name', 'project']).from('features').where({ name }); // ok: unbounded-query -- first() at the head of the chain is LIMIT 1
  }

  async defaultStrategy(projectId: string, environment: string): Promise<string | undefined> {
    const rows = await this.db('project_environments').select('default_strategy').where({ project_id: projectId, environment_name: environment }); // ok: unbounded-query -- read as rows[0]: a lookup by the composite key
    return rows[0]?.default_strategy;
  }

  async exists(name: string): Promise<boolean> {
    const rows = await this.db('features').where('name', name).andWhere('archived_at', null).select('name'); // ok: unbounded-query -- existence check
    return rows.length > 0;
  }

  async byNames(names: string[]): Promise<FeatureRow[]> {
    const query = this.db<FeatureRow>('features').orderBy('name', 'asc');
    query.whereIn('name', names);
    return await query; // ok: unbounded-query -- bounded by the input list, added in its own statement
  }

  async environmentsOf(features: string[], environment?: string) {
    let rows = this.db('feature_environments').whereIn('feature_name', features);
    if (environment) rows = rows.where({ environment });
    return await rows; // ok: unbounded-query -- bounded by the input list on every path
  }

  async applicationsPage(params: { limit: number; offset: number }) {
    const { limit, offset } = params;
    return this.db
      .with('ranked', (qb) => qb.select('*', this.db.raw('DENSE_RANK() OVER (ORDER BY app_name) AS rank')).from('client_applications'))
      .select('*') // ok: unbounded-query -- a rank window: whereBetween('rank', ...)
      .from('ranked')
      .whereBetween('rank', [offset + 1, offset + limit]);
  }

  async revisionRange(start: number, end: number) {
    return this.db.select('*').from('events').where('id', '>', start).andWhere('id', '<=', end).orderBy('id', 'asc'); // ok: unbounded-query -- both ends of a key range
  }

  async activeUsers() {
    return this.db.select({ last_week: this.db.raw("COUNT(DISTINCT CASE WHEN seen_at > NOW() - INTERVAL '1 week' THEN id END)") }).from('users'); // ok: unbounded-query -- an aggregate written in raw SQL
  }

  async cleanLastSeen(): Promise<void> {
    await this.db('last_seen_at_metrics')
      .whereNotIn('feature_name', this.db.select('name').from('features')) // ok: unbounded-query -- a subquery of a delete
      .or.whereNotIn('environment', this.db.select('name').from('environments')) // ok: unbounded-query -- a subquery of a delete
      .del();
  }

  async archived(): Promise<FeatureRow[]> {
    return this.db<FeatureRow>('features').modify(FeatureStore.filterByArchived, true).orderBy('name'); // expect: unbounded-query
  }

  /** A local arrow returning a builder that its callers finish (a union, then `max`). */
  async maxTokenRevision(since: number): Promise<number> {
    const perType = (type: string) => this.db('events').select('id').where('type', type).andWhere('id', '>=', since); // ok: unbounded-query -- finished by the callers: a union under max()
    const row = await this.db
      .from(perType('token-created').unionAll(perType('token-deleted')).as('token_events'))
      .max({ max: 'id' })
      .first();
    return Number(row?.max ?? 0);
  }
}
