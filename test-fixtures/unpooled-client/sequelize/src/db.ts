import { Sequelize } from 'sequelize';

export const sequelize = new Sequelize(process.env.DATABASE_URL ?? 'postgres://localhost:5432/app', { // ok: unpooled-client -- module top level, created once
  logging: false,
  pool: { max: 10 },
});
