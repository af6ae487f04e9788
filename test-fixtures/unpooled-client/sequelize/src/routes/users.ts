import { Router } from 'express';
import { QueryTypes, Sequelize } from 'sequelize';
import { sequelize } from '../db';
import { Warehouse, sequelizeForTenant } from '../lib/database';
import { User } from '../models/user';
import { activeSessions, signupsPerDay } from '../services/report.service';

export const usersRouter = Router();

usersRouter.get('/users/:id', async (req, res) => {
  res.json(await User.findByPk(Number(req.params.id)));
});

usersRouter.get('/users/:id/legacy', async (req, res) => {
  const legacy = new Sequelize('legacy', 'readonly', process.env.LEGACY_PASSWORD, { host: 'legacy-db', dialect: 'mysql' }); // expect: unpooled-client
  const rows = await legacy.query('SELECT * FROM members WHERE id = ?', { replacements: [req.params.id], type: QueryTypes.SELECT });
  await legacy.close();
  res.json(rows[0] ?? null);
});

usersRouter.post('/users/:id/deactivate', async (req, res) => {
  await sequelize.transaction(async (transaction) => {
    await User.update({ active: false }, { where: { id: Number(req.params.id) }, transaction });
  });
  res.sendStatus(204);
});

usersRouter.get('/warehouse/users', async (_req, res) => {
  const rows = await Warehouse.get().query('SELECT count(*) AS n FROM dim_users', { type: QueryTypes.SELECT }); // ok: unpooled-client -- lazy static singleton getter
  res.json(rows[0]);
});

usersRouter.get('/t/:tenant/users', async (req, res) => {
  const tenant = sequelizeForTenant(req.params.tenant); // ok: unpooled-client -- Map-cached per tenant
  res.json(await tenant.query('SELECT id, email FROM users LIMIT 50', { type: QueryTypes.SELECT }));
});

usersRouter.get('/stats', async (_req, res) => {
  res.json({ signups: await signupsPerDay(30), sessions: await activeSessions() });
});
