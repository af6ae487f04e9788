import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

// Build script: zips the compiled handlers for `aws lambda update-function-code`.
mkdirSync('artifacts', { recursive: true }); // ok: sync-in-handler -- build script
execFileSync('zip', ['-qr', 'artifacts/lambda.zip', 'dist', 'node_modules'], { stdio: 'inherit' }); // ok: sync-in-handler -- build script
