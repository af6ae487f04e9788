import * as zlib from 'node:zlib';
import { promisify } from 'node:util';

const brotli = promisify(zlib.brotliCompress);

export function compressJson(value: unknown): Buffer {
  return zlib.brotliCompressSync(Buffer.from(JSON.stringify(value))); // expect: sync-in-handler
}

/** Async variant, kept for the large archive endpoint planned next. */
export async function compressJsonAsync(value: unknown): Promise<Buffer> {
  return brotli(Buffer.from(JSON.stringify(value))); // ok: sync-in-handler -- promisified async brotli
}
