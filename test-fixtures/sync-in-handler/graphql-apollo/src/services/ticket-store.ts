export interface Ticket {
  id: string;
  title: string;
  attachments: string[];
}

export const tickets = new Map<string, Ticket>();
