import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

// Build step (`npm run build:assets`): copies and minifies the public assets.
rmSync('dist/public', { recursive: true, force: true }); // ok: sync-in-handler -- build script
mkdirSync('dist/public', { recursive: true }); // ok: sync-in-handler -- build script
cpSync('public', 'dist/public', { recursive: true }); // ok: sync-in-handler -- build script
execSync('npx esbuild public/app.js --minify --outfile=dist/public/app.js', { stdio: 'inherit' }); // ok: sync-in-handler -- build script
