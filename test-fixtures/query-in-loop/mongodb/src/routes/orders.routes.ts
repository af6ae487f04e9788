import express from 'express';
import { ObjectId } from 'mongodb';
import { client } from '../db';
import { OrderRepository } from '../repositories/order.repository';
import { priceCart } from '../services/catalog.service';

const router = express.Router();
const orders = new OrderRepository(client.db('shop'));

router.post('/orders/pay', async (req, res) => {
  const ids = (req.body.ids as string[]).map((id) => new ObjectId(id)); // ok: query-in-loop -- parses ids, no I/O
  await orders.markPaid(ids);
  res.sendStatus(204);
});

router.post('/orders/lookup', async (req, res) => {
  const ids: string[] = req.body.ids;
  const found = [];
  for (const id of ids) {
    found.push(await orders.findById(new ObjectId(id))); // expect: query-in-loop
  }
  res.json(found);
});

router.post('/cart/price', async (req, res) => {
  res.json({ total: await priceCart(req.body.lines) });
});

export default router;
