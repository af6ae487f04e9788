import { GraphQLError } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { allCountries } from './lib/countries';
import { Plan, Setting, User } from './models';
import { invoicePreview } from './services/invoice';
import { planOf, requireUser, type Context } from './services/users';

const TERMS_PATH = path.resolve(__dirname, 'content', 'terms.md');

export const resolvers = {
  Query: {
    plans: () => Plan.findAll({ order: [['price', 'ASC']] }), // expect: uncached-hot-read
    plan: (_parent: unknown, args: { code: string }) => Plan.findByPk(args.code), // ok: uncached-hot-read -- depends on the arguments
    countries: () => allCountries(), // ok: uncached-hot-read -- memoized getter
    maintenance: async () => {
      const row = await Setting.findOne({ where: { key: 'maintenance' } }); // expect: uncached-hot-read
      return row?.value === 'on';
    },
    terms: () => fs.readFileSync(TERMS_PATH, 'utf8'), // expect: uncached-hot-read
    /** requireUser and planOf both run User.findByPk(ctx.userId). */
    viewer: async (_parent: unknown, _args: unknown, ctx: Context) => {
      if (ctx.userId === null) return null;
      const user = await requireUser(ctx.userId); // ok: uncached-hot-read -- the first of the two identical reads
      const plan = await planOf(ctx.userId); // expect: uncached-hot-read
      return { user, plan };
    },
    invoicePreview: async (_parent: unknown, args: { net: number }, ctx: Context) => {
      if (ctx.userId === null) throw new GraphQLError('unauthenticated');
      const user = await requireUser(ctx.userId); // ok: uncached-hot-read -- depends on the request, read once
      return invoicePreview(user, args.net);
    },
  },
  User: {
    plan: (user: User) => Plan.findByPk(user.planCode), // ok: uncached-hot-read -- depends on the parent object
  },
  Mutation: {
    setMaintenance: async (_parent: unknown, args: { on: boolean }) => {
      await Setting.update({ value: args.on ? 'on' : 'off' }, { where: { key: 'maintenance' } }); // ok: uncached-hot-read -- a write
      return args.on;
    },
  },
};
