import { Router, type NextFunction, type Request, type Response } from 'express';
import * as fs from 'node:fs';
import { buildExport } from '../services/export-pipeline';

export const exportsRouter = Router();

// A list of middleware: each runs per request, before the handler.
exportsRouter.get(
  '/:id',
  [
    (req: Request, _res: Response, next: NextFunction) => {
      fs.accessSync(`/var/exports/${req.params.id}`); // expect: sync-in-handler
      next();
    },
  ],
  (req: Request, res: Response) => {
    res.type('text/csv').send(buildExport(String(req.params.id)));
  },
);
