import { Injectable, type OnModuleInit } from '@nestjs/common';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadDocument, storeDocument } from '../lib/document-store';

@Injectable()
export class DocumentsService implements OnModuleInit {
  private readonly storageRoot: string;

  constructor() {
    const config = JSON.parse(readFileSync('config/storage.json', 'utf8')); // ok: sync-in-handler -- provider constructor, runs once (singleton)
    this.storageRoot = config.root;
  }

  onModuleInit(): void {
    mkdirSync(this.storageRoot, { recursive: true }); // ok: sync-in-handler -- onModuleInit, runs once at startup
  }

  async find(id: string): Promise<{ id: string; body: string } | null> {
    return loadDocument(this.storageRoot, id);
  }

  async importAll(files: string[]): Promise<number> {
    for (const file of files) {
      const body = await readFile(file, 'utf8'); // ok: sync-in-handler -- fs/promises, async
      storeDocument(this.storageRoot, file, body);
    }
    return files.length;
  }

  /** Only scripts/reindex.ts calls this, outside any request. */
  rebuildIndex(): number {
    const ids = readdirSync(this.storageRoot).map((name) => name.replace(/\.json$/, '')); // ok: sync-in-handler -- only reached from a CLI script
    writeFileSync(`${this.storageRoot}/index.json`, JSON.stringify(ids)); // ok: sync-in-handler -- only reached from a CLI script
    return ids.length;
  }
}
