import { activeRates } from './tax';

export async function previewInvoice(region: string, net: number): Promise<{ net: number; gross: number }> {
  const rates = await activeRates();
  return { net, gross: Math.round(net * (1 + (rates.get(region) ?? 0)) * 100) / 100 };
}
