import { Router } from 'express';
import { renderTemplate } from '../lib/templates';

// CommonJS-style import, still common in older Express code bases.
const { execSync } = require('child_process');

export const adminRouter = Router();

const BUILD_SHA: string = execSync('git rev-parse HEAD').toString().trim(); // ok: sync-in-handler -- module top level, runs once

adminRouter.use((req, res, next) => {
  if (req.get('x-admin-token') !== process.env.ADMIN_TOKEN) {
    res.status(403).end();
    return;
  }
  next();
});

adminRouter.get('/version', (req, res) => {
  const dirty = execSync('git status --porcelain').toString().length > 0; // expect: sync-in-handler
  res.json({ sha: BUILD_SHA, dirty });
});

adminRouter.post('/invite', (req, res) => {
  const html = renderTemplate('invite', { email: String(req.body.email) });
  res.json({ preview: html });
});
