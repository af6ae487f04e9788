import { DataTypes, InferAttributes, InferCreationAttributes, Model } from 'sequelize';
import { sequelize } from '../db';

export class Plan extends Model<InferAttributes<Plan>, InferCreationAttributes<Plan>> {
  declare code: string;
  declare name: string;
  declare price: number;
}

Plan.init(
  {
    code: { type: DataTypes.STRING, primaryKey: true },
    name: { type: DataTypes.STRING, allowNull: false },
    price: { type: DataTypes.INTEGER, allowNull: false },
  },
  { sequelize, tableName: 'plans', timestamps: false },
);
