#!/usr/bin/env node
'use strict';
// The CLI is bundled into dist/cli.js by `npm run build` (run on install by the `prepare` script).
const { run } = require('../dist/cli.js');
const code = run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
// `hotpath lsp` keeps running: no exit code until the client disconnects.
if (code !== undefined) process.exitCode = code;
