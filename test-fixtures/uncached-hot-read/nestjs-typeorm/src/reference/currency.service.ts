import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Country } from '../entities/country.entity';

/**
 * From ghostfolio's ExchangeRateDataService: the currencies are loaded into memory at startup and
 * served from there; `reload()` refills that copy after an administrator changes the data.
 */
@Injectable()
export class CurrencyService implements OnModuleInit {
  private currencies: string[] = [];

  constructor(@InjectRepository(Country) private readonly countries: Repository<Country>) {}

  async onModuleInit(): Promise<void> {
    await this.reload();
  }

  async reload(): Promise<void> {
    this.currencies = await this.loadCurrencies();
  }

  list(): string[] {
    return this.currencies;
  }

  private async loadCurrencies(): Promise<string[]> {
    const rows = await this.countries.find({ order: { name: 'ASC' } }); // ok: uncached-hot-read -- refills the copy served from memory by list()
    return [...new Set(rows.map((row) => row.code))];
  }
}
