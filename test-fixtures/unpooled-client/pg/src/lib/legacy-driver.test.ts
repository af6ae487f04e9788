import { test } from 'node:test';
import { LegacyDriver } from './legacy-driver';

for (const url of ['postgres://a', 'postgres://b']) {
  test(`connects to ${url}`, async () => {
    const driver = new LegacyDriver(url);
    await driver.client.connect();
    await driver.client.end();
  });
}
