import { Client } from 'pg';

/** Runs `work` on a dedicated connection, opened and closed around it. */
export async function withClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.DATABASE_URL }); // expect: unpooled-client
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
