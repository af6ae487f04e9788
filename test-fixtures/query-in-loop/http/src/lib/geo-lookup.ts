import { geoPool } from '../clients/geo';
import type { GeoInfo } from '../types';

/** One geo-IP lookup through the pool. */
export async function lookupCountry(ip: string): Promise<GeoInfo> {
  const { body } = await geoPool.request({ path: `/lookup/${encodeURIComponent(ip)}`, method: 'GET' });
  return (await body.json()) as GeoInfo;
}
