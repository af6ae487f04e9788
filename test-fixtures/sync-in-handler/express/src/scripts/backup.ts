import { compressBackup } from '../lib/archive';

// Nightly cron job.
for (const file of process.argv.slice(2)) {
  compressBackup(file);
}
