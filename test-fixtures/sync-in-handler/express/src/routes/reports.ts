import express from 'express';
import { reportController } from '../controllers/report-controller';

export const reportsRouter = express.Router();

// Handlers given by reference: the controller methods run per request.
reportsRouter.get('/', reportController.list);
reportsRouter.get('/:id/export', reportController.download);
