import { canViewPost, getPost } from '../../../../lib/posts';

/** getPost and canViewPost both run db.query.posts.findFirst({ where: eq(posts.id, id) }). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const post = await getPost(id); // ok: uncached-hot-read -- the first of the two identical reads
  if (!post) return new Response('not found', { status: 404 });
  if (!(await canViewPost(id, request.headers.get('x-user-id')))) return new Response('forbidden', { status: 403 }); // expect: uncached-hot-read
  return Response.json(post);
}
