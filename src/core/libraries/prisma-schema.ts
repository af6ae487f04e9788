import * as fs from 'node:fs';
import * as path from 'node:path';
import { walkFiles } from '../files';

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
  return walkFiles(root, {
    enter: (name) => name !== 'node_modules' && !name.startsWith('.'),
    keep: (name) => name.endsWith('.prisma'),
    maxDepth: MAX_DEPTH,
  });
}

/** A relation field of a Prisma model: `posts Post[]` is to-many. */
export interface PrismaField {
  type: string;
  list: boolean;
}

/** The workspace's Prisma models, by client delegate name (`orderItem` for `model OrderItem`). */
export type PrismaModels = Map<string, Map<string, PrismaField>>;

export function readPrismaModels(root: string): PrismaModels {
  const models: PrismaModels = new Map();
  for (const schema of findSchemaFiles(root)) {
    let text: string;
    try {
      text = fs.readFileSync(schema, 'utf8');
    } catch {
      continue;
    }
    for (const block of text.matchAll(/^\s*model\s+(\w+)\s*\{([^}]*)\}/gm)) {
      const fields = new Map<string, PrismaField>();
      for (const line of block[2].split('\n')) {
        const field = /^\s*(\w+)\s+(\w+)(\[\])?/.exec(line);
        if (field && !field[1].startsWith('@')) fields.set(field[1], { type: field[2], list: field[3] === '[]' });
      }
      models.set(block[1][0].toLowerCase() + block[1].slice(1), fields);
    }
  }
  return models;
}
