import * as path from 'node:path';
import { ts } from './ts';
import type { LibrarySpec } from './libraries/model';
import type { Resolver } from './resolve';
import { shortText, skipOuterExpressions, valueParent } from './syntax';

/** A place where a framework runs code per request: a route registration, or a handler's declaration. */
export interface RequestEntry {
  /** The registering call (`app.get('/users', ...)`) or the handler itself. */
  node: ts.Node;
  /** For messages: "the Express route `app.get('/users', …)`", "the NestJS route `UsersController.list`". */
  description: string;
  /** The framework whose routing registered it, when a routing call did. */
  library?: LibrarySpec;
  /** A GraphQL resolver: it runs once per parent object of a query, so DataLoader batches across them. */
  graphqlResolver?: boolean;
}

/** Handler properties of route objects: Fastify `route({ handler, preHandler })`, Hapi `route({ handler })`. */
const HANDLER_PROPERTIES = new Set([
  'handler',
  'preHandler',
  'onRequest',
  'preValidation',
  'preParsing',
  'preSerialization',
  'onSend',
  'onResponse',
  'method',
]);

/** Fastify and Hapi hooks that run at startup or shutdown, not per request. */
const STARTUP_HOOKS = new Set(['onReady', 'onClose', 'onRoute', 'onRegister', 'onListen', 'preClose', 'onPreStart', 'onPostStart', 'onPreStop', 'onPostStop']);

const NEST_ROUTE_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Head', 'Options', 'Sse', 'Search']);
const GRAPHQL_DECORATORS = new Set(['Query', 'Mutation', 'Subscription', 'ResolveField', 'FieldResolver', 'ResolveProperty']);
/** NestJS request-pipeline interfaces and the method the framework calls per request. */
const NEST_PIPELINE: Record<string, string> = {
  CanActivate: 'canActivate',
  NestInterceptor: 'intercept',
  PipeTransform: 'transform',
  NestMiddleware: 'use',
  ExceptionFilter: 'catch',
};
/** NestJS provider factories and similar: called once to build a singleton. */
const FACTORY_PROPERTIES = new Set(['useFactory', 'dataSourceFactory', 'connectionFactory']);
/** NestJS lifecycle hooks: run once at startup or shutdown. */
const LIFECYCLE_METHODS = new Set(['onModuleInit', 'onApplicationBootstrap', 'onModuleDestroy', 'beforeApplicationShutdown', 'onApplicationShutdown']);
/** Decorators of classes whose single instance the framework creates once (NestJS providers). */
const SINGLETON_DECORATORS = /^(Injectable|Module|Controller|Resolver|Processor|WebSocketGateway|Catch|Global)$/;
const ROUTE_EXPORTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/**
 * What runs per request, framework by framework: Express, Fastify, Koa and Hapi routing calls (from
 * the library model's `registersHandlers`), tRPC procedures, NestJS and type-graphql decorators,
 * GraphQL resolver maps, Next.js API routes, route handlers and server actions, AWS Lambda handlers.
 */
export class RequestEntries {
  constructor(
    private readonly resolver: Resolver,
    private readonly root: string,
  ) {}

