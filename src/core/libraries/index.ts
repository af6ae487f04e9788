import type { LibrarySpec } from './model';
import { prisma } from './prisma';
import { typeorm } from './typeorm';
import { sequelize } from './sequelize';
import { mongoose } from './mongoose';
import { mongodb } from './mongodb';
import { pg, mysql } from './sql-drivers';
import { postgresJs, slonik } from './sql-tags';
import { knex, drizzle, kysely } from './query-builders';
import { mikroOrm } from './mikro-orm';
import { ioredis, nodeRedis } from './redis';
import { fetchApi, axios, got, undici } from './http';
import { dataloader } from './dataloader';
import { bcrypt, nodeChildProcess, nodeCrypto, nodeFs, nodeZlib } from './blocking';
import { cacheManager, lodashMemoize, lruCache, memoizee, nextCache } from './caches';
import { express, fastify, hapi, koa, trpc } from './frameworks';

export * from './model';

/** Every library hotpath knows out of the box. */
export const BUILTIN_LIBRARIES: readonly LibrarySpec[] = [
  prisma,
  typeorm,
  sequelize,
  mongoose,
  mongodb,
  pg,
  mysql,
  postgresJs,
  slonik,
  knex,
  drizzle,
  kysely,
  mikroOrm,
  ioredis,
  nodeRedis,
  fetchApi,
  axios,
  got,
  undici,
  dataloader,
  nodeFs,
  nodeChildProcess,
  nodeCrypto,
  nodeZlib,
  bcrypt,
  express,
  fastify,
  koa,
  hapi,
  trpc,
  memoizee,
  lodashMemoize,
  nextCache,
  cacheManager,
  lruCache,
];
