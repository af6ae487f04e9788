import { db } from '../db';

/** One SELECT per email: the fix loads them all with `'in'` before the loop (none when the list is empty). */
export async function userNames(emails: string[]): Promise<string[]> {
  const names: string[] = [];
  for (const email of emails) {
    const user = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst(); // expect: query-in-loop
    names.push(user?.name ?? email);
  }
  return names;
}

/** A second condition: not the plain shape, so no fix. */
export async function publishedTitles(ids: string[]): Promise<string[]> {
  const titles: string[] = [];
  for (const id of ids) {
    const post = await db.selectFrom('posts').selectAll().where('id', '=', id).where('published', '=', true).executeTakeFirst(); // expect: query-in-loop
    if (post) titles.push(post.title);
  }
  return titles;
}
