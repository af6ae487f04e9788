import { Router } from 'express';
import { pool } from '../db';
import { findUserById } from '../repositories/user.repository';
import { ProductRepository } from '../repositories/product.repository';

export const usersRouter = Router();
const productsRepo = new ProductRepository(pool);

usersRouter.get('/users', async (req, res) => {
  const ids = String(req.query.ids ?? '').split(',').map(Number); // ok: query-in-loop -- parses ids, no I/O
  const users = [];
  let i = 0;
  while (i < ids.length) {
    users.push(await findUserById(ids[i])); // expect: query-in-loop
    i += 1;
  }
  res.json(users);
});

usersRouter.get('/stock', async (req, res) => {
  res.json(await productsRepo.stockLevels(String(req.query.ids ?? '').split(',').map(Number)));
});

usersRouter.get('/products', async (req, res) => {
  const skus = String(req.query.skus ?? '').split(',');
  res.json(await productsRepo.bySkus(skus));
});
