import type { IResolvers } from 'mercurius';
import { countries, settings } from '../mongo';

export const statusSchema = /* GraphQL */ `
  type Query {
    maintenance: Boolean!
    countryName(code: String!): String
  }
`;

/** A plain Mercurius resolver map, served at /status/graphql beside the type-graphql schema. */
export const statusResolvers: IResolvers = {
  Query: {
    maintenance: async () => {
      const row = await settings.findOne({ key: 'maintenance' }); // expect: uncached-hot-read
      return row?.value === 'on';
    },
    countryName: async (_root: unknown, args: { code: string }) => {
      const country = await countries.findOne({ code: args.code }); // ok: uncached-hot-read -- depends on the arguments
      return country?.name ?? null;
    },
  },
};
