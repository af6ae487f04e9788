import mysql from 'mysql2/promise';
import type { RowDataPacket } from 'mysql2/promise';
import { JobQueue } from '../lib/queue';
import { SHARDS, connectToShard } from '../shards';

/** Counts open orders on every shard, one connection per shard per run. */
export async function countOpenOrders(): Promise<number> {
  let total = 0;
  for (const shard of SHARDS) {
    const connection = await connectToShard(shard); // expect: unpooled-client
    const [rows] = await connection.query<RowDataPacket[]>("SELECT count(*) AS n FROM orders WHERE status = 'open'");
    total += Number(rows[0].n);
    await connection.end();
  }
  return total;
}

export const emailQueue = new JobQueue<{ orderId: number }>('order-emails');

emailQueue.process(async (job) => {
  const connection = await mysql.createConnection({ host: process.env.MYSQL_HOST, user: 'mailer', database: 'shop' }); // expect: unpooled-client
  await connection.query('UPDATE orders SET confirmation_sent_at = NOW() WHERE id = ?', [job.data.orderId]);
  await connection.end();
});
