import { test } from 'node:test';
import { Pool } from 'pg';

// An integration test file: not analysed (test code does not run in production).
test('the users table answers', async () => {
  const pool = new Pool({ connectionString: process.env.TEST_DATABASE_URL }); // ok: unpooled-client -- a test file, not analysed
  await pool.query('SELECT 1');
  await pool.end();
});
