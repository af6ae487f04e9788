import { Router } from 'express';
import { Review } from '../models';

export const reviewsRouter = Router();

reviewsRouter.get('/products/:id/reviews', async (req, res) => {
  const rows = await Review.findAll({ where: { productId: Number(req.params.id) } }); // expect: unbounded-query
  res.json(rows);
});
