import { readReport } from '../lib/report-store';

export async function loadReport(id: string): Promise<Record<string, unknown>> {
  const report = readReport(id);
  return { id, generatedAt: report.generatedAt, rows: report.rows };
}
