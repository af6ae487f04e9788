import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import bcrypt from 'bcrypt';
import { hashPassword } from '../lib/password';

test('hashPassword produces a bcrypt hash', () => {
  const fixture = JSON.parse(readFileSync('test/fixtures/user.json', 'utf8')); // ok: sync-in-handler -- test file
  const hash = hashPassword(fixture.password);
  assert.ok(bcrypt.compareSync(fixture.password, hash)); // ok: sync-in-handler -- test file
});
