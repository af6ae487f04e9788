import express from 'express';
import postgres from 'postgres';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://app@localhost/app';

export const sql = postgres(DATABASE_URL, { max: 10 }); // ok: unpooled-client -- module top level, created once

const reportingByRegion = new Map<string, postgres.Sql>();

/** One pool per reporting region, opened on first use and kept. */
export function reportingSql(region: string): postgres.Sql {
  let pool = reportingByRegion.get(region);
  if (!pool) {
    pool = postgres(`${DATABASE_URL}_${region}`, { max: 2 }); // ok: unpooled-client -- cached per region in a module-level Map
    reportingByRegion.set(region, pool);
  }
  return pool;
}

export const app = express();

app.get('/orders/:id', async (req, res) => {
  const perRequest = postgres(DATABASE_URL); // expect: unpooled-client
  const [order] = await perRequest`SELECT id, total_cents FROM orders WHERE id = ${Number(req.params.id)}`;
  await perRequest.end();
  res.json(order ?? null);
});

app.get('/regions/:region/revenue', async (req, res) => {
  const [row] = await reportingSql(req.params.region)`SELECT sum(total_cents) AS revenue FROM orders`;
  res.json(row);
});

/** A helper each job calls: opens a pool of its own every time. */
export async function countRows(table: string): Promise<number> {
  const once = postgres(DATABASE_URL, { max: 1 }); // expect: unpooled-client
  try {
    const [{ count }] = await once`SELECT count(*) FROM ${once(table)}`;
    return Number(count);
  } finally {
    await once.end();
  }
}
