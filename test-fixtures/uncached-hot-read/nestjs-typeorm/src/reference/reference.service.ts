import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Country } from '../entities/country.entity';

@Injectable()
export class ReferenceService implements OnModuleInit {
  private countries: Country[] = [];

  constructor(@InjectRepository(Country) private readonly countryRepository: Repository<Country>) {}

  async onModuleInit(): Promise<void> {
    this.countries = await this.countryRepository.find({ order: { name: 'ASC' } }); // ok: uncached-hot-read -- onModuleInit, runs once at startup
  }

  listCountries(): Country[] {
    return this.countries;
  }

  /** A fresh read of the same table for the admin screen, on every call. */
  listCountriesFresh(): Promise<Country[]> {
    return this.countryRepository.find({ order: { name: 'ASC' } }); // expect: uncached-hot-read
  }
}
