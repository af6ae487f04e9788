import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Plan } from '../entities/plan.entity';

@Injectable()
export class PlansService {
  constructor(@InjectRepository(Plan) private readonly plans: Repository<Plan>) {}

  findAll(): Promise<Plan[]> {
    return this.plans.find({ where: { active: true }, order: { price: 'ASC' } }); // expect: uncached-hot-read
  }

  /**
   * From nestjs-realworld's ArticleService.findAll: the builder starts constant, then the request's
   * filters are added to it under ifs before it runs.
   */
  async search(query: { name?: string; maxPrice?: number }): Promise<{ plans: Plan[]; count: number }> {
    const qb = this.plans.createQueryBuilder('plan').where('plan.active = :active', { active: true });
    if (query.name) qb.andWhere('plan.name ILIKE :name', { name: `%${query.name}%` });
    if (query.maxPrice !== undefined) {
      qb.andWhere('plan.price <= :maxPrice', { maxPrice: query.maxPrice });
    }
    const count = await qb.getCount(); // ok: uncached-hot-read -- the builder takes the request's filters first
    const plans = await qb.orderBy('plan.price', 'ASC').getMany(); // ok: uncached-hot-read -- the builder takes the request's filters first
    return { plans, count };
  }

  /** A count over a table changes with every write to it: not read-mostly data. */
  countActive(): Promise<number> {
    return this.plans.count({ where: { active: true } }); // ok: uncached-hot-read -- an aggregate, not read-mostly
  }

  /**
   * From ghostfolio's import: the plans are read, a helper writes new ones, and the plans are read
   * again to see them.
   */
  async importPlans(rows: Array<{ code: string; name: string; price: number }>): Promise<Plan[]> {
    const before = await this.activePlans();
    await this.saveMissing(rows, before);
    return this.activePlans(); // ok: uncached-hot-read -- a write happens between the two reads
  }

  private activePlans(): Promise<Plan[]> {
    return this.plans.findBy({ active: true }); // expect: uncached-hot-read
  }

  private async saveMissing(rows: Array<{ code: string; name: string; price: number }>, existing: Plan[]): Promise<void> {
    const known = new Set(existing.map((plan) => plan.code));
    await this.plans.save(rows.filter((row) => !known.has(row.code)).map((row) => this.plans.create({ ...row, active: true })));
  }

  findOne(code: string): Promise<Plan | null> {
    return this.plans.findOneBy({ code }); // ok: uncached-hot-read -- depends on the request
  }
}
