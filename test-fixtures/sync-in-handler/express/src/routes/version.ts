import { Router } from 'express';
import versionController from '../controllers/version-controller';

export const versionRouter = Router();

versionRouter.get('/', versionController.getVersion);
