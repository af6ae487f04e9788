import type { ServerRoute } from '@hapi/hapi';
import { pool, type Plan } from '../db';
import { currentTaxRates } from '../lib/plan-cache';

const DEFAULT_PLAN = 'starter';

export const referenceRoutes: ServerRoute[] = [
  {
    method: 'GET',
    path: '/countries',
    handler: async () => {
      const { rows } = await pool.query('SELECT code, name FROM countries ORDER BY name'); // expect: uncached-hot-read
      return rows;
    },
  },
  {
    method: 'GET',
    path: '/plans/default',
    handler: async () => {
      const { rows } = await pool.query<Plan>('SELECT code, name, price FROM plans WHERE code = $1', [DEFAULT_PLAN]); // expect: uncached-hot-read
      return rows[0];
    },
  },
  {
    method: 'GET',
    path: '/plans/{code}',
    handler: async (request) => {
      const { rows } = await pool.query<Plan>('SELECT code, name, price FROM plans WHERE code = $1', [request.params.code]); // ok: uncached-hot-read -- depends on the request
      return rows[0] ?? null;
    },
  },
  {
    method: 'GET',
    path: '/currencies',
    handler: async () => {
      const client = await pool.connect();
      try {
        const { rows } = await client.query('SELECT code, symbol FROM currencies'); // expect: uncached-hot-read
        return rows;
      } finally {
        client.release();
      }
    },
  },
  {
    method: 'GET',
    path: '/tax-rates',
    handler: async () => currentTaxRates(),
  },
];
