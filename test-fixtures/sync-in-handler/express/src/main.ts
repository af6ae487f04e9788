import * as fs from 'node:fs';
import * as https from 'node:https';
import { app } from './app';

const port = Number(process.env.PORT ?? 3000);

// Runs once at process start: reading the certificate synchronously blocks no request.
function main(): void {
  const options = {
    key: fs.readFileSync(process.env.TLS_KEY ?? 'certs/server.key'), // ok: sync-in-handler -- main() runs once at startup
    cert: fs.readFileSync(process.env.TLS_CERT ?? 'certs/server.crt'), // ok: sync-in-handler -- main() runs once at startup
  };
  const server = https.createServer(options, app);
  server.listen(port, () => {
    fs.writeFileSync('/tmp/api.pid', String(process.pid)); // ok: sync-in-handler -- listen callback, runs once
    console.log(`listening on ${port}`);
  });
}

main();
