export interface PostRow {
  id: number;
  author_id: number;
  title: string;
  body: string;
  status: 'draft' | 'published';
  published_at: Date | null;
}

export interface CommentRow {
  id: number;
  post_id: number;
  author_id: number;
  body: string;
  created_at: Date;
}

export interface OrderRow {
  id: number;
  customer_id: number;
  total_cents: number;
  currency: string;
  status: 'open' | 'paid' | 'refunded';
  created_at: Date;
}
