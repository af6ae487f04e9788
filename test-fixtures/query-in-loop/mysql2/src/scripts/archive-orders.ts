import { createConnection, RowDataPacket } from 'mysql2/promise';

interface OrderRow extends RowDataPacket {
  id: number;
  customer_id: number;
}

async function archive() {
  const connection = await createConnection(process.env.MYSQL_URL ?? 'mysql://app@localhost/shop');
  let lastId = 0;
  for (;;) {
    const [orders] = await connection.query<OrderRow[]>('SELECT id, customer_id FROM orders WHERE id > ? AND created_at < NOW() - INTERVAL 1 YEAR ORDER BY id LIMIT 1000', [lastId]); // ok: query-in-loop -- keyset pagination, each page depends on the last
    if (orders.length === 0) break;
    const ids = orders.map((order) => order.id); // ok: query-in-loop -- rows of one query, no I/O
    await connection.query('INSERT INTO orders_archive SELECT * FROM orders WHERE id IN (?)', [ids]); // ok: query-in-loop -- batched with IN (?) per page
    let index = orders.length;
    do {
      index--;
      await connection.query('UPDATE customers SET archived_orders = archived_orders + 1 WHERE id = ?', [orders[index].customer_id]); // expect: query-in-loop
    } while (index > 0);
    lastId = orders[orders.length - 1].id;
  }
  await connection.end();
}

void archive();
