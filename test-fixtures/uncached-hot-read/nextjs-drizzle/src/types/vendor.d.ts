// next is not installed in test-fixtures: the types this project imports from it.
declare module 'next' {
  import type { IncomingMessage, ServerResponse } from 'http';

  export interface NextApiRequest extends IncomingMessage {
    query: Partial<{ [key: string]: string | string[] }>;
    cookies: Partial<{ [key: string]: string }>;
    body: any;
  }

  export type NextApiResponse<Data = any> = ServerResponse & {
    send(body: Data): void;
    json(body: Data): void;
    status(statusCode: number): NextApiResponse<Data>;
  };
}

declare module 'next/cache' {
  export function unstable_cache<T extends (...args: any[]) => Promise<any>>(
    cb: T,
    keyParts?: string[],
    options?: { revalidate?: number | false; tags?: string[] },
  ): T;
  export function revalidateTag(tag: string): void;
}
