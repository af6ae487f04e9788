import { Router } from 'express';
import { sendInvite } from '../services/mailer';

export const mailRouter = Router();

mailRouter.post('/invites', async (req, res) => {
  await sendInvite(String(req.body.email));
  res.sendStatus(202);
});
