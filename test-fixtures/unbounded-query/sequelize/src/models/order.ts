import { CreationOptional, DataTypes, ForeignKey, InferAttributes, InferCreationAttributes, Model, NonAttribute } from 'sequelize';
import { sequelize } from '../db';
import type { OrderItem } from './order-item';
import type { User } from './user';

export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'cancelled';

export class Order extends Model<InferAttributes<Order>, InferCreationAttributes<Order>> {
  declare id: CreationOptional<number>;
  declare userId: ForeignKey<User['id']>;
  declare status: CreationOptional<OrderStatus>;
  declare totalCents: number;
  declare createdAt: CreationOptional<Date>;

  declare items?: NonAttribute<OrderItem[]>;
}

Order.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    status: { type: DataTypes.STRING, allowNull: false, defaultValue: 'pending' },
    totalCents: { type: DataTypes.INTEGER, allowNull: false },
    createdAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'orders' },
);
