import { InferAttributes, ModelStatic, Op, WhereOptions } from 'sequelize';
import { Order, OrderItem, Product } from '../models';

/** A thin repository over the Order model, handed the model class. */
export class OrderRepository {
  constructor(private readonly model: ModelStatic<Order> = Order) {}

  /** Order history of a customer: every order they ever placed. */
  forUser(userId: number): Promise<Order[]> {
    return this.model.findAll({ where: { userId }, order: [['createdAt', 'DESC']] }); // expect: unbounded-query
  }

  recentForUser(userId: number): Promise<Order[]> {
    return this.model.findAll({ where: { userId }, order: [['createdAt', 'DESC']], limit: 10 }); // ok: unbounded-query -- limit: 10
  }

  byId(id: number): Promise<Order | null> {
    return this.model.findByPk(id, { include: [{ model: OrderItem, as: 'items' }] }); // ok: unbounded-query -- primary key lookup
  }

  byIds(ids: number[]): Promise<Order[]> {
    return this.model.findAll({ where: { id: ids } }); // ok: unbounded-query -- bounded by the input list
  }

  withStatuses(ids: number[], statuses: string[]): Promise<Order[]> {
    const where: WhereOptions<InferAttributes<Order>> = { id: { [Op.in]: ids }, status: { [Op.in]: statuses } };
    return this.model.findAll({ where }); // ok: unbounded-query -- [Op.in] on the primary key bounds it
  }

  /** Line items of one order, with their products. */
  items(orderId: number): Promise<OrderItem[]> {
    return OrderItem.findAll({ where: { orderId }, include: [{ model: Product, as: 'product' }] }); // expect: unbounded-query
  }

  async revenueCents(userId: number): Promise<number> {
    return (await this.model.sum('totalCents', { where: { userId, status: 'paid' } })) ?? 0; // ok: unbounded-query -- aggregate
  }

  async markShipped(ids: number[]): Promise<void> {
    await this.model.update({ status: 'shipped' }, { where: { id: ids } }); // ok: unbounded-query -- write
  }
}
