import { inviteTemplate } from '../lib/templates';
import { deliver } from '../lib/smtp';

export async function sendInvite(email: string): Promise<void> {
  const template = await inviteTemplate();
  await deliver(email, 'You are invited', template.replace('{{email}}', email));
}
