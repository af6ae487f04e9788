import type { Request, ResponseToolkit, ServerRoute } from '@hapi/hapi';
import { promises as fsp } from 'node:fs';
import { etagOf } from '../lib/etag';
import { login } from '../services/auth-service';
import { loadReport } from '../services/report-service';

async function getReport(request: Request, h: ResponseToolkit) {
  const report = await loadReport(String(request.params.id));
  return h.response(report).etag(etagOf(JSON.stringify(report)));
}

export const routes: ServerRoute[] = [
  { method: 'GET', path: '/reports/{id}', handler: getReport },
  {
    method: 'GET',
    path: '/reports',
    handler: async () => {
      const names = await fsp.readdir('/var/data/reports'); // ok: sync-in-handler -- fs.promises, async
      return names.map((name) => name.replace(/\.json\.gz$/, ''));
    },
  },
  {
    method: 'POST',
    path: '/login',
    options: { auth: false },
    handler: async (request, h) => {
      const { user, password } = request.payload as { user: string; password: string };
      const token = await login(user, password);
      return token ? { token } : h.response({ error: 'invalid credentials' }).code(401);
    },
  },
];
