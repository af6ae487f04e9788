import { EventEmitter } from 'node:events';
import { Client } from 'pg';

export const orderEvents = new EventEmitter();

orderEvents.on('order.created', async (order: { id: number; userId: number }) => {
  const client = new Client({ connectionString: process.env.DATABASE_URL }); // expect: unpooled-client
  await client.connect();
  await client.query('UPDATE users SET order_count = order_count + 1 WHERE id = $1', [order.userId]);
  await client.end();
});

/** Refreshes the materialized views every ten minutes. */
setInterval(async () => {
  const client = new Client(process.env.DATABASE_URL); // expect: unpooled-client
  await client.connect();
  await client.query('REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals');
  await client.end();
}, 10 * 60_000);

/** Refunds an order in one transaction: BEGIN and COMMIT need one connection, so no pool swap is offered. */
orderEvents.on('order.refunded', async (order: { id: number; userId: number }) => {
  const client = new Client({ connectionString: process.env.DATABASE_URL }); // expect: unpooled-client
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('UPDATE orders SET status = $1 WHERE id = $2', ['refunded', order.id]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
});
