import { Op } from 'sequelize';
import { sequelize } from '../db';
import { Comment, Post, PostTag, Tag } from '../models';
import { chunk, sleep } from '../util';

/** Finds or creates every tag in parallel: one round trip (or two) per name. */
export async function tagPost(postId: number, names: string[]): Promise<void> {
  const tags = await Promise.all(names.map((name) => Tag.findOrCreate({ where: { name } }))); // expect: query-in-loop
  await PostTag.bulkCreate(tags.map(([tag]) => ({ postId, tagId: tag.get('id') })), { ignoreDuplicates: true });
}

/** Imports comments in bulk, 500 rows per INSERT. */
export async function importComments(rows: Array<{ postId: number; authorId: number; body: string }>): Promise<void> {
  for (const part of chunk(rows, 500)) {
    await Comment.bulkCreate(part); // ok: query-in-loop -- bulkCreate: one INSERT per chunk of 500 rows
  }
}

/** Deletes spam one raw DELETE at a time. */
export async function purgeSpam(commentIds: number[]): Promise<void> {
  let i = 0;
  while (i < commentIds.length) {
    await sequelize.query('DELETE FROM comments WHERE id = :id', { replacements: { id: commentIds[i] } }); // expect: query-in-loop
    i++;
  }
}

/** Deletes spam with one raw DELETE ... IN per chunk. */
export async function purgeSpamBatched(commentIds: number[]): Promise<void> {
  for (const ids of chunk(commentIds, 1000)) {
    await sequelize.query('DELETE FROM comments WHERE id IN (:ids)', { replacements: { ids } }); // ok: query-in-loop -- IN (:ids): one DELETE per chunk
  }
}

/** Removes orphaned comments one DELETE at a time. */
export async function pruneOrphans(orphanIds: number[]): Promise<void> {
  if (orphanIds.length === 0) return;
  let index = 0;
  do {
    await Comment.destroy({ where: { id: orphanIds[index] } }); // expect: query-in-loop
    index += 1;
  } while (index < orphanIds.length);
}

/** Keyset pagination: each page starts after the last id of the previous one. */
export async function reindexPosts(index: (posts: Post[]) => Promise<void>): Promise<void> {
  let lastId = 0;
  for (;;) {
    const page = await Post.findAll({ where: { id: { [Op.gt]: lastId } }, order: [['id', 'ASC']], limit: 500 }); // ok: query-in-loop -- pagination: the next query depends on the previous page
    if (page.length === 0) break;
    await index(page);
    lastId = page[page.length - 1].id;
  }
}

/** Rows of one query, iterated: the query is in the iterable. */
export async function exportTitles(): Promise<string[]> {
  const lines: string[] = [];
  for (const post of await Post.findAll({ where: { published: true }, limit: 1000 })) { // ok: query-in-loop -- one query in the iterable, runs once
    lines.push(`${post.id}\t${post.title}`);
  }
  return lines;
}

/** Waits for the database at start-up: at most five attempts. */
export async function waitForDatabase(): Promise<void> {
  for (let attempt = 1; attempt <= 5; attempt++) {
    try {
      await sequelize.authenticate(); // ok: query-in-loop -- retry loop bounded by 5 attempts
      return;
    } catch {
      await sleep(attempt * 500);
    }
  }
  throw new Error('database unreachable');
}

/** Builds instances in memory and saves them in one bulk INSERT. */
export async function seedWelcomeComments(postIds: number[], authorId: number): Promise<void> {
  const drafts = postIds.map((postId) => Comment.build({ postId, authorId, body: 'Welcome!' })); // ok: query-in-loop -- build() only creates an instance in memory
  await Comment.bulkCreate(drafts.map((draft) => draft.get({ plain: true })));
}
