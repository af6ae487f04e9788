import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { BillingService } from './billing.service';

@Controller('invoices')
export class InvoicesController {
  constructor(private readonly billing: BillingService) {}

  @Get(':orderId/preview')
  preview(@Param('orderId', ParseIntPipe) orderId: number) {
    return this.billing.preview(orderId);
  }
}
