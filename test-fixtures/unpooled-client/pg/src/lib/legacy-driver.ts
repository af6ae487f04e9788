import { Client } from 'pg';

/** A driver object that owns one connection; only the tests instantiate it in this project. */
export class LegacyDriver {
  readonly client: Client;

  constructor(connectionString: string) {
    this.client = new Client({ connectionString }); // ok: unpooled-client -- made per test case only: calls from test files do not count
  }
}
