import type { Handler } from 'aws-lambda';
import { readFileSync } from 'node:fs';

// Callback style: the invocation ends when `callback` is called. No fix: made async, it would end
// when its promise settles instead.
export const legacyExport: Handler<{ name: string }, string> = (event, context, callback) => {
  callback(null, readFileSync(`/opt/exports/${event.name}.csv`, 'utf8')); // expect: sync-in-handler
};
