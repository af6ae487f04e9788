import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** Walks src/app for route folders. Used by the build script only, never by a route. */
export function collectRoutes(dir: string, base = ''): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir)) { // ok: sync-in-handler -- only reached from scripts/build-sitemap.ts
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) routes.push(...collectRoutes(full, `${base}/${entry}`)); // ok: sync-in-handler -- only reached from a build script
    else if (entry === 'page.tsx') routes.push(base || '/');
  }
  return routes;
}
