import { Controller, Get, Param } from '@nestjs/common';
import { Plan } from '../entities/plan.entity';
import { PlansService } from './plans.service';

@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  list(): Promise<Plan[]> {
    return this.plans.findAll();
  }

  @Get(':code')
  show(@Param('code') code: string): Promise<Plan | null> {
    return this.plans.findOne(code);
  }
}
