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

  findOne(code: string): Promise<Plan | null> {
    return this.plans.findOneBy({ code }); // ok: uncached-hot-read -- depends on the request
  }
}
