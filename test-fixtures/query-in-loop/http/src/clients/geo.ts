import { Pool } from 'undici';

/** Connection pool to the geo-IP service. */
export const geoPool = new Pool(process.env.GEO_URL ?? 'http://geo.internal:8080', { connections: 16 });
