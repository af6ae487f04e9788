import { Router } from 'express';
import { billing } from '../clients/billing';
import { fetch, get } from '../lib/config';
import { BillingService } from '../services/billing-service';
import { pricesInParallel } from '../services/pricing-service';

export const router = Router();
const billingService = new BillingService(billing);

router.post('/checkout/summary', async (req, res) => {
  const orders: Array<Record<string, unknown>> = req.body.orders ?? [];
  const countries = orders.map((order) => get(order, 'shipping.country')); // ok: query-in-loop -- local get, reads an object path
  const limits: Record<string, string> = {};
  for (const name of ['MAX_ITEMS', 'MAX_TOTAL', ...Object.keys(req.query)]) {
    limits[name] = fetch(name, '0'); // ok: query-in-loop -- local fetch, a settings lookup
  }
  const prices = await pricesInParallel(orders.map((order) => String(order.sku)));
  const invoices = await billingService.invoices(orders.map((order) => String(order.invoiceId)));
  res.json({ countries, limits, prices, invoices });
});
