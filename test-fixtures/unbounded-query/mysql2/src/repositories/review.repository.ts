import type { Pool, ResultSetHeader, RowDataPacket } from 'mysql2/promise';

const REVIEWS_OF_PRODUCT = `
  SELECT r.id, r.rating, r.body, u.name AS author
  FROM reviews r
  JOIN users u ON u.id = r.user_id
  WHERE r.product_id = ?
  ORDER BY r.created_at DESC`;

const TOP_REVIEWS = `
  SELECT id, rating, body
  FROM reviews
  WHERE product_id = ?
  ORDER BY helpful_votes DESC
  LIMIT 10`;

export class ReviewRepository {
  constructor(private readonly db: Pool) {}

  async forProduct(productId: number) {
    const [rows] = await this.db.execute<RowDataPacket[]>(REVIEWS_OF_PRODUCT, [productId]); // expect: unbounded-query
    return rows;
  }

  async top(productId: number) {
    const [rows] = await this.db.execute<RowDataPacket[]>(TOP_REVIEWS, [productId]); // ok: unbounded-query -- LIMIT 10 in the constant
    return rows;
  }

  async byUser(userId: number) {
    const [rows] = await this.db.query<RowDataPacket[]>({ sql: 'select id, product_id, rating from reviews where user_id = ?', values: [userId] }); // expect: unbounded-query
    return rows;
  }

  async add(productId: number, userId: number, rating: number, body: string): Promise<number> {
    const [result] = await this.db.execute<ResultSetHeader>('INSERT INTO reviews (product_id, user_id, rating, body) VALUES (?, ?, ?, ?)', [productId, userId, rating, body]); // ok: unbounded-query -- insert
    return result.insertId;
  }

  async averageRating(productId: number): Promise<number> {
    const [rows] = await this.db.query<RowDataPacket[]>('SELECT AVG(rating) AS avg FROM reviews WHERE product_id = ?', [productId]); // ok: unbounded-query -- aggregate
    return Number(rows[0].avg ?? 0);
  }
}
