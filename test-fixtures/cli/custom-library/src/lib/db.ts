// A hand-rolled data layer: hotpath cannot know these are queries until hotpath.json says so.
declare function send(sql: string, params: unknown[]): Promise<unknown[]>;

export function runQuery(sql: string, params: unknown[] = []): Promise<unknown[]> {
  return send(sql, params);
}

export const db = {
  one: (sql: string, params: unknown[]) => send(sql, params).then((rows) => rows[0]),
  many: (sql: string, params: unknown[]) => send(sql, params),
};
