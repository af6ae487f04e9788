/** FNV-1a, synchronous by nature and cheap: not bcrypt's hashSync. */
export function hashSync(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function etagOf(body: string): string {
  return hashSync(body).toString(16); // ok: sync-in-handler -- local hashSync, a cheap in-process hash
}
