import { Client } from 'pg';

async function main() {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ id: number; email: string }>('SELECT id, email FROM users WHERE email <> lower(email)');
  for (let i = 0; i < rows.length; i++) {
    await client.query('UPDATE users SET email = $1 WHERE id = $2', [rows[i].email.toLowerCase(), rows[i].id]); // expect: query-in-loop
  }
  const values = rows.map((row) => `(${row.id}, '${row.email.toLowerCase()}')`); // ok: query-in-loop -- builds SQL text, no I/O
  await client.query(`INSERT INTO email_backups (id, email) VALUES ${values.join(', ')}`);
  await client.end();
}

void main();
