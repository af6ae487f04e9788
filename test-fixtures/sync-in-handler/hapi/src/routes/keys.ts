import type { Plugin } from '@hapi/hapi';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Hapi plugin: `register` runs once, when the server registers it at startup. */
export const keysPlugin: Plugin<{ issuer: string }> = {
  name: 'keys',
  register: async (server, options) => {
    const policy = JSON.parse(readFileSync('config/key-policy.json', 'utf8')); // ok: sync-in-handler -- plugin register, runs once at startup

    server.route({
      method: 'POST',
      path: '/keys',
      handler: () => {
        const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: policy.modulusLength ?? 4096 }); // expect: sync-in-handler
        return {
          issuer: options.issuer,
          publicKey: publicKey.export({ type: 'spki', format: 'pem' }),
          privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }),
        };
      },
    });

    // The handler nested under `options`, as Hapi also allows.
    server.route({
      method: 'GET',
      path: '/keys/policy',
      options: {
        auth: false,
        handler: () => readFileSync('config/key-policy.json', 'utf8'), // expect: sync-in-handler
      },
    });
  },
};
