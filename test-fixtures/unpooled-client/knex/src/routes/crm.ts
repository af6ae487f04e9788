import { Router } from 'express';
import { knex } from '../legacy-db';
import type { CustomerRow } from '../types';

export const crmRouter = Router();

crmRouter.get('/crm/customers/:email', async (req, res) => {
  const customer = await knex<CustomerRow>('customers').where({ email: req.params.email }).first(); // ok: unpooled-client -- knex here is the module-level instance from legacy-db, not the knex factory
  res.json(customer ?? null);
});

crmRouter.get('/crm/companies', async (_req, res) => {
  res.json(await knex('customers').distinct('company').limit(200)); // ok: unpooled-client -- query builder on an existing instance
});
