import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessService, UsersService } from './users/users.service';
import { BillingService } from './billing/billing.service';
import { InvoicesController } from './billing/invoices.controller';
import { PricingRepository } from './billing/pricing.repository';
import { cacheProvider } from './cache';
import { Country } from './entities/country.entity';
import { Plan } from './entities/plan.entity';
import { Setting } from './entities/setting.entity';
import { User } from './entities/user.entity';
import { LegalController } from './legal/legal.controller';
import { PlansController } from './plans/plans.controller';
import { PlansService } from './plans/plans.service';
import { ReferenceController } from './reference/reference.controller';
import { CurrencyService } from './reference/currency.service';
import { ReferenceService } from './reference/reference.service';
import { SettingsController } from './settings/settings.controller';
import { SettingsService } from './settings/settings.service';
import { UsersController } from './users/users.controller';

const entities = [Country, Plan, Setting, User];

@Module({
  imports: [
    TypeOrmModule.forRoot({ type: 'postgres', url: process.env.DATABASE_URL, entities }),
    TypeOrmModule.forFeature(entities),
  ],
  controllers: [PlansController, SettingsController, ReferenceController, InvoicesController, UsersController, LegalController],
  providers: [cacheProvider, PlansService, SettingsService, ReferenceService, CurrencyService, BillingService, PricingRepository, UsersService, AccessService],
})
export class AppModule {}
