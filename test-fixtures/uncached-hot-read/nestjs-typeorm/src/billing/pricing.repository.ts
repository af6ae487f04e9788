import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface TaxRateRow {
  region: string;
  rate: number;
}

@Injectable()
export class PricingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Two calls below InvoicesController.preview, in a third file. */
  taxRates(): Promise<TaxRateRow[]> {
    return this.dataSource.query('SELECT region, rate FROM tax_rates'); // expect: uncached-hot-read
  }

  orderLines(orderId: number): Promise<Array<{ amount: number; region: string }>> {
    return this.dataSource.query('SELECT amount, region FROM order_lines WHERE order_id = $1', [orderId]); // ok: uncached-hot-read -- depends on the request
  }
}
