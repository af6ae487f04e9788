import { Sequelize } from 'sequelize';

export const sequelize = new Sequelize(process.env.DATABASE_URL ?? 'postgres://localhost:5432/shop', {
  logging: false,
  pool: { max: 10 },
});
