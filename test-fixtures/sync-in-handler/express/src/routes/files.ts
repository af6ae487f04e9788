import { Router } from 'express';
import * as fs from 'node:fs';
import { readFileSync as readText } from 'node:fs';
import * as path from 'node:path';

export const filesRouter = Router();

const ROOT = process.env.UPLOAD_DIR ?? '/var/uploads';
const MIME: Record<string, string> = JSON.parse(readText(path.join(__dirname, 'mime.json'), 'utf8')); // ok: sync-in-handler -- module top level, runs once

filesRouter.get('/', (req, res) => {
  const entries = fs.readdirSync(ROOT); // expect: sync-in-handler
  const listing = entries.map((name) => ({ name, size: fs.statSync(path.join(ROOT, name)).size })); // expect: sync-in-handler
  res.json(listing);
});

filesRouter
  .route('/:name')
  .get((req, res) => {
    const file = path.join(ROOT, path.basename(String(req.params.name)));
    if (!fs.existsSync(file)) { // expect: sync-in-handler
      res.status(404).end();
      return;
    }
    res.type(MIME[path.extname(file)] ?? 'application/octet-stream').send(readText(file)); // expect: sync-in-handler
  })
  .put(async (req, res) => {
    const file = path.join(ROOT, path.basename(String(req.params.name)));
    await fs.promises.writeFile(file, JSON.stringify(req.body)); // ok: sync-in-handler -- fs.promises, async
    res.status(204).end();
  });

filesRouter.get('/:name/meta', async (req, res) => {
  const file = path.join(ROOT, path.basename(String(req.params.name)));
  const head = await fs.promises.readFile(file, { encoding: 'utf8', flag: 'r' }); // ok: sync-in-handler -- fs.promises, async
  res.json({ name: req.params.name, preview: head.slice(0, 200) });
});
