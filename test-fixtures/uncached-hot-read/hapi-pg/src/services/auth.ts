import { createVerify } from 'crypto';
import { publicKey } from '../lib/keys';

export interface Claims {
  sub: string;
}

export async function verifyToken(token: string): Promise<Claims> {
  const [header, payload, signature] = token.split('.');
  const verifier = createVerify('RSA-SHA256');
  verifier.update(`${header}.${payload}`);
  if (!verifier.verify(await publicKey(), signature, 'base64url')) throw new Error('bad signature');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
}
