import { ObjectId } from 'mongodb';
import type { Collection } from 'mongodb';
import { ProductDoc, products } from '../db';

export class ProductRepository {
  constructor(private readonly collection: Collection<ProductDoc>) {}

  byId(id: string) {
    return this.collection.findOne({ _id: new ObjectId(id) }); // ok: unbounded-query -- primary key lookup
  }

  bySkus(skus: string[]) {
    return this.collection.find({ sku: { $in: skus } }).toArray(); // ok: unbounded-query -- bounded by the input sku list
  }

  inCategory(category: string) {
    return this.collection.find({ category }).sort({ name: 1 }).toArray(); // expect: unbounded-query
  }

  cheapestInCategory(category: string, size: number) {
    return this.collection.find({ category }).sort({ price: 1 }).limit(size).toArray(); // ok: unbounded-query -- limit(size)
  }

  lowStock(threshold: number) {
    return this.collection.find({ stock: { $lt: threshold } }, { projection: { sku: 1, stock: 1 } }).toArray(); // expect: unbounded-query
  }

  topRated() {
    return this.collection.find({}, { sort: { rating: -1 }, limit: 10 }).toArray(); // ok: unbounded-query -- limit in the find options
  }

  countInCategory(category: string) {
    return this.collection.countDocuments({ category }); // ok: unbounded-query -- aggregate count
  }
}

export const productRepository = new ProductRepository(products);
