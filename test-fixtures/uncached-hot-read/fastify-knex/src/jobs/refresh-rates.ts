import { db } from '../db';

export let exchangeRates: Record<string, number> = {};

/** A timer refreshes the rates in the background: no request waits on it. */
export function startRateRefresh(): NodeJS.Timeout {
  return setInterval(async () => {
    const rows: Array<{ code: string; rate: number }> = await db('exchange_rates').select('code', 'rate'); // ok: uncached-hot-read -- background refresh, not request-serving
    exchangeRates = Object.fromEntries(rows.map((row) => [row.code, row.rate]));
  }, 60_000);
}
