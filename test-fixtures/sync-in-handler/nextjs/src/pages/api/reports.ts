import type { NextApiRequest, NextApiResponse } from '../../types/next';
import { monthlyReport } from '../../services/report-service';

export default async function reports(req: NextApiRequest, res: NextApiResponse) {
  const month = String(req.query.month ?? new Date().toISOString().slice(0, 7));
  const body = await monthlyReport(month);
  res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Type', 'text/csv');
  res.send(body);
}
