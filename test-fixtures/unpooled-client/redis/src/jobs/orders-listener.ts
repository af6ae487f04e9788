import { createClient } from 'redis';
import { REDIS_URL } from '../client';

/** Pub/sub needs a dedicated connection: this one is made once, when the module loads. */
export const subscriber = createClient({ url: REDIS_URL }); // ok: unpooled-client -- module top level, created once

export async function listenForOrders(): Promise<void> {
  await subscriber.connect();
  await subscriber.subscribe('orders:paid', async (message) => {
    const { orderId, customerId } = JSON.parse(message) as { orderId: string; customerId: string };
    const writer = createClient({ url: REDIS_URL }); // expect: unpooled-client
    await writer.connect();
    await writer.lPush(`customer:${customerId}:orders`, orderId);
    await writer.quit();
  });
}
