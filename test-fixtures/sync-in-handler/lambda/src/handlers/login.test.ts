import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import bcrypt from 'bcrypt';
import { handler } from './login';

test('login rejects a wrong password', async () => {
  process.env.USER_HASHES = JSON.stringify({ 'a@example.com': bcrypt.hashSync('right-password', 4) }); // ok: sync-in-handler -- test file
  const context = { awsRequestId: 'req-1' } as Parameters<typeof handler>[1];
  const result = await handler({ body: JSON.stringify({ email: 'a@example.com', password: 'wrong' }) } as Parameters<typeof handler>[0], context);
  assert.equal(typeof result === 'object' && result.statusCode, 401);
});
