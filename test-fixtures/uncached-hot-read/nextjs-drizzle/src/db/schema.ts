import { boolean, integer, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';

export const plans = pgTable('plans', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  price: integer('price').notNull(),
  active: boolean('active').notNull().default(true),
});

export const countries = pgTable('countries', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const taxRates = pgTable('tax_rates', {
  region: text('region').primaryKey(),
  rate: numeric('rate').notNull(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  name: text('name'),
  planCode: text('plan_code').notNull().references(() => plans.code),
});

export const posts = pgTable('posts', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  authorId: uuid('author_id').notNull().references(() => users.id),
  published: boolean('published').notNull().default(false),
});

export type Plan = typeof plans.$inferSelect;
export type Country = typeof countries.$inferSelect;
