import { pool } from '../db';

const SLOW_QUERY_HINT = 'SELECT on orders took more than 500 ms'; // ok: unbounded-query -- a log message, never run as a query

export interface OrderLine {
  sku: string;
  quantity: number;
}

export async function placeOrder(customerId: number, lines: OrderLine[]): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const inserted = await client.query<{ id: number }>('INSERT INTO orders (customer_id, status) VALUES ($1, $2) RETURNING id', [customerId, 'open']); // ok: unbounded-query -- insert
    const orderId = inserted.rows[0].id;
    await client.query('INSERT INTO order_lines (order_id, sku, quantity) SELECT $1, sku, quantity FROM json_populate_recordset(NULL::order_lines, $2)', [orderId, JSON.stringify(lines)]); // ok: unbounded-query -- insert
    const previous = await client.query<{ id: number; status: string }>(`SELECT id, status FROM orders WHERE customer_id = $1 AND status = 'open'`, [customerId]); // expect: unbounded-query
    if (previous.rows.length > 5) throw new Error('too many open orders');
    await client.query('COMMIT');
    return orderId;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

export async function ordersByStatus(): Promise<Array<{ status: string; n: string }>> {
  const { rows } = await pool.query<{ status: string; n: string }>('SELECT status, count(*) AS n FROM orders GROUP BY status'); // ok: unbounded-query -- aggregates only
  return rows;
}

export async function revenueSince(since: Date): Promise<number> {
  const started = Date.now();
  const { rows } = await pool.query<{ cents: string }>(`SELECT sum(total_cents) AS cents FROM orders WHERE created_at >= $1`, [since]); // ok: unbounded-query -- aggregate sum
  if (Date.now() - started > 500) console.warn(SLOW_QUERY_HINT);
  return Number(rows[0].cents ?? 0);
}
