import { cachedPdf, storePdf } from '../lib/pdf-cache';
import { renderInvoice } from '../lib/render';

export async function invoicePdf(id: string, company: string): Promise<Buffer> {
  const hit = cachedPdf(id);
  if (hit) return hit;
  const pdf = await renderInvoice(id, company);
  storePdf(id, pdf);
  return pdf;
}
