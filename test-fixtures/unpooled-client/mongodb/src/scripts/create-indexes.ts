import { MongoClient } from 'mongodb';

(async () => {
  const mongo = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017'); // ok: unpooled-client -- top-level IIFE of a one-off script
  await mongo.connect();
  await mongo.db('shop').collection('products').createIndex({ sku: 1 }, { unique: true });
  await mongo.db('events').collection('events').createIndex({ at: 1 });
  await mongo.close();
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
