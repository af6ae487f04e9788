import { renderSample } from '../lib/pdf';

// CLI: `node dist/scripts/render-sample.js`, run once when provisioning a host.
renderSample().catch((err) => {
  console.error(err);
  process.exit(1);
});
