import { Router } from 'express';
import { db } from '../db';

export const commentsRouter = Router();

commentsRouter.get('/posts/:id/comments', async (req, res) => {
  const rows = await db.selectFrom('comments').selectAll().where('post_id', '=', req.params.id).execute(); // expect: unbounded-query
  res.json(rows);
});
