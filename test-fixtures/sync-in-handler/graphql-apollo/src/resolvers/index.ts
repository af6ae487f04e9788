import * as bcrypt from 'bcrypt';
import { existsSync, promises as fsp, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { addAttachment } from '../services/attachment-service';
import { tickets, type Ticket } from '../services/ticket-store';

const REPORT_DIR = '/var/data/reports';
const AVATAR_DIR = '/var/data/avatars';

interface UserParent {
  id: string;
  email: string;
}

export const resolvers = {
  Query: {
    ticket: (_: unknown, args: { id: string }): Ticket | undefined => tickets.get(args.id),

    reports: (): string[] => readdirSync(REPORT_DIR).filter((name) => name.endsWith('.pdf')), // expect: sync-in-handler

    async releaseNotes(): Promise<string> {
      return fsp.readFile(path.join(__dirname, 'RELEASE_NOTES.md'), 'utf8'); // ok: sync-in-handler -- fs.promises, async
    },
  },

  Mutation: {
    resetPassword(_: unknown, args: { userId: string; password: string }): boolean {
      const hash = bcrypt.hashSync(args.password, 12); // expect: sync-in-handler
      return hash.startsWith('$2');
    },

    async changePassword(_: unknown, args: { userId: string; password: string }): Promise<boolean> {
      const hash = await bcrypt.hash(args.password, 12); // ok: sync-in-handler -- async bcrypt
      return hash.startsWith('$2');
    },

    addAttachment: (_: unknown, args: { ticketId: string; fileName: string; base64: string }) =>
      addAttachment(args.ticketId, args.fileName, Buffer.from(args.base64, 'base64')),
  },

  User: {
    avatar: (parent: UserParent): string | null =>
      existsSync(path.join(AVATAR_DIR, `${parent.id}.png`)) ? `/avatars/${parent.id}.png` : null, // expect: sync-in-handler
  },
};
