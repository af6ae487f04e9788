import type { Generated, Selectable } from 'kysely';

export interface PlansTable {
  code: string;
  name: string;
  price: number;
  seats: number;
}

export interface CountriesTable {
  code: string;
  name: string;
}

export interface CurrenciesTable {
  code: string;
  symbol: string;
  rate: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface FeatureFlagsTable {
  name: string;
  enabled: boolean;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  plan_code: string;
  currency: string;
}

export interface InvoicesTable {
  id: Generated<string>;
  user_id: string;
  amount: number;
}

export interface Database {
  plans: PlansTable;
  countries: CountriesTable;
  currencies: CurrenciesTable;
  settings: SettingsTable;
  feature_flags: FeatureFlagsTable;
  users: UsersTable;
  invoices: InvoicesTable;
}

export type Plan = Selectable<PlansTable>;
export type User = Selectable<UsersTable>;
