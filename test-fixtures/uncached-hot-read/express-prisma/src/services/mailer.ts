import { compileTemplate, inviteTemplate, TemplateFormat } from '../lib/templates';
import { deliver } from '../lib/smtp';

export async function sendInvite(email: string): Promise<void> {
  const template = await inviteTemplate();
  await deliver(email, 'You are invited', template.replace('{{email}}', email));
}

export async function sendPasswordReset(email: string, link: string): Promise<void> {
  const html = await compileTemplate('reset-password', TemplateFormat.Html);
  const text = await compileTemplate('reset-password', TemplateFormat.Text);
  await deliver(email, 'Reset your password', `${html.replace('{{link}}', link)}\n\n${text.replace('{{link}}', link)}`);
}
