/** An in-memory stand-in with the few commands local development needs when REDIS_URL is unset. */
export class Redis {
  private readonly values = new Map<string, { value: string; expiresAt?: number }>();

  async get(key: string): Promise<string | null> {
    const entry = this.values.get(key);
    if (!entry || (entry.expiresAt && entry.expiresAt < Date.now())) return null;
    return entry.value;
  }

  async set(key: string, value: string, ttlSeconds?: number): Promise<'OK'> {
    this.values.set(key, { value, expiresAt: ttlSeconds ? Date.now() + ttlSeconds * 1000 : undefined });
    return 'OK';
  }
}
