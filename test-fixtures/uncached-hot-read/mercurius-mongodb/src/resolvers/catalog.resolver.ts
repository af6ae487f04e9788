import { readFileSync } from 'fs';
import { join } from 'path';
import { Arg, ID, Query, Resolver } from 'type-graphql';
import { allPlans } from '../lib/plan-cache';
import { countries, plans, settings } from '../mongo';
import { Country, FaqEntry, Plan } from '../types/graphql';

@Resolver()
export class CatalogResolver {
  @Query(() => [Country])
  countries(): Promise<Country[]> {
    return countries.find({}, { projection: { _id: 0 } }).sort({ name: 1 }).toArray(); // expect: uncached-hot-read
  }

  @Query(() => [Plan])
  plans(): Promise<Plan[]> {
    return allPlans(); // ok: uncached-hot-read -- LRU-cached getter
  }

  @Query(() => Plan, { nullable: true })
  plan(@Arg('code', () => ID) code: string): Promise<Plan | null> {
    return plans.findOne({ code }, { projection: { _id: 0 } }); // ok: uncached-hot-read -- depends on the arguments
  }

  @Query(() => [FaqEntry])
  faq(): FaqEntry[] {
    return JSON.parse(readFileSync(join(__dirname, '..', 'content', 'faq.json'), 'utf8')); // expect: uncached-hot-read
  }

  @Query(() => String, { nullable: true })
  async banner(): Promise<string | null> {
    const row = await settings.findOne({ key: 'banner' }); // expect: uncached-hot-read
    return row?.value ?? null;
  }
}
