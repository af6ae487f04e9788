import { Router } from 'express';
import { MongoClient } from 'mongodb';
import type { ProductDoc } from '../db';
import { products } from '../db';
import { analyticsDb, tenantClient, withDatabase } from '../lib/mongo';
import { archivedProducts, findBySku } from '../services/product.service';

export const productsRouter = Router();

productsRouter.get('/products/:sku', async (req, res) => {
  res.json(await findBySku(req.params.sku));
});

productsRouter.get('/products/:sku/archive', async (req, res) => {
  res.json(await archivedProducts(req.params.sku));
});

productsRouter.get('/stock/low', async (_req, res) => {
  const mongo = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017'); // expect: unpooled-client
  await mongo.connect();
  const low = await mongo.db('shop').collection<ProductDoc>('products').find({ stock: { $lt: 5 } }).limit(50).toArray();
  await mongo.close();
  res.json(low);
});

productsRouter.get('/reports/views', async (_req, res) => {
  const analytics = await analyticsDb(); // ok: unpooled-client -- lazy singleton getter
  res.json(await analytics.collection('views').countDocuments());
});

productsRouter.get('/t/:tenant/products', async (req, res) => {
  const tenant = tenantClient(req.params.tenant); // ok: unpooled-client -- Map-cached per tenant
  res.json(await tenant.db('shop').collection<ProductDoc>('products').find().limit(50).toArray());
});

productsRouter.get('/collections/:name/count', async (req, res) => {
  const count = await withDatabase('shop', (database) => database.collection(req.params.name).estimatedDocumentCount());
  res.json({ count });
});

productsRouter.patch('/products/:sku/price', async (req, res) => {
  await products.updateOne({ sku: req.params.sku }, { $set: { price: Number(req.body.price) } });
  res.sendStatus(204);
});

productsRouter.get('/health/mongo', async (_req, res) => {
  // The static connect() builds and connects a new client, like `new MongoClient(url).connect()`.
  const probe = await MongoClient.connect(process.env.MONGO_URL ?? 'mongodb://localhost:27017'); // expect: unpooled-client
  try {
    res.json(await probe.db('admin').command({ ping: 1 }));
  } finally {
    await probe.close();
  }
});
