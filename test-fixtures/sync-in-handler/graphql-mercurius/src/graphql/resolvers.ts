import type { IResolvers } from 'mercurius';
import { gunzipSync } from 'node:zlib';
import { importProducts, productById, stockFor } from '../services/catalog-service';

export const resolvers: IResolvers = {
  Query: {
    product: async (_root, args: { id: string }) => productById(args.id),
  },
  Mutation: {
    importCatalog: async (_root, args: { gz: string }) => {
      const rows = JSON.parse(gunzipSync(Buffer.from(args.gz, 'base64')).toString('utf8')); // expect: sync-in-handler
      return importProducts(rows);
    },
  },
  Product: {
    stock: (parent: { sku: string }) => stockFor(parent.sku),
  },
};
