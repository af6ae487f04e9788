import mysql from 'mysql2/promise';
import { readFileSync } from 'node:fs';

void (async () => {
  const connection = await mysql.createConnection({ uri: process.env.MYSQL_URL, multipleStatements: true }); // ok: unpooled-client -- top-level IIFE of a one-off script
  const products: Array<{ sku: string; name: string; price_cents: number }> = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  await connection.query('INSERT INTO products (sku, name, price_cents) VALUES ?', [products.map((p) => [p.sku, p.name, p.price_cents])]);
  await connection.end();
})();
