import express from 'express';
import { statSync } from 'node:fs';
import { errorHandler } from './middleware/errors';
import { requestLog } from './middleware/request-log';
import { adminRouter } from './routes/admin';
import { filesRouter } from './routes/files';
import { reportsRouter } from './routes/reports';
import { usersRouter } from './routes/users';
import { exportsRouter } from './routes/exports';
import { versionRouter } from './routes/version';
import { toolsRouter } from './routes/tools';

export const app = express();

app.use(express.json());
app.use(requestLog);

app.route('/status').get((req, res) => {
  const upload = statSync(process.env.UPLOAD_DIR ?? '/var/uploads'); // expect: sync-in-handler
  res.json({ ok: true, uploadsWritable: upload.isDirectory() });
});

app.use('/users', usersRouter);
app.use('/reports', reportsRouter);
app.use('/files', filesRouter);
app.use('/admin', adminRouter);
app.use('/exports', exportsRouter);
app.use('/version', versionRouter);
app.use('/tools', toolsRouter);
app.use(errorHandler);
