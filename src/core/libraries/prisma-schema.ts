import * as fs from 'node:fs';
import * as path from 'node:path';

const MAX_DEPTH = 4;

/**
 * Where the workspace's Prisma clients are generated (`generator client { output = "../src/generated/prisma" }`).
 * Imports of those folders are Prisma even though the generated code is not in the repository.
 */
export function findPrismaClientOutputs(root: string): string[] {
  const outputs: string[] = [];
  for (const schema of findSchemaFiles(root)) {
    let text: string;
    try {
      text = fs.readFileSync(schema, 'utf8');
    } catch {
      continue;
    }
    for (const block of text.matchAll(/generator\s+\w+\s*\{([^}]*)\}/g)) {
      const output = /^\s*output\s*=\s*"([^"]+)"/m.exec(block[1]);
      if (output) outputs.push(path.resolve(path.dirname(schema), output[1]));
    }
  }
  return outputs;
}

function findSchemaFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, depth + 1);
      else if (entry.name.endsWith('.prisma')) found.push(full);
    }
  };
  walk(root, 0);
  return found;
}
