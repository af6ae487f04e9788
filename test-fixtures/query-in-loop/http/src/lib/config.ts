/** Settings read from the environment once; `fetch` here is a plain lookup, not an HTTP call. */
const settings = new Map<string, string>(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));

export function fetch(name: string, fallback = ''): string {
  return settings.get(name) ?? fallback;
}

/** Reads a dotted path out of a plain object: `get(order, 'shipping.country')`. */
export function get(source: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), source);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
