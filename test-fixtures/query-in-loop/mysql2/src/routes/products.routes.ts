import { Router } from 'express';
import { findProduct } from '../repositories/product.repository';
import { priceCart } from '../services/cart.service';

export const productsRouter = Router();

productsRouter.get('/products/compare', async (req, res) => {
  const ids = String(req.query.ids ?? '').split(',').map(Number); // ok: query-in-loop -- parses ids, no I/O
  const products = await Promise.all(ids.map((id) => findProduct(id))); // expect: query-in-loop
  res.json(products);
});

productsRouter.post('/cart/price', async (req, res) => {
  res.json({ total: await priceCart(req.body.lines) });
});

productsRouter.get('/products/primary', async (req, res) => {
  const ids = String(req.query.ids ?? '').split(',').map(Number);
  for (const id of ids) {
    const product = await findProduct(id); // ok: query-in-loop -- returns on the first iteration
    res.json(product ?? null);
    return;
  }
  res.status(404).end();
});
