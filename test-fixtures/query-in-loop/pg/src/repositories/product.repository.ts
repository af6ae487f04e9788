import type { Pool } from 'pg';

export interface ProductRow {
  id: number;
  sku: string;
  price_cents: number;
  stock: number;
}

export class ProductRepository {
  constructor(private readonly db: Pool) {}

  async bySkus(skus: string[]) {
    const result = await this.db.query<ProductRow>('SELECT * FROM products WHERE sku = ANY($1)', [skus]);
    return result.rows;
  }

  async stockLevels(ids: number[]) {
    return Promise.all(
      ids.map(async (id) => {
        const result = await this.db.query<{ stock: number }>('SELECT stock FROM products WHERE id = $1', [id]); // expect: query-in-loop
        return result.rows[0]?.stock ?? 0;
      }),
    );
  }
}
