import { Router } from 'express';
import mysql from 'mysql2/promise';
import type { RowDataPacket } from 'mysql2/promise';
import { findLegacyCustomer } from '../lib/legacy';
import { reporting } from '../reporting';
import { reserveStock } from '../services/inventory.service';
import { tenantPool } from '../tenants';

export const productsRouter = Router();

productsRouter.get('/products/:id', async (req, res) => {
  const connection = await mysql.createConnection(process.env.MYSQL_URL ?? 'mysql://app@localhost/shop'); // expect: unpooled-client
  const [rows] = await connection.execute<RowDataPacket[]>('SELECT id, sku, name FROM products WHERE id = ?', [req.params.id]);
  await connection.end();
  res.json(rows[0] ?? null);
});

productsRouter.get('/products', async (_req, res) => {
  const perRequest = mysql.createPool({ uri: process.env.MYSQL_URL, connectionLimit: 2 }); // expect: unpooled-client
  const [rows] = await perRequest.query<RowDataPacket[]>('SELECT id, sku, name FROM products ORDER BY id LIMIT 50');
  await perRequest.end();
  res.json(rows);
});

productsRouter.post('/products/:id/reserve', async (req, res) => {
  res.json({ reserved: await reserveStock(Number(req.params.id), Number(req.body.quantity)) });
});

productsRouter.get('/reports/top-sellers', async (_req, res) => {
  const [rows] = await reporting().query<RowDataPacket[]>('SELECT product_id, sum(quantity) AS sold FROM order_items GROUP BY product_id ORDER BY sold DESC LIMIT 10'); // ok: unpooled-client -- lazy singleton getter
  res.json(rows);
});

productsRouter.get('/t/:tenant/products', async (req, res) => {
  const [rows] = await tenantPool(req.params.tenant).query<RowDataPacket[]>('SELECT id, name FROM products LIMIT 50'); // ok: unpooled-client -- Map-cached per tenant
  res.json(rows);
});

productsRouter.get('/legacy/customers/:email', (req, res) => {
  findLegacyCustomer(req.params.email, (error, row) => {
    if (error) res.status(500).json({ error: error.message });
    else res.json(row ?? null);
  });
});
