import { DataTypes } from 'sequelize';
import { sequelize } from '../db';

/** Defined the classic way, with sequelize.define. */
export const Review = sequelize.define(
  'Review',
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    productId: { type: DataTypes.INTEGER, allowNull: false },
    userId: { type: DataTypes.INTEGER, allowNull: false },
    rating: { type: DataTypes.INTEGER, allowNull: false },
    body: { type: DataTypes.TEXT, allowNull: true },
  },
  { tableName: 'reviews' },
);
