import type { FastifyReply, FastifyRequest } from 'fastify';
import { buildOrderExport } from '../services/order-export';

export async function exportOrders(request: FastifyRequest<{ Body: { from: string; to: string } }>, reply: FastifyReply) {
  const payload = await buildOrderExport(request.body.from, request.body.to);
  return reply.header('content-encoding', 'br').type('application/json').send(payload);
}
