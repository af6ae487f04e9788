import { execSync } from 'node:child_process';

export function makeThumbnail(file: string): string {
  const out = file.replace(/(\.\w+)$/, '.thumb$1');
  execSync(`convert ${JSON.stringify(file)} -thumbnail 200x200 ${JSON.stringify(out)}`); // expect: sync-in-handler
  return out;
}
