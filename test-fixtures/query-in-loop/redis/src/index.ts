import { client, connectRedis } from './client';
import { FlagService } from './services/flag-service';
import { sessionsParallel } from './services/session-service';

export async function main(): Promise<void> {
  await connectRedis();
  const flags = new FlagService(client);
  console.log(await flags.loadParallel(['checkout-v2', 'dark-mode']));
  console.log(await sessionsParallel(process.argv.slice(2)));
}
