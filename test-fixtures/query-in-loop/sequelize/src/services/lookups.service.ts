import { Comment } from '../models/comment';
import { User } from '../models/user';

/** One SELECT per comment: the fix loads every author with `where: { id: ids }` before the loop. */
export async function commentAuthors(comments: Comment[]): Promise<string[]> {
  const names: string[] = [];
  for (const comment of comments) {
    const author = await User.findOne({ where: { id: comment.authorId } }); // expect: query-in-loop
    names.push(author ? author.displayName : 'unknown');
  }
  return names;
}

/** By primary key: which attribute that is, the typings do not say, so no fix. */
export async function usersByPk(ids: number[]): Promise<User[]> {
  const found: User[] = [];
  for (const id of ids) {
    const user = await User.findByPk(id); // expect: query-in-loop
    if (user) found.push(user);
  }
  return found;
}
