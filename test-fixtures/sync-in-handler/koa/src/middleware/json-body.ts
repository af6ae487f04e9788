import type { Context, Next } from 'koa';

/** Minimal JSON body parser: buffers the request stream asynchronously. */
export async function jsonBody(ctx: Context, next: Next): Promise<void> {
  if (ctx.is('application/json')) {
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
    ctx.request.body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  }
  await next();
}
