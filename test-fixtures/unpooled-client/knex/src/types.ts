export interface UserRow {
  id: number;
  email: string;
  name: string | null;
  deleted_at: Date | null;
}

export interface CustomerRow {
  id: number;
  email: string;
  company: string;
}
