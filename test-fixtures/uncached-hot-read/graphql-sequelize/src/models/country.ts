import { DataTypes, InferAttributes, InferCreationAttributes, Model } from 'sequelize';
import { sequelize } from '../db';

export class Country extends Model<InferAttributes<Country>, InferCreationAttributes<Country>> {
  declare code: string;
  declare name: string;
}

Country.init(
  {
    code: { type: DataTypes.STRING(2), primaryKey: true },
    name: { type: DataTypes.STRING, allowNull: false },
  },
  { sequelize, tableName: 'countries', timestamps: false },
);
