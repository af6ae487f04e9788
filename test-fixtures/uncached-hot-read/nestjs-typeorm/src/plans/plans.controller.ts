import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { Plan } from '../entities/plan.entity';
import { PlansService } from './plans.service';

@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  list(): Promise<Plan[]> {
    return this.plans.findAll();
  }

  @Get('search')
  search(@Query('name') name?: string, @Query('maxPrice') maxPrice?: string) {
    return this.plans.search({ name, maxPrice: maxPrice === undefined ? undefined : Number(maxPrice) });
  }

  @Get('count')
  count(): Promise<number> {
    return this.plans.countActive();
  }

  @Post('import')
  import(@Body() rows: Array<{ code: string; name: string; price: number }>): Promise<Plan[]> {
    return this.plans.importPlans(rows);
  }

  @Get(':code')
  show(@Param('code') code: string): Promise<Plan | null> {
    return this.plans.findOne(code);
  }
}
