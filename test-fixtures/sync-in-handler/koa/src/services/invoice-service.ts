import { renderHtmlToPdf } from '../lib/pdf';

export async function invoicePdf(id: string): Promise<Buffer> {
  const html = `<html><body><h1>Invoice ${id}</h1></body></html>`;
  return renderHtmlToPdf(html, `invoice-${id}`);
}
