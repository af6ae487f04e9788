import mysql from 'mysql2/promise';
import type { Connection } from 'mysql2/promise';

export const SHARDS = [0, 1, 2, 3];

/** Opens a connection to one order shard. */
export function connectToShard(shard: number): Promise<Connection> {
  return mysql.createConnection({ // ok: unpooled-client -- factory: the calls to connectToShard are judged instead
    host: `orders-${shard}.db.internal`,
    user: 'orders',
    password: process.env.MYSQL_PASSWORD,
    database: 'orders',
  });
}
