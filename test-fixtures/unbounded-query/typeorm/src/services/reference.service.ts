import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Country } from '../entities/country.entity';
import { SubscriptionPlan } from '../entities/plan.entity';

/** Reference data for sign-up forms. */
@Injectable()
export class ReferenceService {
  constructor(
    @InjectRepository(Country) private readonly countries: Repository<Country>,
    @InjectRepository(SubscriptionPlan) private readonly plans: Repository<SubscriptionPlan>,
  ) {}

  listCountries(): Promise<Country[]> {
    return this.countries.find({ order: { name: 'ASC' } }); // ok: unbounded-query -- "country" is allowed in hotpath.json
  }

  visiblePlans(): Promise<SubscriptionPlan[]> {
    return this.plans.findBy({ visible: true }); // ok: unbounded-query -- table "plans" is allowed in hotpath.json
  }
}
