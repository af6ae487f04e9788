import type { Request, Response } from 'express';
import { readdirSync } from 'node:fs';
import { buildExport } from '../services/report-service';

const REPORT_DIR = process.env.REPORT_DIR ?? '/var/reports';

export const reportController = {
  list(req: Request, res: Response): void {
    const names = readdirSync(REPORT_DIR).filter((name) => name.endsWith('.csv')); // expect: sync-in-handler
    res.json(names);
  },

  async download(req: Request, res: Response): Promise<void> {
    const body = await buildExport(String(req.params.id));
    res.setHeader('Content-Encoding', 'gzip');
    res.type('text/csv').send(body);
  },
};
