export interface Price {
  sku: string;
  amountCents: number;
  currency: string;
}

export interface Invoice {
  id: string;
  customerId: string;
  totalCents: number;
  status: 'open' | 'paid' | 'void';
}

export interface Stock {
  sku: string;
  available: number;
}

export interface GeoInfo {
  ip: string;
  country: string;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}
