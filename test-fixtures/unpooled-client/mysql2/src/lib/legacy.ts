import { createConnection } from 'mysql2';

/** Looks up a legacy customer through the callback API. */
export function findLegacyCustomer(email: string, done: (error: Error | null, row?: unknown) => void): void {
  const connection = createConnection({ host: 'legacy-db', user: 'readonly', database: 'crm' }); // expect: unpooled-client
  connection.query('SELECT * FROM customers WHERE email = ?', [email], (error, rows) => {
    connection.end();
    if (error) return done(error);
    done(null, Array.isArray(rows) ? rows[0] : undefined);
  });
}
