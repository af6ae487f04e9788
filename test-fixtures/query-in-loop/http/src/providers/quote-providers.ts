// Near misses found on real code (ghostfolio): loops over the data providers a deployment configures.
// Their number is set by configuration, not by data or by the request.

interface ConfigService {
  get<T = string[]>(key: string): T;
}

export class QuoteProviders {
  constructor(private readonly configurationService: ConfigService) {}

  private configuredProviders(): string[] {
    return this.configurationService.get('QUOTE_PROVIDERS').map((name) => name.toLowerCase());
  }

  /** One request per configured provider for one symbol: fixed by configuration. */
  async quoteFromEach(symbol: string) {
    const quotes = [];
    for (const provider of this.configuredProviders()) {
      quotes.push(await fetch(`https://${provider}.quotes.example/${symbol}`)); // ok: query-in-loop -- loops over configured providers
    }
    return quotes;
  }

  /** The same, with the list read from the environment. */
  async pingRegions() {
    const regions = (process.env.REGIONS ?? 'eu,us').split(',');
    await Promise.all(regions.map((region) => fetch(`https://${region}.status.example/ping`))); // ok: query-in-loop -- loops over configured regions
  }

  /** Symbols come from the request: one request each is N+1. */
  async quotesFor(symbols: string[]) {
    const [provider] = this.configuredProviders();
    return Promise.all(symbols.map((symbol) => fetch(`https://${provider}.quotes.example/${symbol}`))); // expect: query-in-loop
  }
}
