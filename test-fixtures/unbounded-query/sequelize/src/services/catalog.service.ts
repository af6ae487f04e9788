import { FindOptions, InferAttributes, Op } from 'sequelize';
import { ListQuery, applyPaging, ordering, paginate } from '../lib/pagination';
import { Product, Review } from '../models';

export class CatalogService {
  /** Every active product, for the storefront. */
  listActive(): Promise<Product[]> {
    return Product.findAll({ where: { active: true }, order: [['title', 'ASC']] }); // expect: unbounded-query
  }

  /** A page of a category; the page comes from a spread helper. */
  category(query: ListQuery): Promise<Product[]> {
    return Product.findAll({ where: { category: query.category ?? 'all', active: true }, ...paginate(query) }); // ok: unbounded-query -- ...paginate(query) spreads limit/offset
  }

  /** Sorted by a spread helper that brings no limit. */
  sorted(query: ListQuery): Promise<Product[]> {
    return Product.findAll({ where: { active: true }, ...ordering(query) }); // expect: unbounded-query
  }

  /** The limit is optional: without ?limit= every match comes back. */
  search(term: string, query: ListQuery): Promise<Product[]> {
    return Product.findAll({ // expect: unbounded-query
      where: { title: { [Op.iLike]: `%${term}%` } },
      limit: query.limit ? Number(query.limit) : undefined,
    });
  }

  /** Clamped with a default: always bounded. */
  newest(query: ListQuery): Promise<Product[]> {
    return Product.findAll({ order: [['createdAt', 'DESC']], limit: Math.min(Number(query.limit) || 20, 100) }); // ok: unbounded-query -- clamped limit with a default
  }

  /** Options in a variable, limit only when asked for. */
  lowStock(query: ListQuery): Promise<Product[]> {
    const options: FindOptions<InferAttributes<Product>> = { where: { stock: { [Op.lt]: 5 } }, order: [['stock', 'ASC']] };
    if (query.limit) options.limit = Number(query.limit);
    return Product.findAll(options); // expect: unbounded-query
  }

  /** Options in a variable, with a limit. */
  featured(): Promise<Product[]> {
    const options: FindOptions<InferAttributes<Product>> = { where: { active: true }, order: [['stock', 'DESC']], limit: 12 };
    return Product.findAll(options); // ok: unbounded-query -- the options variable has limit: 12
  }

  /** Options paged by a helper. */
  inStock(query: ListQuery): Promise<Product[]> {
    const options: FindOptions<InferAttributes<Product>> = { where: { stock: { [Op.gt]: 0 } } };
    applyPaging(options, query);
    return Product.findAll(options); // ok: unbounded-query -- applyPaging sets limit/offset
  }

  /** "Paginated" with an offset but no limit: counts and returns everything after it. */
  browse(page: number): Promise<{ rows: Product[]; count: number }> {
    return Product.findAndCountAll({ where: { active: true }, offset: (page - 1) * 25 }); // expect: unbounded-query
  }

  browsePaged(page: number): Promise<{ rows: Product[]; count: number }> {
    return Product.findAndCountAll({ where: { active: true }, offset: (page - 1) * 25, limit: 25 }); // ok: unbounded-query -- limit: 25
  }

  bySku(sku: string): Promise<Product | null> {
    return Product.findOne({ where: { sku } }); // ok: unbounded-query -- lookup by a unique key
  }

  bySkus(skus: string[]): Promise<Product[]> {
    return Product.findAll({ where: { sku: { [Op.in]: skus } } }); // ok: unbounded-query -- bounded by the input list
  }

  /** All reviews of a product. */
  reviews(productId: number) {
    return Review.findAll({ where: { productId }, order: [['id', 'DESC']] }); // expect: unbounded-query
  }

  async rating(productId: number): Promise<number> {
    return (await Review.max('rating', { where: { productId } })) ?? 0; // ok: unbounded-query -- aggregate
  }

  countActive(): Promise<number> {
    return Product.count({ where: { active: true } }); // ok: unbounded-query -- aggregate
  }

  async discontinue(category: string): Promise<void> {
    await Product.update({ active: false }, { where: { category } }); // ok: unbounded-query -- write
  }
}
