import type { FastifyInstance } from 'fastify';
import { db } from '../db';
import { buildInvoice } from '../services/invoice-service';

export async function invoiceRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { orderId: string } }>('/orders/:orderId/invoice', async (request) => {
    return buildInvoice(request.params.orderId);
  });

  app.post<{ Params: { orderId: string } }>('/orders/:orderId/invoice/sent', async (request, reply) => {
    await db('audit_log').insert({ event: 'invoice-sent', order_id: request.params.orderId }); // ok: uncached-hot-read -- a write
    await db('counters').where({ name: 'invoices-sent' }).increment('value', 1); // ok: uncached-hot-read -- a write, even with constant arguments
    return reply.code(204).send();
  });
}
