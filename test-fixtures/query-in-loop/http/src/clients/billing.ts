import axios from 'axios';

/** The billing service's HTTP client: one instance, shared keep-alive agent. */
export const billing = axios.create({
  baseURL: process.env.BILLING_URL ?? 'http://billing.internal',
  timeout: 5_000,
  headers: { 'x-service': 'storefront' },
});
