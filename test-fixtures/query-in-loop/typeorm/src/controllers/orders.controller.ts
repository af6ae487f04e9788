import { Body, Controller, Get, Post } from '@nestjs/common';
import type { OrderStatus } from '../entities/order.entity';
import { OrdersService } from '../services/orders.service';

@Controller('orders')
export class OrdersController {
  constructor(private readonly ordersService: OrdersService) {}

  @Post('status')
  async bulkStatus(@Body() body: { ids: number[]; status: OrderStatus }): Promise<{ updated: number }> {
    for (const id of body.ids) {
      await this.ordersService.setStatus(id, body.status); // expect: query-in-loop
    }
    return { updated: body.ids.length };
  }

  @Get('summary')
  async summary(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const status of ['pending', 'paid', 'shipped', 'cancelled'] as const) {
      counts[status] = await this.ordersService.countByStatus(status); // ok: query-in-loop -- four fixed statuses, does not grow with data
    }
    return counts;
  }
}
