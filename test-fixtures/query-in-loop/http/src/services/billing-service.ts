import axios, { type AxiosInstance } from 'axios';
import type { Invoice, Page } from '../types';

/** Billing calls; the axios instance is injected. */
export class BillingService {
  constructor(private readonly http: AxiosInstance) {}

  async invoices(ids: string[]): Promise<Invoice[]> {
    const invoices: Invoice[] = [];
    for (const id of ids) {
      const { data } = await this.http.get<Invoice>(`/invoices/${id}`); // expect: query-in-loop
      invoices.push(data);
    }
    return invoices;
  }

  async invoicesBatched(ids: string[]): Promise<Invoice[]> {
    const { data } = await this.http.post<Invoice[]>('/invoices/batch-get', { ids }); // ok: query-in-loop -- one batch request
    return data.filter((invoice) => invoice.status !== 'void'); // ok: query-in-loop -- no I/O in the callback
  }

  async voidAll(invoices: Invoice[]): Promise<void> {
    await Promise.all(invoices.map((invoice) => this.http.patch(`/invoices/${invoice.id}`, { status: 'void' }))); // expect: query-in-loop
  }

  notifyPaid(invoices: Invoice[]): void {
    invoices.forEach((invoice) => {
      void axios.post('http://notifications.internal/events', { type: 'invoice.paid', id: invoice.id }); // expect: query-in-loop
    });
  }

  /** Cursor pagination: the next request carries the cursor the previous one returned. */
  async openInvoices(customerId: string): Promise<Invoice[]> {
    const all: Invoice[] = [];
    let cursor: string | null = null;
    do {
      const response: { data: Page<Invoice> } = await this.http.get<Page<Invoice>>('/invoices', { params: { customerId, status: 'open', cursor } }); // ok: query-in-loop -- cursor pagination
      all.push(...response.data.items);
      cursor = response.data.next;
    } while (cursor);
    return all;
  }
}
