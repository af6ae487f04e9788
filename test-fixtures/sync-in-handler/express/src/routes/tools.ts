import { Router } from 'express';
import { execFileSync, execSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as zlib from 'node:zlib';

export const toolsRouter = Router();

const SALT = process.env.TOOLS_SALT ?? 'tools';

// A plain handler only Express calls: Express 5 takes a promise from it, so it can become async.
toolsRouter.post('/derive', (req, res) => {
  const key = crypto.pbkdf2Sync(String(req.body.secret), SALT, 100_000, 32, 'sha256'); // expect: sync-in-handler
  res.json({ key: key.toString('hex') });
});

toolsRouter.post('/pack', async (req, res) => {
  const packed = zlib.gzipSync(JSON.stringify(req.body)); // expect: sync-in-handler
  const checksum = crypto.hkdfSync('sha256', packed, SALT, 'checksum', 16); // expect: sync-in-handler
  res.json({ size: packed.length, checksum: Buffer.from(checksum).toString('hex') });
});

// The second gzip of the file shares the promisified function the first one adds.
toolsRouter.get('/repack', async (req, res) => {
  const raw = zlib.gunzipSync(Buffer.from(String(req.query.data), 'base64')); // expect: sync-in-handler
  const again = zlib.gzipSync(raw); // expect: sync-in-handler
  res.json({ bytes: raw.length, packed: again.length });
});

toolsRouter.get('/git', async (req, res) => {
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', cwd: '/srv/app' }).trim(); // expect: sync-in-handler
  // No fix: without an encoding execSync gives a Buffer, and promisified exec a string.
  const status = execSync('git status --porcelain'); // expect: sync-in-handler
  res.json({ head, dirty: status.length > 0 });
});

// No fix: the declared return type is not a promise.
toolsRouter.get('/salt', (req, res): void => {
  res.send(readFileSync('/srv/app/salt.txt', 'utf8')); // expect: sync-in-handler
});

// No fix: middleware that hands over with `next()` is left as it is.
toolsRouter.use((req, res, next) => {
  res.setHeader('x-tools-version', readFileSync('/srv/app/TOOLS_VERSION', 'utf8').trim()); // expect: sync-in-handler
  next();
});
