import Redis from 'ioredis';

const redis = new Redis();

export async function touch(keys: string[]) {
  await Promise.all(keys.map((key) => redis.expire(key, 60)));
}
