import { MongoClient } from 'mongodb';
import type { EventDoc } from '../db';
import { MONGO_URL } from '../db';

/** Events forwarded from the parent process (child_process.fork), one message per event. */
process.on('message', async (message: { type: string; payload: Record<string, unknown> }) => {
  const mongo = new MongoClient(MONGO_URL); // expect: unpooled-client
  await mongo.db('events').collection<EventDoc>('events').insertOne({ ...message, at: new Date() });
  await mongo.close();
});

/** Hourly cleanup of old events. */
setInterval(async () => {
  const mongo = new MongoClient(MONGO_URL); // expect: unpooled-client
  const cutoff = new Date(Date.now() - 30 * 24 * 3600_000);
  await mongo.db('events').collection<EventDoc>('events').deleteMany({ at: { $lt: cutoff } });
  await mongo.close();
}, 3600_000);
