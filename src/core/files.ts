import * as fs from 'node:fs';
import * as path from 'node:path';

export interface WalkOptions {
  /** Folders to enter (by name); dependency, build and hidden folders are the usual exclusions. */
  enter: (name: string) => boolean;
  /** Files to keep (by name). */
  keep: (name: string) => boolean;
  maxDepth?: number;
}

/** Files under `root`, sorted; unreadable folders are passed over and symlink loops entered once. */
export function walkFiles(root: string, options: WalkOptions): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string, depth: number): void => {
    if (depth > (options.maxDepth ?? Number.POSITIVE_INFINITY)) return;
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = fs.realpathSync(dir);
      if (seen.has(real)) return;
      seen.add(real);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (options.enter(entry.name)) walk(full, depth + 1);
      } else if (entry.isFile() && options.keep(entry.name)) {
        files.push(full);
      }
    }
  };
  walk(root, 0);
  return files.sort();
}
