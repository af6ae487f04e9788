import { DataTypes, InferAttributes, InferCreationAttributes, Model } from 'sequelize';
import { sequelize } from '../db';

export class TaxRate extends Model<InferAttributes<TaxRate>, InferCreationAttributes<TaxRate>> {
  declare region: string;
  declare rate: number;
}

TaxRate.init(
  {
    region: { type: DataTypes.STRING, primaryKey: true },
    rate: { type: DataTypes.FLOAT, allowNull: false },
  },
  { sequelize, tableName: 'tax_rates', timestamps: false },
);
