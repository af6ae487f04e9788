export interface UserRow {
  id: string;
  email: string;
  name: string | null;
  role: string;
}

export interface OrderRow {
  id: string;
  status: string;
  buyer_id: string;
}

export interface OrderItemRow {
  id: string;
  order_id: string;
  product_id: string;
  quantity: number;
}

export interface ProductRow {
  id: string;
  name: string;
  price: number;
}

export interface StockRow {
  id: string;
  product_id: string;
  quantity: number;
}

export interface PostRow {
  id: string;
  title: string;
  author_id: string;
  published: boolean;
  created_at: Date;
}
