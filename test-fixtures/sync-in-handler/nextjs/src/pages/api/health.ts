import { statfsSync } from 'node:fs';
import type { NextApiRequest, NextApiResponse } from '../../types/next';

const handler = (req: NextApiRequest, res: NextApiResponse) => {
  const disk = statfsSync(process.cwd()); // expect: sync-in-handler
  res.status(200).json({ ok: true, freeBytes: disk.bavail * disk.bsize });
};

export default handler;
