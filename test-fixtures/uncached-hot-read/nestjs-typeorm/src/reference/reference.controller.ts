import { Controller, Get } from '@nestjs/common';
import { Country } from '../entities/country.entity';
import { CurrencyService } from './currency.service';
import { ReferenceService } from './reference.service';

@Controller('reference')
export class ReferenceController {
  constructor(
    private readonly reference: ReferenceService,
    private readonly currencies: CurrencyService,
  ) {}

  @Get('countries')
  countries(): Country[] {
    return this.reference.listCountries(); // ok: uncached-hot-read -- served from memory loaded in onModuleInit
  }

  @Get('admin/countries')
  adminCountries(): Promise<Country[]> {
    return this.reference.listCountriesFresh();
  }

  @Get('currencies')
  currencyList(): string[] {
    return this.currencies.list();
  }

  /** An administrator's refresh: reads again on purpose, into the copy every other request is served from. */
  @Get('admin/currencies/reload')
  async reloadCurrencies(): Promise<string[]> {
    await this.currencies.reload();
    return this.currencies.list();
  }
}
