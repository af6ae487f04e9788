import type { IncomingMessage, ServerResponse } from 'node:http';

// The subset of `next`'s API route types this project uses (next is not a dependency of the fixtures).
export interface NextApiRequest extends IncomingMessage {
  query: Partial<Record<string, string | string[]>>;
  cookies: Partial<Record<string, string>>;
  body: any;
}

export interface NextApiResponse<T = any> extends ServerResponse {
  status(code: number): NextApiResponse<T>;
  json(body: T): void;
  send(body: T): void;
}
