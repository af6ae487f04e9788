import type { Got } from 'got';
import type { Dispatcher } from 'undici';

export interface WebhookEvent {
  id: string;
  url: string;
  payload: Record<string, unknown>;
}

/** Delivers webhooks; both clients are injected so tests can stub them. */
export class WebhookSender {
  constructor(
    private readonly http: Got,
    private readonly dispatcher: Dispatcher,
  ) {}

  async deliver(events: WebhookEvent[]): Promise<void> {
    for (const event of events) {
      await this.http.post(event.url, { json: event.payload }); // expect: query-in-loop
    }
  }

  async probe(events: WebhookEvent[]): Promise<number[]> {
    const responses = await Promise.all(events.map((event) => this.dispatcher.request({ path: new URL(event.url).pathname, method: 'HEAD' }))); // expect: query-in-loop
    return responses.map((response) => response.statusCode);
  }

  /** Gives up after five attempts; each attempt returns on success. */
  async deliverOne(event: WebhookEvent): Promise<boolean> {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await this.http.post(event.url, { json: event.payload, retry: { limit: 0 } }); // ok: query-in-loop -- retry loop
        return true;
      } catch {
        continue;
      }
    }
    return false;
  }
}
