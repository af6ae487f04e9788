import Router from '@koa/router';
import express, { type Request } from 'express';
import { db } from '../db';

// Handlers that query directly: the fixes can read a page from the request's query string.
export const feedRouter = express.Router();

feedRouter.get('/feed/:author', async (req, res) => {
  const rows = await db('posts').where({ author_id: Number(req.params.author) }).orderBy('created_at', 'desc'); // expect: unbounded-query
  res.json(rows);
});

// The query string is typed without limit or offset: reading them would not type-check, so only the fixed page size is offered.
feedRouter.get('/feed/tags', async (req: Request<{}, unknown, unknown, { tag: string }>, res) => {
  const rows = await db('posts').where('tags', '@>', [req.query.tag]).orderBy('id'); // expect: unbounded-query
  res.json(rows);
});

export const koaFeed = new Router();

koaFeed.get('/koa/feed', async (ctx) => {
  ctx.body = await db('posts').where({ published: true }).orderBy('id'); // expect: unbounded-query
});
