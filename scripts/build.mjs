// Bundles the three entry points with esbuild: the CLI, the language server and the VS Code extension.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { HOTPATH_VERSION: JSON.stringify(version) },
};

await Promise.all([
  build({ ...common, entryPoints: { cli: 'src/cli/main.ts', server: 'src/server/main.ts' }, outdir: 'dist' }),
  // The extension host provides `vscode`; the extension itself stays small: the server does the work.
  build({ ...common, entryPoints: { extension: 'src/extension/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
]);
