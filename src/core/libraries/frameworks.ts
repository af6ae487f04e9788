import type { LibrarySpec, MemberSpec } from './model';
import { members } from './helpers';

/**
 * Web frameworks: not I/O, but what runs per request. A call whose member says `registersHandlers`
 * hands functions to the framework's router; the request-handler model (src/core/frameworks.ts) reads it.
 */
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head', 'use'];
const routes = (returns: string): Record<string, MemberSpec> => members(HTTP_METHODS, { registersHandlers: 'arguments', returns });

export const express: LibrarySpec = {
  id: 'express',
  requestQuery: { parameter: 0, property: 'query' },
  displayName: 'Express',
  target: 'the client',
  modules: ['express'],
  exports: {
    default: { value: 'express.factory' },
    '*': { value: 'express.factory' },
    Router: { value: 'express.router-factory' },
    Express: { instance: 'express.app' },
    Application: { instance: 'express.app' },
    IRouter: { instance: 'express.app' },
  },
  types: { Express: 'express.app', Application: 'express.app', Router: 'express.app', IRouter: 'express.app' },
  typingsPaths: ['/node_modules/@types/express/', '/node_modules/@types/express-serve-static-core/'],
  kinds: {
    'express.factory': { call: { returns: 'express.app' }, members: { Router: { returns: 'express.app' } } },
    'express.router-factory': { call: { returns: 'express.app' } },
    'express.app': { members: { ...routes('express.app'), route: { returns: 'express.route' } } },
    'express.route': { members: routes('express.route') },
  },
  batchAdvice: '',
};

export const fastify: LibrarySpec = {
  id: 'fastify',
  displayName: 'Fastify',
  target: 'the client',
  modules: ['fastify'],
  exports: {
    default: { value: 'fastify.factory' },
    fastify: { value: 'fastify.factory' },
    '*': { value: 'fastify.factory' },
    FastifyInstance: { instance: 'fastify.instance' },
  },
  types: { FastifyInstance: 'fastify.instance' },
  kinds: {
    'fastify.factory': { call: { returns: 'fastify.instance' } },
    'fastify.instance': {
      members: {
        ...routes('fastify.instance'),
        route: { registersHandlers: 'options', returns: 'fastify.instance' },
        // `addHook('preHandler', fn)`: hooks run per request (the startup hooks are told apart by name).
        addHook: { registersHandlers: 'arguments', returns: 'fastify.instance' },
        // A plugin's body runs once, at startup; the routes it declares run per request.
        register: { callbackReceives: 'fastify.instance', returns: 'fastify.instance' },
        after: {},
        ready: {},
        listen: {},
      },
    },
  },
  batchAdvice: '',
};

export const koa: LibrarySpec = {
  id: 'koa',
  requestQuery: { parameter: 0, property: 'query' },
  displayName: 'Koa',
  target: 'the client',
  modules: ['koa', '@koa/router', 'koa-router'],
  exports: { default: { instance: 'koa.app' }, Router: { instance: 'koa.app' } },
  types: { '/^(Koa|Application|Router|KoaRouter)$/': 'koa.app' },
  typingsPaths: ['/node_modules/@types/koa/', '/node_modules/koa/', '/node_modules/@koa/router/', '/node_modules/@types/koa__router/'],
  kinds: { 'koa.app': { members: { ...routes('koa.app'), route: { returns: 'koa.app' } } } },
  batchAdvice: '',
};

export const hapi: LibrarySpec = {
  id: 'hapi',
  requestQuery: { parameter: 0, property: 'query' },
  displayName: 'Hapi',
  target: 'the client',
  modules: ['@hapi/hapi', 'hapi'],
  exports: {
    server: { value: 'hapi.server-factory' },
    Server: { value: 'hapi.server-factory', instance: 'hapi.server' },
    default: { namespace: true },
    '*': { namespace: true },
  },
  types: { Server: 'hapi.server' },
  kinds: {
    'hapi.server-factory': { call: { returns: 'hapi.server' } },
    'hapi.server': {
      members: {
        route: { registersHandlers: 'options' },
        ext: { registersHandlers: 'arguments' },
        register: {},
        start: {},
      },
    },
  },
  batchAdvice: '',
};

/** tRPC: `t.procedure.input(...).query(fn)`, `t.middleware(fn)`. */
export const trpc: LibrarySpec = {
  id: 'trpc',
  displayName: 'tRPC',
  target: 'the client',
  modules: ['@trpc/server', '@trpc/server/*'],
  exports: { initTRPC: { value: 'trpc.init' } },
  kinds: {
    'trpc.init': { anyMember: { returns: 'trpc.init' }, members: { create: { returns: 'trpc.builder' } } },
    'trpc.builder': {
      members: {
        ...members(['query', 'mutation', 'subscription', 'middleware', 'use'], { registersHandlers: 'arguments', returns: 'trpc.builder' }),
        router: {},
        createCallerFactory: {},
        mergeRouters: {},
      },
      anyMember: { returns: 'trpc.builder' },
    },
  },
  batchAdvice: '',
};
