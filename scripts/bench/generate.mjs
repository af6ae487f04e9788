// Writes a synthetic backend of about N lines into a fresh folder under os.tmpdir().
//
// The project is typed like a real one: a tsconfig.json, a package.json, a prisma/schema.prisma, and a
// `node_modules` symlink to test-fixtures/node_modules, so library imports (Prisma, TypeORM, Knex, pg,
// ioredis, Express, NestJS, Fastify) resolve to their real typings and the project's own files import
// each other by relative paths. Anti-patterns are sprinkled in deterministically (a seeded generator).
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as t from './templates.mjs';

const FIXTURES = new URL('../../test-fixtures/', import.meta.url).pathname;

const NOUNS = ['invoice', 'shipment', 'tenant', 'coupon', 'ticket', 'payout', 'review', 'catalog', 'booking', 'device', 'playlist', 'refund'];
const STACKS = ['express-prisma', 'nest-typeorm', 'fastify-knex', 'express-pg', 'fastify-redis'];

/** The files of one domain, by stack: [file suffix, template]. */
const LAYOUT = {
  'express-prisma': [['repository', t.prismaRepository], ['service', t.prismaService], ['routes', t.expressRoutes]],
  'nest-typeorm': [['entity', t.typeormEntity], ['service', t.typeormService], ['controller', t.nestController], ['module', t.nestModule]],
  'fastify-knex': [['repository', t.knexRepository], ['service', t.knexService], ['routes', t.fastifyRoutes]],
  'express-pg': [['repository', t.pgRepository], ['service', t.pgService], ['routes', t.pgRoutes]],
  'fastify-redis': [['repository', t.prismaRepository], ['cache', t.redisCache], ['service', t.cachedService], ['routes', t.fastifyRoutes]],
};

/** How often each anti-pattern appears, per domain. Most code is clean, as in a real backend. */
const RATES = { queryInLoop: 0.25, unbounded: 0.2, syncInHandler: 0.1, clientPerRequest: 0.08, constantRead: 0.1 };

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'commonjs',
    moduleResolution: 'node10',
    lib: ['ES2023'],
    types: ['node'],
    typeRoots: ['./node_modules/@types'],
    strict: true,
    esModuleInterop: true,
    experimentalDecorators: true,
    emitDecoratorMetadata: true,
    skipLibCheck: true,
    noEmit: true,
    ignoreDeprecations: '6.0',
  },
  include: ['src'],
};

const PACKAGE = {
  name: 'bench-backend',
  private: true,
  dependencies: {
    '@nestjs/common': '11.x', '@nestjs/typeorm': '11.x', '@prisma/client': '7.x', express: '5.x', fastify: '5.x',
    ioredis: '5.x', knex: '3.x', pg: '8.x', typeorm: '0.3.x',
  },
};

/** Parses "10k", "100k", "1.5m" or a plain number. */
export function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`not a size: ${text} (use e.g. 10k, 100k, 300k)`);
  return Math.round(Number(match[1]) * { '': 1, k: 1e3, m: 1e6 }[match[2].toLowerCase()]);
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function domain(index, random, previous) {
  const name = `${NOUNS[index % NOUNS.length]}${index}`;
  const flags = Object.fromEntries(Object.entries(RATES).map(([flag, rate]) => [flag, random() < rate]));
  return {
    index,
    name,
    Name: name[0].toUpperCase() + name.slice(1),
    stack: STACKS[index % STACKS.length],
    model: t.PRISMA_MODELS[index % t.PRISMA_MODELS.length],
    flags,
    // Each service uses the one before it on the same stack: imports across files, as in a real app.
    previous,
  };
}

const countLines = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/**
 * Generates the project. Returns its folder, file and line counts, and the probe for the editor
 * latency test: a service file in the middle of the project with the files that import it.
 */
export function generateBackend(targetLines, { label = String(targetLines) } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `hotpath-bench-${label}-`));
  const write = (relative, text) => {
    mkdirSync(dirname(join(dir, relative)), { recursive: true });
    writeFileSync(join(dir, relative), text);
    return countLines(text);
  };
  symlinkSync(join(FIXTURES, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'prisma'));
  copyFileSync(join(FIXTURES, 'prisma', 'schema.prisma'), join(dir, 'prisma', 'schema.prisma'));
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(PACKAGE, null, 2)}\n`);

  const random = seeded(7);
  let lines = 0;
  let files = 0;
  for (const [relative, text] of Object.entries(t.SHARED_FILES)) {
    lines += write(relative, text);
    files++;
  }
  const domains = [];
  const lastOfStack = new Map();
  while (lines < targetLines) {
    const d = domain(domains.length, random, lastOfStack.get(STACKS[domains.length % STACKS.length]));
    lastOfStack.set(d.stack, d);
    domains.push(d);
    for (const [suffix, template] of [['mapper', t.mapper], ...LAYOUT[d.stack]]) {
      lines += write(`src/${d.name}/${d.name}.${suffix}.ts`, template(d));
      files++;
    }
  }
  lines += write('src/app.ts', t.expressApp(domains));
  lines += write('src/server.ts', t.fastifyServer(domains));
  lines += write('src/app.module.ts', t.nestAppModule(domains));
  files += 3;

  return { dir, files, lines, domains: domains.length, probe: probeOf(dir, domains) };
}

/** An Express + Prisma service in the middle: imported by its routes and by the next domain's service. */
function probeOf(dir, domains) {
  const middle = domains.filter((d) => d.stack === 'express-prisma')[Math.floor(domains.length / 10)] ?? domains[0];
  const next = domains.find((d) => d.previous === middle);
  const service = (d) => join(dir, 'src', d.name, `${d.name}.service.ts`);
  return {
    file: service(middle),
    dependents: [join(dir, 'src', middle.name, `${middle.name}.routes.ts`), ...(next ? [service(next)] : [])],
  };
}
