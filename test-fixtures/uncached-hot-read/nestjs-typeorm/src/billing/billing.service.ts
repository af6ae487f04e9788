import { Injectable } from '@nestjs/common';
import { PricingRepository } from './pricing.repository';

@Injectable()
export class BillingService {
  constructor(private readonly pricing: PricingRepository) {}

  async preview(orderId: number): Promise<{ net: number; gross: number }> {
    const [lines, rates] = await Promise.all([this.pricing.orderLines(orderId), this.pricing.taxRates()]);
    const byRegion = new Map(rates.map((rate) => [rate.region, rate.rate]));
    const net = lines.reduce((sum, line) => sum + line.amount, 0);
    const gross = lines.reduce((sum, line) => sum + line.amount * (1 + (byRegion.get(line.region) ?? 0)), 0);
    return { net, gross: Math.round(gross) };
  }
}
