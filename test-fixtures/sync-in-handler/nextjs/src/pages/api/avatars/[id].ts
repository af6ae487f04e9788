import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { NextApiRequest, NextApiResponse } from '../../../types/next';

const AVATAR_DIR = path.join(process.cwd(), 'uploads', 'avatars');

export default function handler(req: NextApiRequest, res: NextApiResponse<Buffer | { error: string }>) {
  const file = path.join(AVATAR_DIR, `${path.basename(String(req.query.id))}.png`);
  if (!existsSync(file)) { // expect: sync-in-handler
    res.status(404).json({ error: 'no avatar' });
    return;
  }
  res.setHeader('Content-Type', 'image/png');
  res.send(readFileSync(file)); // expect: sync-in-handler
}
