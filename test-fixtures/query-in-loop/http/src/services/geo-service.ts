import { fetch as undiciFetch, request } from 'undici';
import { lookupCountry } from '../lib/geo-lookup';
import { geoPool } from '../clients/geo';
import type { GeoInfo } from '../types';

const RISK_URL = process.env.RISK_URL ?? 'http://risk.internal';

export async function countriesOf(ips: string[]): Promise<GeoInfo[]> {
  const out: GeoInfo[] = [];
  for (const ip of ips) {
    out.push(await lookupCountry(ip)); // expect: query-in-loop
  }
  return out;
}

export async function riskScores(ips: string[]): Promise<number[]> {
  return Promise.all(
    ips.map(async (ip) => {
      const { body } = await request(`${RISK_URL}/score?ip=${ip}`); // expect: query-in-loop
      const { score } = (await body.json()) as { score: number };
      return score;
    }),
  );
}

export async function reportAbuse(ips: string[]): Promise<void> {
  for (let i = 0; i < ips.length; i++) {
    await undiciFetch(`${RISK_URL}/abuse`, { method: 'POST', body: JSON.stringify({ ip: ips[i] }) }); // expect: query-in-loop
  }
}

export async function pingAll(paths: string[]): Promise<boolean[]> {
  const results = await Promise.all(paths.map((path) => geoPool.request({ path, method: 'HEAD' }))); // expect: query-in-loop
  return results.map((response) => response.statusCode < 400); // ok: query-in-loop -- no I/O
}

export async function countriesBatched(ips: string[]): Promise<GeoInfo[]> {
  const { body } = await geoPool.request({ path: '/lookup', method: 'POST', body: JSON.stringify({ ips }) }); // ok: query-in-loop -- one batch request
  return (await body.json()) as GeoInfo[];
}
