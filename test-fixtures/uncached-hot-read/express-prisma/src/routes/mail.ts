import { Router } from 'express';
import { renderPage } from '../lib/templates';
import { sendInvite, sendPasswordReset } from '../services/mailer';
import { anySetting, settingValue } from '../services/settings';

export const mailRouter = Router();

mailRouter.post('/invites', async (req, res) => {
  await sendInvite(String(req.body.email));
  res.sendStatus(202);
});

mailRouter.post('/password-resets', async (req, res) => {
  if ((await settingValue('password-reset')) === 'off') {
    res.sendStatus(404);
    return;
  }
  await sendPasswordReset(String(req.body.email), String(req.body.link));
  res.sendStatus(202);
});

mailRouter.get('/mail/footer-text', async (_req, res) => {
  res.json({ footer: await settingValue('mail-footer') });
});

mailRouter.get('/mail/settings/:key', async (req, res) => {
  res.json({ value: await anySetting(req.params.key) });
});

mailRouter.get('/pages/:name', async (req, res) => {
  res.type('html').send(await renderPage(req.params.name));
});