  /** A call that registers request handlers, and how: `app.get('/x', fn)`, `fastify.route({ handler })`. */
  registration(call: ts.CallExpression): { mode: 'arguments' | 'options'; entry: RequestEntry } | undefined {
    const callee = skipOuterExpressions(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const member = this.resolver.memberOf(this.resolver.valueOf(callee.expression), callee.name.text);
    const mode = member?.spec.registersHandlers;
    if (!member || !mode) return undefined;
    const hook = call.arguments[0] && skipOuterExpressions(call.arguments[0]);
    if (hook && ts.isStringLiteralLike(hook) && STARTUP_HOOKS.has(hook.text)) return undefined;
    // `router.get('/users/:id')`: the route's path, not the handler's body.
    const route = hook && ts.isStringLiteralLike(hook) ? `${shortText(callee, 40)}('${hook.text}')` : `${shortText(callee, 40)}(…)`;
    const what = /^(addHook|ext)$/.test(callee.name.text) ? 'hook' : /^(use|middleware)$/.test(callee.name.text) ? 'middleware' : /^(query|mutation|subscription)$/.test(callee.name.text) ? 'procedure' : 'route';
    return { mode, entry: { node: call, description: `the ${member.library.displayName} ${what} \`${route}\``, library: member.library } };
  }

  /**
   * The entry a function (or a function value) is handed to: an argument of a registering call, or a
   * handler property of a route object given to one (`{ method: 'GET', url, handler }`).
   */
  handedTo(node: ts.Node): RequestEntry | undefined {
    let { parent, child } = valueParent(node);
    // `app.get('/x', [auth, audit], handler)`, `{ preHandler: [check] }`: a list of handlers.
    if (ts.isArrayLiteralExpression(parent)) ({ parent, child } = valueParent(parent));
    if (ts.isCallExpression(parent) && parent.arguments.includes(child as ts.Expression)) {
      const registration = this.registration(parent);
      return registration?.mode === 'arguments' ? registration.entry : undefined;
    }
    // `{ handler: fn }`, `{ handler(request, h) {...} }`, in an object (or an array of them) given to a route call.
    const property =
      ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent) ? parent : ts.isMethodDeclaration(node) && ts.isObjectLiteralExpression(node.parent) ? node : undefined;
    const name = property?.name && ts.isIdentifier(property.name) ? property.name.text : undefined;
    if (!property || !name) return undefined;
    // tRPC and similar adapters build a context per request: `createHTTPServer({ router, createContext })`.
    if (name === 'createContext') return { node: property, description: 'the per-request context (`createContext`)' };
    if (!HANDLER_PROPERTIES.has(name)) return undefined;
    // A route table (`{ method: 'GET', path: '/reports', handler }`) is a route whatever registers it:
    // Hapi route arrays, a project's own `this.route({ ... })`.
    // Hapi nests the handler under `options` (or `config`): `{ method, path, options: { handler } }`.
    let routeTable = property.parent as ts.ObjectLiteralExpression;
    const nesting = routeTable.parent;
    if (ts.isPropertyAssignment(nesting) && ts.isIdentifier(nesting.name) && /^(options|config)$/.test(nesting.name.text) && ts.isObjectLiteralExpression(nesting.parent)) {
      routeTable = nesting.parent;
    }
    const route = routeObject(routeTable);
    ({ parent, child } = valueParent(routeTable));
    if (ts.isArrayLiteralExpression(parent)) ({ parent, child } = valueParent(parent));
    const registration = ts.isCallExpression(parent) && parent.arguments.includes(child as ts.Expression) ? this.registration(parent) : undefined;
    if (name === 'handler' && route) return { node: routeTable, description: `the route \`${route}\``, library: registration?.entry.library };
    // Hapi `ext({ type: 'onRequest', method })`.
    return registration?.entry;
  }

  /**
   * A function the framework runs once, at startup or shutdown: NestJS lifecycle hooks, provider
   * factories (`useFactory`), and the constructor of a class the framework instantiates once (a
   * NestJS provider, controller or module). Returns why, for messages.
   */
  startupRole(fn: ts.FunctionLikeDeclaration): string | undefined {
    if (ts.isConstructorDeclaration(fn)) {
      const singleton = decoratorNames(fn.parent).find((name) => SINGLETON_DECORATORS.test(name));
      return singleton ? `a @${singleton}() class, created once` : undefined;
    }
    if (ts.isMethodDeclaration(fn) && ts.isIdentifier(fn.name) && LIFECYCLE_METHODS.has(fn.name.text)) return `the lifecycle hook ${fn.name.text}`;
    const holder = fn.parent;
    if (ts.isPropertyAssignment(holder) && ts.isIdentifier(holder.name) && FACTORY_PROPERTIES.has(holder.name.text)) return `a provider factory (${holder.name.text})`;
    return undefined;
  }

  /** A function the framework runs per request, known from its own declaration. */
  declaredEntry(fn: ts.FunctionLikeDeclaration): RequestEntry | undefined {
    return this.nestOrTypeGraphql(fn) ?? this.resolverMapField(fn) ?? this.nextJs(fn) ?? this.lambda(fn);
  }

