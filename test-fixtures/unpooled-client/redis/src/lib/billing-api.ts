/** A thin client for the billing service's HTTP API. */
export interface BillingApi {
  invoice(customerId: string): Promise<unknown>;
}

export function createClient(baseUrl: string, token: string): BillingApi {
  return {
    async invoice(customerId: string) {
      const response = await fetch(`${baseUrl}/customers/${customerId}/invoice`, { headers: { authorization: `Bearer ${token}` } });
      return response.json();
    },
  };
}
