import bcrypt from 'bcrypt';
import { writeFileSync } from 'node:fs';

// CLI: seeds the first admin account into a JSON file read at deploy time.
function main(): void {
  const [email, password] = process.argv.slice(2);
  const passwordHash = bcrypt.hashSync(password, 12); // ok: sync-in-handler -- CLI script
  writeFileSync('admin.json', JSON.stringify({ email, passwordHash })); // ok: sync-in-handler -- CLI script
}

main();
