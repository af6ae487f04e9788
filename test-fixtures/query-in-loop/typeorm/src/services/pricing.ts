import type { Repository } from 'typeorm';
import type { Product } from '../entities/product.entity';

/** The current unit price of a product, read from the database. */
export async function currentPrice(products: Repository<Product>, productId: number): Promise<number> {
  const product = await products.findOneByOrFail({ id: productId });
  return Number(product.price);
}

export function lineTotal(unitPrice: number, quantity: number): number {
  return Math.round(unitPrice * quantity * 100) / 100;
}
