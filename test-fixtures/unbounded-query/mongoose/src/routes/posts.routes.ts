import { Router } from 'express';
import { Types } from 'mongoose';
import { paginate } from '../lib/paginate';
import { Comment } from '../models/comment.model';
import { Post } from '../models/post.model';
import { commentRepository } from '../repositories/comment.repository';
import { findPostById, findPostsByAuthor, listPublished, searchPosts } from '../repositories/post.repository';
import { feedSince } from '../services/feed.service';
import { flaggedComments } from '../services/moderation.service';

export const postsRouter = Router();

postsRouter.get('/posts', async (req, res) => {
  res.json(await searchPosts({ tag: req.query.tag as string | undefined, limit: Number(req.query.limit) || undefined }));
});

postsRouter.get('/posts/published', async (req, res) => {
  res.json(await listPublished({ tag: req.query.tag as string | undefined }));
});

postsRouter.get('/posts/:id', async (req, res) => {
  const post = await findPostById(req.params.id);
  if (!post) return res.status(404).end();
  res.json(post);
});

postsRouter.get('/posts/:id/comments', async (req, res) => {
  res.json(await commentRepository.forPost(req.params.id));
});

postsRouter.get('/posts/:id/comments/page', async (req, res) => {
  const comments = await paginate(Comment.find({ postId: new Types.ObjectId(req.params.id) }), req); // ok: unbounded-query -- paginate() applies the limit
  res.json(comments);
});

postsRouter.get('/authors/:id/posts', async (req, res) => {
  res.json(await findPostsByAuthor(req.params.id));
});

postsRouter.get('/authors/:id/posts/page', async (req, res) => {
  const query = Post.find({ authorId: new Types.ObjectId(req.params.id) }).sort({ createdAt: -1 });
  res.json(await paginate(query, req)); // ok: unbounded-query -- paginate() applies the limit
});

postsRouter.get('/trending', async (req, res) => {
  const since = new Date(Date.now() - 86_400_000);
  const posts = await Post.find({ publishedAt: { $gte: since } }).sort({ views: -1 }).lean().exec(); // expect: unbounded-query
  res.json(posts);
});

postsRouter.get('/admin/flagged', async (_req, res) => {
  res.json(await flaggedComments());
});

postsRouter.get('/feed', async (req, res) => {
  res.json(await feedSince(new Date(String(req.query.since)), Number(req.query.offset ?? 0)));
});
