import { Router } from 'express';
import type { RowDataPacket } from 'mysql2/promise';
import { pool } from '../db';
import { categoryPage, featuredProducts, productById, productsInCategory, similarProducts } from '../repositories/product.repository';
import { ReviewRepository } from '../repositories/review.repository';

export const productsRouter = Router();
const reviews = new ReviewRepository(pool);

productsRouter.get('/categories/:id/products', async (req, res) => {
  const id = Number(req.params.id);
  if (req.query.page) {
    const size = 24;
    res.json(await categoryPage(id, size, (Number(req.query.page) - 1) * size));
  } else {
    res.json(await productsInCategory(id));
  }
});

productsRouter.get('/products/featured', async (_req, res) => {
  res.json(await featuredProducts());
});

productsRouter.get('/products/:id', async (req, res) => {
  const product = await productById(Number(req.params.id));
  if (!product) return res.status(404).end();
  res.json({ product, similar: await similarProducts(product.id, product.category_id), reviews: await reviews.forProduct(product.id) });
});

productsRouter.get('/users/:id/reviews', async (req, res) => {
  res.json(await reviews.byUser(Number(req.params.id)));
});

productsRouter.get('/users/:id/orders', async (req, res) => {
  const [rows] = await pool.query<RowDataPacket[]>( // expect: unbounded-query
    `SELECT id, total_cents, created_at
       FROM orders
      WHERE user_id = ?
      ORDER BY created_at DESC`,
    [Number(req.params.id)],
  );
  res.json(rows);
});
