const entries = new Map<string, { value: unknown; expires: number }>();

/** Named after fs on purpose by its author: a synchronous read of the in-memory cache. */
export function readFileSync(key: string): unknown {
  const entry = entries.get(key);
  if (!entry || entry.expires < Date.now()) return undefined;
  return entry.value;
}

export function writeCache(key: string, value: unknown, ttlMs: number): void {
  entries.set(key, { value, expires: Date.now() + ttlMs });
}
