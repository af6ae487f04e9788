import type { Request, Response } from 'express';
import versionService from '../services/version-service';

const getVersion = async (_req: Request, res: Response): Promise<void> => {
  res.json({ version: await versionService.getVersion() });
};

export default { getVersion };
