export interface Session {
  id: string;
  userId: string;
  role: string;
}

export interface Flag {
  name: string;
  enabled: boolean;
}