  /** `@Get() list()` in a `@Controller()`, `@Query() user()` in a `@Resolver()`, `canActivate` of a guard. */
  private nestOrTypeGraphql(fn: ts.FunctionLikeDeclaration): RequestEntry | undefined {
    if (!ts.isMethodDeclaration(fn) || !ts.isClassLike(fn.parent) || !ts.isIdentifier(fn.name)) return undefined;
    const cls = fn.parent;
    const className = cls.name?.text ?? 'class';
    const methodDecorators = decoratorNames(fn);
    const classDecorators = decoratorNames(cls);
    if (classDecorators.includes('Controller') && methodDecorators.some((name) => NEST_ROUTE_DECORATORS.has(name))) {
      return { node: fn.name, description: `the NestJS route \`${className}.${fn.name.text}\`` };
    }
    if (classDecorators.includes('Resolver') && methodDecorators.some((name) => GRAPHQL_DECORATORS.has(name))) {
      return { node: fn.name, description: `the GraphQL resolver \`${className}.${fn.name.text}\``, graphqlResolver: true };
    }
    const implemented = (cls.heritageClauses ?? [])
      .filter((clause) => clause.token === ts.SyntaxKind.ImplementsKeyword)
      .flatMap((clause) => clause.types.map((type) => type.expression.getText()));
    if (implemented.some((name) => NEST_PIPELINE[name] === fn.name.getText())) {
      return { node: fn.name, description: `the NestJS request pipeline \`${className}.${fn.name.text}\`` };
    }
    return undefined;
  }

  /** `const resolvers = { Query: { user: (_, { id }) => ... } }`: each field of each type runs per request. */
  private resolverMapField(fn: ts.FunctionLikeDeclaration): RequestEntry | undefined {
    const field = ts.isMethodDeclaration(fn) ? fn : ts.isPropertyAssignment(fn.parent) && fn.parent.initializer === fn ? fn.parent : undefined;
    if (!field || !ts.isObjectLiteralExpression(field.parent)) return undefined;
    const typeProperty = field.parent.parent;
    if (!ts.isPropertyAssignment(typeProperty) || !ts.isIdentifier(typeProperty.name) || !ts.isObjectLiteralExpression(typeProperty.parent)) return undefined;
    const map = typeProperty.parent;
    const holder = map.parent;
    const named =
      ['Query', 'Mutation', 'Subscription'].includes(typeProperty.name.text) ||
      (ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) && /resolvers$/i.test(holder.name.text)) ||
      (ts.isPropertyAssignment(holder) && ts.isIdentifier(holder.name) && holder.name.text === 'resolvers');
    if (!named) return undefined;
    const fieldName = field.name && ts.isIdentifier(field.name) ? field.name.text : '?';
    return { node: field.name ?? fn, description: `the GraphQL resolver \`${typeProperty.name.text}.${fieldName}\``, graphqlResolver: true };
  }

  /** pages/api default exports, app-router `route.ts` method exports, server actions. */
  private nextJs(fn: ts.FunctionLikeDeclaration): RequestEntry | undefined {
    const sourceFile = fn.getSourceFile();
    const relative = path.relative(this.root, sourceFile.fileName).split(path.sep).join('/');
    const exported = exportedName(fn);
    if (!exported) return hasDirective(fn.body, 'use server') ? { node: fn, description: 'the Next.js server action' } : undefined;
    if (/(^|\/)pages\/api\//.test(relative) && exported === 'default') return { node: fn, description: `the Next.js API route \`${relative}\`` };
    if (/(^|\/)app\/(.+\/)?route\.[cm]?[jt]sx?$/.test(relative) && ROUTE_EXPORTS.has(exported)) {
      return { node: fn, description: `the Next.js route handler \`${exported}\` of \`${relative}\`` };
    }
    if (hasDirective(sourceFile, 'use server') || hasDirective(fn.body, 'use server')) return { node: fn, description: `the Next.js server action \`${exported}\`` };
    return undefined;
  }

  /**
   * `export const handler = async (event) => ...`, `export async function handler(event, context)`, or
   * any export typed with a handler type of `aws-lambda` (`export const report: APIGatewayProxyHandlerV2`).
   */
  private lambda(fn: ts.FunctionLikeDeclaration): RequestEntry | undefined {
    const exported = exportedName(fn);
    const sourceFile = fn.getSourceFile();
    const holder = fn.parent;
    const typeName = ts.isVariableDeclaration(holder) && holder.type && ts.isTypeReferenceNode(holder.type) ? holder.type.typeName.getText() : undefined;
    if (exported && typeName && /Handler(V2)?$/.test(typeName) && importsFrom(sourceFile, 'aws-lambda', typeName.split('.')[0])) {
      return { node: fn, description: `the AWS Lambda handler \`${exported}\`` };
    }
    if (exported !== 'handler') return undefined;
    const first = fn.parameters[0];
    const importsLambdaTypes = sourceFile.statements.some(
      (statement) => ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text === 'aws-lambda',
    );
    const eventParameter = !!first && ts.isIdentifier(first.name) && /^(event|evt)$/.test(first.name.text);
    return importsLambdaTypes || eventParameter ? { node: fn, description: 'the AWS Lambda handler' } : undefined;
  }
}

