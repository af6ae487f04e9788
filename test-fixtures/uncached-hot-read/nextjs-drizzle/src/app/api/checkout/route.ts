import { totals, type Cart } from '../../../lib/billing';

export async function POST(request: Request): Promise<Response> {
  const cart = (await request.json()) as Cart;
  return Response.json(await totals(cart));
}
