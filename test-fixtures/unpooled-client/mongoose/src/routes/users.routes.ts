import { Router } from 'express';
import { createConnection } from 'mongoose';
import { MONGO_URL, analyticsConnection } from '../connections';
import { User, userSchema } from '../models/user.model';
import { openTenantConnection, sharedTenantDb, tenantConnection } from '../tenants/tenant-connections';

export const usersRouter = Router();

usersRouter.get('/users/:id', async (req, res) => {
  res.json(await User.findById(req.params.id).lean());
});

usersRouter.get('/users/:id/activity', async (req, res) => {
  const connection = createConnection(process.env.ACTIVITY_MONGO_URL ?? MONGO_URL); // expect: unpooled-client
  const events = await connection.collection('activity').find({ userId: req.params.id }).limit(50).toArray();
  await connection.close();
  res.json(events);
});

usersRouter.get('/t/:tenant/users', async (req, res) => {
  const TenantUser = tenantConnection(req.params.tenant).model('User', userSchema); // ok: unpooled-client -- Map-cached per tenant
  res.json(await TenantUser.find().limit(50).lean());
});

usersRouter.get('/shared/:tenant/users', async (req, res) => {
  const SharedUser = sharedTenantDb(req.params.tenant).model('User', userSchema); // ok: unpooled-client -- useDb on the default connection, no new pool
  res.json(await SharedUser.find().limit(50).lean());
});

usersRouter.post('/t/:tenant/users/import', async (req, res) => {
  const connection = openTenantConnection(req.params.tenant); // expect: unpooled-client
  const TenantUser = connection.model('User', userSchema);
  await TenantUser.insertMany(req.body.users);
  await connection.close();
  res.sendStatus(201);
});

usersRouter.get('/stats', async (_req, res) => {
  res.json({ views: await analyticsConnection.collection('views').estimatedDocumentCount() });
});
