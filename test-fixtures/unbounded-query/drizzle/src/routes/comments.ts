import { eq } from 'drizzle-orm';
import { Router } from 'express';
import { db } from '../db';
import { comments } from '../schema';

export const commentsRouter = Router();

commentsRouter.get('/posts/:id/comments', async (req, res) => {
  const rows = await db.select().from(comments).where(eq(comments.postId, req.params.id)); // expect: unbounded-query
  res.json(rows);
});

commentsRouter.get('/posts/:id/comments/with-authors', async (req, res) => {
  const rows = await db.query.comments.findMany({ where: eq(comments.postId, req.params.id) }); // expect: unbounded-query
  res.json(rows);
});
