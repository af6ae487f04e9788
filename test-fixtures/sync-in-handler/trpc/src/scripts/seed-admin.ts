import bcrypt from 'bcryptjs';
import { writeFileSync } from 'node:fs';

// CLI: writes the bootstrap admin account for a fresh environment.
const password = process.argv[2] ?? 'change-me-please';
const salt = bcrypt.genSaltSync(12); // ok: sync-in-handler -- CLI script, module top level
writeFileSync('seed/admin.json', JSON.stringify({ email: 'admin@example.com', passwordHash: bcrypt.hashSync(password, salt) })); // ok: sync-in-handler -- CLI script, module top level
