import { execFileSync } from 'node:child_process';
import { pbkdf2Sync } from 'node:crypto';

// Arrow function exports are route handlers too.
export const POST = async (request: Request): Promise<Response> => {
  const signature = request.headers.get('stripe-signature') ?? '';
  const payload = await request.text();
  const digest = pbkdf2Sync(payload, process.env.STRIPE_WEBHOOK_SECRET ?? '', 1000, 32, 'sha256').toString('hex'); // expect: sync-in-handler
  if (!signature.includes(digest.slice(0, 16))) return new Response('bad signature', { status: 400 });
  execFileSync('/usr/local/bin/notify-billing', [payload.slice(0, 64)]); // expect: sync-in-handler
  return new Response(null, { status: 204 });
};
