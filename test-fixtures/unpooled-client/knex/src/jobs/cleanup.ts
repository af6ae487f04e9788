import knex from 'knex';

export const SHARDS = ['postgres://app@shard-0/app', 'postgres://app@shard-1/app', 'postgres://app@shard-2/app'];

/** Purges soft-deleted users on one shard. */
async function purgeShard(connection: string): Promise<number> {
  const shard = knex({ client: 'pg', connection }); // expect: unpooled-client
  try {
    return await shard('users').whereNotNull('deleted_at').del();
  } finally {
    await shard.destroy();
  }
}

export async function purgeAll(): Promise<number> {
  let purged = 0;
  for (const connection of SHARDS) purged += await purgeShard(connection);
  return purged;
}

setInterval(async () => {
  const db = knex({ client: 'pg', connection: process.env.DATABASE_URL }); // expect: unpooled-client
  await db.raw('VACUUM ANALYZE users');
  await db.destroy();
}, 24 * 3600_000);
