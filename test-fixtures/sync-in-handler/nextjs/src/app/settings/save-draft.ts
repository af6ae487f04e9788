import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const DRAFT_DIR = path.join(process.cwd(), 'drafts');

/** Inline server action: the directive is the first statement of the function. */
export async function saveDraft(formData: FormData): Promise<void> {
  'use server';
  mkdirSync(DRAFT_DIR, { recursive: true }); // expect: sync-in-handler
  writeFileSync(path.join(DRAFT_DIR, `${String(formData.get('id'))}.json`), JSON.stringify(Object.fromEntries(formData))); // expect: sync-in-handler
}

