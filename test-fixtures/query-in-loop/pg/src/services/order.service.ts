import { pool } from '../db';
import { INSERT_AUDIT, SELECT_USER_BY_ID, SELECT_USERS_BY_IDS } from '../sql';
import { findUserById, findUsersByIds, UserRow } from '../repositories/user.repository';

export interface OrderLine {
  productId: number;
  quantity: number;
  priceCents: number;
}

export async function placeOrder(userId: number, lines: OrderLine[]) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: number }>('INSERT INTO orders (user_id) VALUES ($1) RETURNING id', [userId]);
    const orderId = rows[0].id;
    for (const line of lines) {
      await client.query( // expect: query-in-loop
        'INSERT INTO order_lines (order_id, product_id, quantity, price_cents) VALUES ($1, $2, $3, $4)',
        [orderId, line.productId, line.quantity, line.priceCents],
      );
    }
    await client.query('COMMIT');
    return orderId;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

export async function placeOrderBatched(userId: number, lines: OrderLine[]) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: number }>('INSERT INTO orders (user_id) VALUES ($1) RETURNING id', [userId]);
    await client.query(
      `INSERT INTO order_lines (order_id, product_id, quantity, price_cents)
       SELECT $1, * FROM UNNEST($2::int[], $3::int[], $4::int[])`,
      [rows[0].id, lines.map((l) => l.productId), lines.map((l) => l.quantity), lines.map((l) => l.priceCents)], // ok: query-in-loop -- builds parameter arrays, no I/O
    );
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

export async function buyers(orderIds: number[]) {
  const { rows: orders } = await pool.query<{ id: number; user_id: number }>('SELECT id, user_id FROM orders WHERE id = ANY($1)', [orderIds]);
  const result: Array<{ orderId: number; buyer: UserRow | undefined }> = [];
  for (const order of orders) {
    result.push({ orderId: order.id, buyer: await findUserById(order.user_id) }); // expect: query-in-loop
  }
  return result;
}

export async function buyersBatched(orderIds: number[]) {
  const { rows: orders } = await pool.query<{ id: number; user_id: number }>('SELECT id, user_id FROM orders WHERE id = ANY($1)', [orderIds]);
  const users = await findUsersByIds(orders.map((order) => order.user_id)); // ok: query-in-loop -- one ANY($1) query for every buyer
  const byId = new Map(users.map((user) => [user.id, user]));
  return orders.map((order) => ({ orderId: order.id, buyer: byId.get(order.user_id) })); // ok: query-in-loop -- Map lookup, no I/O
}

export async function usersInChunks(ids: number[]) {
  const users: UserRow[] = [];
  for (let start = 0; start < ids.length; start += 1000) {
    const { rows } = await pool.query<UserRow>(SELECT_USERS_BY_IDS, [ids.slice(start, start + 1000)]); // ok: query-in-loop -- batched with ANY($1), one query per chunk of 1000
    users.push(...rows);
  }
  return users;
}

export async function usersOneByOne(ids: number[]) {
  return Promise.all(ids.map((id) => pool.query<UserRow>(SELECT_USER_BY_ID, [id]))); // expect: query-in-loop
}

export function recordLogins(userIds: number[]) {
  userIds.forEach((userId) => {
    void pool.query(INSERT_AUDIT, [userId, 'login']); // expect: query-in-loop
  });
}

export async function cancelStale(orderIds: number[]) {
  let index = 0;
  do {
    await pool.query(`UPDATE orders SET status = 'cancelled' WHERE id = $1 AND status = 'open'`, [orderIds[index]]); // expect: query-in-loop
    index++;
  } while (index < orderIds.length);
}

export async function exportOrders(write: (line: string) => void) {
  let lastId = 0;
  for (;;) {
    const { rows } = await pool.query<{ id: number; total_cents: number }>(
      'SELECT id, total_cents FROM orders WHERE id > $1 ORDER BY id LIMIT 500',
      [lastId], // ok: query-in-loop -- keyset pagination, each page depends on the last
    );
    if (rows.length === 0) break;
    for (const row of rows) write(`${row.id},${row.total_cents}`); // ok: query-in-loop -- rows of one query, no I/O
    lastId = rows[rows.length - 1].id;
  }
}

export async function withRetry<T>(sql: string, params: unknown[]) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return await pool.query(sql, params); // ok: query-in-loop -- retry with a small fixed bound
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  throw new Error('unreachable');
}

export async function tableSizes() {
  const sizes: Record<string, number> = {};
  for (const table of ['users', 'orders', 'order_lines']) {
    const { rows } = await pool.query<{ count: string }>(`SELECT count(*) FROM ${table}`); // ok: query-in-loop -- three fixed tables
    sizes[table] = Number(rows[0].count);
  }
  return sizes;
}
