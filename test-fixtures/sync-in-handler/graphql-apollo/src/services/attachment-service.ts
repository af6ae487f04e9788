import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { makeThumbnail } from '../lib/thumbnails';
import { tickets } from './ticket-store';

const ATTACHMENT_DIR = '/var/data/attachments';

export async function addAttachment(ticketId: string, fileName: string, data: Buffer): Promise<string[]> {
  const ticket = tickets.get(ticketId);
  if (!ticket) throw new Error(`unknown ticket ${ticketId}`);
  const file = path.join(ATTACHMENT_DIR, ticketId, path.basename(fileName));
  await writeFile(file, data); // ok: sync-in-handler -- fs/promises, async
  if (/\.(png|jpe?g)$/i.test(file)) makeThumbnail(file);
  ticket.attachments.push(file);
  return ticket.attachments;
}
