import { Country } from '../models';

let countries: Promise<Country[]> | null = null;

/** Loaded on first use, then kept for the life of the process. */
export function allCountries(): Promise<Country[]> {
  if (countries) return countries;
  countries = Country.findAll({ order: [['name', 'ASC']] }); // ok: uncached-hot-read -- module-level variable checked first
  return countries;
}
