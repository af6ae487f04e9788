import { EventEmitter } from 'node:events';
import Redis from 'ioredis';
import { REDIS_URL } from '../redis';

export const bus = new EventEmitter();

bus.on('user.logged-in', async (userId: string) => {
  const client = new Redis(REDIS_URL); // expect: unpooled-client
  await client.zadd('logins', Date.now(), userId);
  await client.quit();
});

/** Trims the activity stream every minute. */
setInterval(async () => {
  const client = new Redis(REDIS_URL); // expect: unpooled-client
  await client.xtrim('activity', 'MAXLEN', '~', 10_000);
  await client.quit();
}, 60_000);

/** Called once per queued message by the dispatcher loop. */
export async function deliver(message: { channel: string; body: string }): Promise<void> {
  const publisher = new Redis(REDIS_URL); // expect: unpooled-client
  await publisher.publish(message.channel, message.body);
  publisher.disconnect();
}

export async function dispatch(messages: Array<{ channel: string; body: string }>): Promise<void> {
  for (const message of messages) await deliver(message);
}

/** Counts a page view; a failure is logged, not thrown. */
bus.on('page.viewed', async (path: string) => {
  const counter = new Redis(REDIS_URL, { retryStrategy: (times) => Math.min(times * 50, 2000) }); // expect: unpooled-client
  try {
    await counter.incr(`views:${path}`);
  } catch (error) {
    console.error('view not counted', error);
  } finally {
    await counter.quit();
  }
});

/** Waits for the next export: a blocking read holds its connection, so sharing it is not offered. */
bus.on('exports.wake', async () => {
  const waiting = new Redis(REDIS_URL); // expect: unpooled-client
  const next = await waiting.blpop('exports:queue', 5);
  await waiting.quit();
  bus.emit('exports.next', next);
});
