import type { Page, Price } from '../types';
import { sleep } from '../lib/config';

const PRICING_URL = process.env.PRICING_URL ?? 'http://pricing.internal';

/** Prices from the pricing service, over the global fetch. */
export async function pricesFor(skus: string[]): Promise<Price[]> {
  const prices: Price[] = [];
  for (const sku of skus) {
    const response = await fetch(`${PRICING_URL}/prices/${sku}`); // expect: query-in-loop
    prices.push((await response.json()) as Price);
  }
  return prices;
}

export function pricesInParallel(skus: string[]): Promise<Price[]> {
  return Promise.all(skus.map((sku) => fetch(`${PRICING_URL}/prices/${sku}`).then((r) => r.json() as Promise<Price>))); // expect: query-in-loop
}

/** The batch endpoint: one request for every SKU. */
export async function pricesBatched(skus: string[]): Promise<Price[]> {
  const response = await fetch(`${PRICING_URL}/prices?skus=${skus.map(encodeURIComponent).join(',')}`); // ok: query-in-loop -- one request, the map only builds the query string
  return (await response.json()) as Price[];
}

/** Retries one request up to three times. */
export async function fetchWithRetry(url: string): Promise<Response> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await fetch(url); // ok: query-in-loop -- retry loop, one request
    } catch {
      await sleep(200 * 2 ** attempt);
    }
  }
  throw new Error(`giving up on ${url}`);
}

/** Follows `next` links: each request needs the URL the previous response returned. */
export async function allPrices(): Promise<Price[]> {
  const prices: Price[] = [];
  let url: string | null = `${PRICING_URL}/prices?limit=500`;
  while (url) {
    const response = await fetch(url); // ok: query-in-loop -- pagination, next URL from the previous page
    const page = (await response.json()) as Page<Price>;
    prices.push(...page.items);
    url = page.next;
  }
  return prices;
}

/** Warms the edge caches of the three regions: a fixed list, not N. */
export async function warmRegions(): Promise<void> {
  for (const region of ['eu-west-1', 'us-east-1', 'ap-south-1']) {
    await fetch(`${PRICING_URL}/warm?region=${region}`, { method: 'POST' }); // ok: query-in-loop -- short literal list
  }
}

/** Walks the list by index, one request per SKU. */
export async function publishPrices(prices: Price[]): Promise<void> {
  let i = 0;
  while (i < prices.length) {
    await fetch(`${PRICING_URL}/published`, { method: 'PUT', body: JSON.stringify(prices[i]) }); // expect: query-in-loop
    i += 1;
  }
}
