import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';

// CLI: writes a fresh signing key pair before a deploy.
function main(): void {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519'); // ok: sync-in-handler -- CLI script
  writeFileSync('keys/signing.pem', privateKey.export({ type: 'pkcs8', format: 'pem' })); // ok: sync-in-handler -- CLI script
  writeFileSync('keys/signing.pub.pem', publicKey.export({ type: 'spki', format: 'pem' })); // ok: sync-in-handler -- CLI script
}

main();
