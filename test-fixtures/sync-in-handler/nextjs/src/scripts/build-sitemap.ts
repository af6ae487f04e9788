import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { collectRoutes } from '../lib/sitemap';

// Build step, run by `prebuild` in package.json.
const origin = process.env.SITE_ORIGIN ?? 'https://example.com';
const urls = collectRoutes(path.join(process.cwd(), 'src', 'app')).map((route) => `<url><loc>${origin}${route}</loc></url>`);
writeFileSync('public/sitemap.xml', `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`); // ok: sync-in-handler -- build script
