import postgres from 'postgres';

export const sql = postgres(process.env.DATABASE_URL ?? 'postgres://app@localhost/app', { max: 10 });

export const PAGE_SIZE = 50;
export const RECENT_ORDERS = 'SELECT id, total_cents FROM orders ORDER BY created_at DESC';
