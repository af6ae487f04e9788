import { Router } from 'express';
import { db } from '../db';
import { paginate } from '../lib/paginate';
import { CommentRepository } from '../repositories/comment.repository';
import { draftsOf, postById, postsByAuthor, searchPosts } from '../repositories/post.repository';

export const postsRouter = Router();
const comments = new CommentRepository(db);

postsRouter.get('/posts', async (req, res) => {
  res.json(await searchPosts({ search: req.query.q as string | undefined, limit: Number(req.query.limit) || undefined }));
});

postsRouter.get('/posts/drafts', async (req, res) => {
  res.json(await draftsOf({ authorId: Number(req.query.author) || undefined }));
});

postsRouter.get('/posts/:id', async (req, res) => {
  res.json(await postById(Number(req.params.id)));
});

postsRouter.get('/posts/:id/comments', async (req, res) => {
  res.json(await comments.forPost(Number(req.params.id)));
});

postsRouter.get('/posts/:id/comments/page', async (req, res) => {
  const query = db('comments').where({ post_id: Number(req.params.id) }).orderBy('created_at', 'desc');
  res.json(await paginate(query, req)); // ok: unbounded-query -- paginate() applies the limit
});

postsRouter.get('/authors/:id/posts', async (req, res) => {
  res.json(await postsByAuthor(Number(req.params.id)));
});

postsRouter.get('/authors/:id/comments', async (req, res) => {
  const rows = await paginate(db('comments').where({ author_id: Number(req.params.id) }), req); // ok: unbounded-query -- paginate() applies the limit
  res.json(rows);
});
