import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
import type { RowDataPacket } from 'mysql2/promise';
import { json, pool } from '../db';

/** Started in the init phase, once per container, and awaited by every invocation. */
const currencies = pool.query<RowDataPacket[]>('SELECT code, symbol FROM currencies'); // ok: uncached-hot-read -- module top level (Lambda init phase)

let countries: RowDataPacket[] | undefined;

async function loadCountries(): Promise<RowDataPacket[]> {
  if (countries) return countries;
  const [rows] = await pool.query<RowDataPacket[]>('SELECT code, name, currency FROM countries ORDER BY name'); // ok: uncached-hot-read -- module-level variable checked first, kept across invocations
  countries = rows;
  return rows;
}

export const handler: APIGatewayProxyHandlerV2 = async () => {
  const [[symbols], list] = await Promise.all([currencies, loadCountries()]);
  const symbolOf = new Map(symbols.map((row) => [row.code, row.symbol]));
  return json(200, list.map((country) => ({ ...country, symbol: symbolOf.get(country.currency) })));
};
