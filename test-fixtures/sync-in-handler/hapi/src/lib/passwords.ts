import * as crypto from 'node:crypto';

export function verifyPassword(password: string, salt: string, expectedHex: string): boolean {
  const derived = crypto.pbkdf2Sync(password, salt, 310_000, 32, 'sha256'); // expect: sync-in-handler
  return crypto.timingSafeEqual(derived, Buffer.from(expectedHex, 'hex'));
}

/** Callback form: the key derivation runs on the libuv thread pool. */
export function hashPassword(password: string): Promise<{ salt: string; hash: string }> {
  const salt = crypto.randomBytes(16).toString('hex');
  return new Promise((resolve, reject) => {
    crypto.pbkdf2(password, salt, 310_000, 32, 'sha256', (err, key) => { // ok: sync-in-handler -- callback form, not blocking
      if (err) reject(err);
      else resolve({ salt, hash: key.toString('hex') });
    });
  });
}
