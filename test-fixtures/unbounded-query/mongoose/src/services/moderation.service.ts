import { Comment } from '../models/comment.model';
import { Post } from '../models/post.model';
import { User } from '../models/user.model';

export async function flaggedComments() {
  return Comment.find({ flagged: true }).sort({ createdAt: -1 }).populate('authorId', 'name'); // expect: unbounded-query
}

export async function adminEmails(): Promise<string[]> {
  const admins = await User.find({ role: 'admin' }).select('email').lean(); // expect: unbounded-query
  return admins.map((admin) => admin.email);
}

/** Nightly job: streams the archive instead of loading it. */
export async function purgeArchivedComments(): Promise<number> {
  let removed = 0;
  for await (const post of Post.find({ status: 'archived' }).select('_id')) { // ok: unbounded-query -- cursor iteration
    const result = await Comment.deleteMany({ postId: post._id }); // ok: unbounded-query -- write, returns no rows
    removed += result.deletedCount;
  }
  return removed;
}

export async function unflagAll(): Promise<void> {
  const cursor = Comment.find({ flagged: true }).cursor(); // ok: unbounded-query -- cursor, one document at a time
  for (let doc = await cursor.next(); doc != null; doc = await cursor.next()) {
    doc.flagged = false;
    await doc.save();
  }
}

export async function userByEmail(email: string) {
  return User.findOne({ email }).lean(); // ok: unbounded-query -- unique key lookup
}
