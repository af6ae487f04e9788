import type { Generated, Insertable, Selectable } from 'kysely';

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string | null;
  role: Generated<string>;
}

export interface PostsTable {
  id: Generated<string>;
  title: string;
  published: Generated<boolean>;
  author_id: string;
  created_at: Generated<Date>;
}

export interface CommentsTable {
  id: Generated<string>;
  body: string;
  post_id: string;
  author_id: string;
}

export interface OrdersTable {
  id: Generated<string>;
  status: Generated<string>;
  buyer_id: string;
}

export interface OrderItemsTable {
  id: Generated<string>;
  quantity: number;
  order_id: string;
  product_id: string;
}

export interface ProductsTable {
  id: Generated<string>;
  name: string;
  price: number;
}

export interface StockTable {
  id: Generated<string>;
  quantity: number;
  product_id: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface Database {
  users: UsersTable;
  posts: PostsTable;
  comments: CommentsTable;
  orders: OrdersTable;
  order_items: OrderItemsTable;
  products: ProductsTable;
  stock: StockTable;
  settings: SettingsTable;
}

export type User = Selectable<UsersTable>;
export type Order = Selectable<OrdersTable>;
export type NewOrderItem = Insertable<OrderItemsTable>;
