'use server';

import { hashSync } from 'bcryptjs';
import { appendFileSync } from 'node:fs';

function audit(event: string, email: string): void {
  appendFileSync('/var/log/app/audit.log', `${new Date().toISOString()} ${event} ${email}\n`); // expect: sync-in-handler
}

export async function changePassword(formData: FormData): Promise<{ ok: boolean }> {
  const email = String(formData.get('email'));
  const passwordHash = hashSync(String(formData.get('password')), 12); // expect: sync-in-handler
  audit('password-changed', email);
  return { ok: passwordHash.length > 0 };
}

export async function subscribe(formData: FormData): Promise<void> {
  audit('subscribed', String(formData.get('email')));
}
