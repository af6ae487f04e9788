import { Controller, Get } from '@nestjs/common';
import { Country } from '../entities/country.entity';
import { ReferenceService } from './reference.service';

@Controller('reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get('countries')
  countries(): Country[] {
    return this.reference.listCountries(); // ok: uncached-hot-read -- served from memory loaded in onModuleInit
  }

  @Get('admin/countries')
  adminCountries(): Promise<Country[]> {
    return this.reference.listCountriesFresh();
  }
}
