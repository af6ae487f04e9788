import type { RowDataPacket } from 'mysql2/promise';
import { reporting } from '../reporting';

interface SalesRow extends RowDataPacket {
  customer_id: number;
  total_cents: number;
}

const SALES_BY_CUSTOMER = `
  SELECT customer_id, SUM(total_cents) AS total_cents
  FROM orders
  WHERE customer_id = ?
  GROUP BY customer_id`;

const SALES_BY_CUSTOMERS = `
  SELECT customer_id, SUM(total_cents) AS total_cents
  FROM orders
  WHERE customer_id IN (?)
  GROUP BY customer_id`;

export async function salesPerCustomer(customerIds: number[]) {
  const settled = await Promise.allSettled(
    customerIds.map(async (customerId) => {
      const [rows] = await reporting.query<SalesRow[]>(SALES_BY_CUSTOMER, [customerId]); // expect: query-in-loop
      return rows[0];
    }),
  );
  return settled.flatMap((result) => (result.status === 'fulfilled' && result.value ? [result.value] : [])); // ok: query-in-loop -- no I/O in the callback
}

export async function salesPerCustomerInChunks(customerIds: number[]) {
  const all: SalesRow[] = [];
  for (let start = 0; start < customerIds.length; start += 500) {
    const [rows] = await reporting.query<SalesRow[]>(SALES_BY_CUSTOMERS, [customerIds.slice(start, start + 500)]); // ok: query-in-loop -- batched with IN (?), one query per chunk of 500
    all.push(...rows);
  }
  return all;
}

export async function importPageViews(views: Array<{ productId: number; viewedAt: Date }>) {
  for (let start = 0; start < views.length; start += 1000) {
    const chunk = views.slice(start, start + 1000).map((view) => [view.productId, view.viewedAt]);
    await reporting.query('INSERT INTO page_views (product_id, viewed_at) VALUES ?', [chunk]); // ok: query-in-loop -- one multi-row bulk insert per chunk of 1000
  }
}