function decoratorNames(node: ts.Node): string[] {
  if (!ts.canHaveDecorators(node)) return [];
  return (ts.getDecorators(node) ?? []).map((decorator) => {
    const expression = ts.isCallExpression(decorator.expression) ? decorator.expression.expression : decorator.expression;
    return ts.isIdentifier(expression) ? expression.text : ts.isPropertyAccessExpression(expression) ? expression.name.text : '';
  });
}

/** The name a function is exported under from its module (`default` for a default export). */
function exportedName(fn: ts.FunctionLikeDeclaration): string | undefined {
  const modifiers = (node: ts.Node) => (ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : []);
  const isExport = (node: ts.Node) => modifiers(node).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
  const isDefault = (node: ts.Node) => modifiers(node).some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword);
  if (ts.isFunctionDeclaration(fn) && isExport(fn)) return isDefault(fn) ? 'default' : fn.name?.text;
  const holder = fn.parent;
  if (ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) && holder.initializer === fn) {
    const statement = holder.parent.parent;
    if (ts.isVariableStatement(statement) && isExport(statement)) return holder.name.text;
    return exportedByName(fn.getSourceFile(), holder.name.text);
  }
  if (ts.isExportAssignment(holder)) return 'default';
  if (ts.isFunctionDeclaration(fn) && fn.name) return exportedByName(fn.getSourceFile(), fn.name.text);
  return undefined;
}

/** `export default handler;`, `export { handler as GET }`. */
function exportedByName(sourceFile: ts.SourceFile, local: string): string | undefined {
  for (const statement of sourceFile.statements) {
    if (ts.isExportAssignment(statement) && ts.isIdentifier(statement.expression) && statement.expression.text === local) return 'default';
    if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) {
        if ((element.propertyName ?? element.name).text === local) return element.name.text;
      }
    }
  }
  return undefined;
}

/** `'use server'` as the first statement of a file or a function body. */
function hasDirective(body: ts.Node | undefined, directive: string): boolean {
  if (!body || !(ts.isSourceFile(body) || ts.isBlock(body))) return false;
  const first = body.statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === directive;
}

/** `{ method: 'get', path: '/users', handler }` → `GET /users`; undefined unless it has both. */
function routeObject(object: ts.ObjectLiteralExpression): string | undefined {
  let method: string | undefined;
  let route: string | undefined;
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
    const value = skipOuterExpressions(property.initializer);
    const text = ts.isStringLiteralLike(value) ? value.text : undefined;
    if (property.name.text === 'method' && text && /^(get|post|put|patch|delete|head|options|all|\*)$/i.test(text)) method = text.toUpperCase();
    if ((property.name.text === 'path' || property.name.text === 'url') && (text !== undefined || ts.isIdentifier(value) || ts.isTemplateExpression(value))) {
      route = text ?? shortText(value, 40);
    }
  }
  return method && route !== undefined ? `${method} ${route}` : undefined;
}

/** Whether the file imports `name` from the module. */
function importsFrom(sourceFile: ts.SourceFile, module: string, name: string): boolean {
  return sourceFile.statements.some((statement) => {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== module) return false;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) return bindings.name.text === name;
    return !!bindings && ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === name);
  });
}
