import { pool } from '../db';

export interface PostRow {
  id: number;
  author_id: number;
  title: string;
  status: string;
  published_at: Date | null;
}

export interface CommentRow {
  id: number;
  post_id: number;
  body: string;
  created_at: Date;
}

const POSTS_BY_AUTHOR = 'SELECT id, author_id, title, status, published_at FROM posts WHERE author_id = $1 ORDER BY published_at DESC';
const LATEST_POSTS = `
  SELECT id, author_id, title, status, published_at
  FROM posts
  WHERE status = 'published'
  ORDER BY published_at DESC
  LIMIT $1`;
const POST_BY_ID = 'SELECT id, author_id, title, status, published_at FROM posts WHERE id = $1';

export async function postsByAuthor(authorId: number): Promise<PostRow[]> {
  const { rows } = await pool.query<PostRow>(POSTS_BY_AUTHOR, [authorId]); // expect: unbounded-query
  return rows;
}

export async function latestPosts(size: number): Promise<PostRow[]> {
  const { rows } = await pool.query<PostRow>(LATEST_POSTS, [size]); // ok: unbounded-query -- LIMIT $1 in the constant
  return rows;
}

export async function postById(id: number): Promise<PostRow | undefined> {
  const { rows } = await pool.query<PostRow>(POST_BY_ID, [id]); // ok: unbounded-query -- primary key lookup
  return rows[0];
}

/** Every comment of a post. */
export async function commentsOf(postId: number): Promise<CommentRow[]> {
  const result = await pool.query<CommentRow>('SELECT id, post_id, body, created_at FROM comments WHERE post_id = $1 ORDER BY created_at', [postId]); // expect: unbounded-query
  return result.rows;
}

export async function commentsPage(postId: number, size: number, offset: number): Promise<CommentRow[]> {
  const result = await pool.query<CommentRow>('SELECT id, post_id, body, created_at FROM comments WHERE post_id = $1 ORDER BY created_at LIMIT $2 OFFSET $3', [postId, size, offset]); // ok: unbounded-query -- LIMIT $2
  return result.rows;
}

export async function publishedPosts(offset: number): Promise<PostRow[]> {
  // OFFSET alone does not bound the result
  const result = await pool.query<PostRow>( // expect: unbounded-query
    `SELECT id, author_id, title, status, published_at
       FROM posts
      WHERE status = 'published'
      ORDER BY published_at DESC
     OFFSET $1`,
    [offset],
  );
  return result.rows;
}

export async function postsByIds(ids: number[]): Promise<PostRow[]> {
  const result = await pool.query<PostRow>('SELECT id, author_id, title, status, published_at FROM posts WHERE id = ANY($1::int[])', [ids]); // ok: unbounded-query -- bounded by the input id list
  return result.rows;
}

export async function countComments(postId: number): Promise<number> {
  const result = await pool.query<{ n: string }>('SELECT count(*) AS n FROM comments WHERE post_id = $1', [postId]); // ok: unbounded-query -- aggregate count
  return Number(result.rows[0].n);
}
