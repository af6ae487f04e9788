import type { NextApiRequest, NextApiResponse } from 'next';
import { readFileSync } from 'fs';
import path from 'path';

const PRIVACY_PATH = path.join(process.cwd(), 'src', 'emails', 'privacy.md');

export default function handler(_req: NextApiRequest, res: NextApiResponse) {
  res.setHeader('Content-Type', 'text/markdown');
  res.send(readFileSync(PRIVACY_PATH, 'utf8')); // expect: uncached-hot-read
}
