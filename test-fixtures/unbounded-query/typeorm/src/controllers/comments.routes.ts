import { Router } from 'express';
import { AppDataSource } from '../data-source';
import { Comment } from '../entities/comment.entity';

export const commentsRouter = Router();
const comments = AppDataSource.getRepository(Comment);

commentsRouter.get('/posts/:id/comments', async (req, res) => {
  const rows = await comments.find({ where: { postId: Number(req.params.id) }, order: { id: 'DESC' } }); // expect: unbounded-query
  res.json(rows);
});

commentsRouter.get('/posts/:id/comments/recent', async (req, res) => {
  // The parameter is named id, but the SQL filters on postId: many rows.
  const rows = await comments.createQueryBuilder('c').where('c.postId = :id', { id: Number(req.params.id) }).orderBy('c.id', 'DESC').getMany(); // expect: unbounded-query
  res.json(rows);
});
