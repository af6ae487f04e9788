export interface Product {
  id: string;
  name: string;
  priceCents: number;
  stock: number;
}

export interface CartLine {
  productId: string;
  quantity: number;
}

export interface Session {
  id: string;
  userId: string;
  expiresAt: number;
}
