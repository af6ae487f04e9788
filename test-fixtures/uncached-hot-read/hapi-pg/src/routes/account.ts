import type { ServerRoute } from '@hapi/hapi';
import { pool, type Account } from '../db';
import { planByCode } from '../lib/plan-cache';
import { verifyToken } from '../services/auth';

export const accountRoutes: ServerRoute[] = [
  {
    method: 'GET',
    path: '/account',
    handler: async (request) => {
      const claims = await verifyToken(String(request.headers.authorization ?? '').replace(/^Bearer /, ''));
      const { rows } = await pool.query<Account>('SELECT * FROM accounts WHERE id = $1', [claims.sub]); // ok: uncached-hot-read -- depends on the request
      return rows[0] ?? null;
    },
  },
  {
    method: 'GET',
    path: '/accounts/{id}/plan',
    handler: async (request, h) => {
      const id = request.params.id;
      const { rows: accounts } = await pool.query<Account>('SELECT * FROM accounts WHERE id = $1', [id]); // ok: uncached-hot-read -- the first of the two identical reads
      if (accounts.length === 0) return h.response().code(404);
      const plan = await planByCode(accounts[0].plan_code); // ok: uncached-hot-read -- Map-cached getter
      const { rows: again } = await pool.query<Account>('SELECT * FROM accounts WHERE id = $1', [id]); // expect: uncached-hot-read
      return { account: again[0], plan };
    },
  },
  {
    method: 'POST',
    path: '/account/login-events',
    handler: async (request, h) => {
      const claims = await verifyToken(String(request.headers.authorization ?? '').replace(/^Bearer /, ''));
      await pool.query('INSERT INTO audit_log (event, account_id) VALUES ($1, $2)', ['login', claims.sub]); // ok: uncached-hot-read -- a write
      return h.response().code(204);
    },
  },
];
