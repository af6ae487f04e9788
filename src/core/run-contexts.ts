import { ts } from './ts';
import type { CallSites } from './call-sites';
import { isLazySingletonStore } from './clients';
import type { RequestEntries, RequestEntry } from './frameworks';
import { ARRAY_METHODS } from './resolve';
import { enclosingFunction, isFunctionLikeWithBody, skipOuterExpressions, valueParent, workspaceFunctionsOf } from './syntax';

/**
 * How often code runs, as far as the workspace shows:
 * - `once`: module top level, and what only startup code calls (`main()`, `bootstrap()`, `listen`
 *   callbacks, NestJS factories and lifecycle hooks, the constructor of a provider);
 * - `repeated`: everything else a request, an event, a timer or a loop can run again and again
 *   (route callbacks, handlers called from outside the workspace, functions they call, loop bodies);
 * - `unknown`: the analysis could not decide (too deep, a cycle): rules do not report.
 */
export type RunContext =
  | { kind: 'once'; why: string }
  | {
      kind: 'repeated';
      why: string;
      via: ts.Node[];
      /**
       * `seen`: the repetition is in the workspace (a route callback, a loop, an event listener);
       * `assumed`: the chain ends in a function nothing in the workspace calls (a handler the framework
       * runs, or a startup entry point run by a CLI: the workspace cannot tell them apart).
       */
      evidence: 'seen' | 'assumed';
      /** The request handler the code serves, when the repetition is a framework running it per request. */
      handler?: RequestEntry;
    }
  | { kind: 'unknown' };

/** Callbacks that run once where they are registered (or in the context of the call that takes them). */
const INHERITING_CALLBACKS = new Set([
  ...ARRAY_METHODS,
  'then',
  'catch',
  'finally',
  'transaction',
  '$transaction',
  'transactional',
  'run',
  'nextTick',
  'setImmediate',
  'setTimeout',
  'queueMicrotask',
  'once',
  'listen',
  'withTransaction',
  // A Fastify plugin's body runs once, when the plugin is registered.
  'register',
  // Tracing wrappers run their callback once, in place: `Sentry.startSpan(opts, () => ...)`.
  'startSpan',
  'startActiveSpan',
  'startSpanManual',
]);

const MAX_DEPTH = 12;

export class RunContexts {
  private readonly memo = new Map<ts.Node, RunContext>();
  private readonly inProgress = new Set<ts.Node>();

  constructor(
    private readonly callSites: CallSites,
    private readonly entries?: RequestEntries,
    private readonly checker?: ts.TypeChecker,
  ) {}

  /** How often the code at `node` runs. */
  of(node: ts.Node, depth = 0): RunContext {
    const scope = enclosingFunction(node);
    if (ts.isSourceFile(scope)) return { kind: 'once', why: 'module top level' };
    return this.ofFunction(scope, depth);
  }

  /**
   * The request handler whose body holds `node` (itself, or a function around it): the handler
   * function and its entry, registered by a framework's routing. Fixes read the request from it.
   */
  routeHandlerAround(node: ts.Node): { fn: ts.FunctionLikeDeclaration; entry: RequestEntry } | undefined {
    for (let scope = enclosingFunction(node); !ts.isSourceFile(scope); scope = enclosingFunction(scope)) {
      const entry = this.entries?.handedTo(scope);
      if (entry) return { fn: scope, entry };
    }
    return undefined;
  }

  /** How often a function body runs. */
  ofFunction(fn: ts.FunctionLikeDeclaration, depth = 0): RunContext {
    const cached = this.memo.get(fn);
    if (cached) return cached;
    if (depth > MAX_DEPTH || this.inProgress.has(fn)) return { kind: 'unknown' };
    this.inProgress.add(fn);
    let result: RunContext;
    try {
      result = this.compute(fn, depth);
    } finally {
      this.inProgress.delete(fn);
    }
    // An unknown reached below the top may come from the depth bound or a cycle on this path only:
    // asked again from nearer a handler, the same function may well be decided. Do not keep it.
    if (result.kind !== 'unknown' || depth === 0) this.memo.set(fn, result);
    return result;
  }

  private compute(fn: ts.FunctionLikeDeclaration, depth: number): RunContext {
    if (ts.isConstructorDeclaration(fn)) return this.ofConstructor(fn, depth);
    const entry = this.entries?.declaredEntry(fn) ?? this.entries?.handedTo(fn);
    if (entry) return perRequest(entry);
    const startup = this.entries?.startupRole(fn);
    if (startup) return { kind: 'once', why: startup };
    // An inline function: an IIFE, or a callback handed to a call.
    if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) {
      const { parent, child } = valueParent(fn);
      if (ts.isCallExpression(parent) && skipOuterExpressions(parent.expression) === skipOuterExpressions(child as ts.Expression)) {
        return this.of(parent, depth + 1);
      }
      if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) return this.ofCallback(parent, depth);
      // A function in an options object handed to a call: `runQuery({ [PRISMA]: () => ..., [CLICKHOUSE]: () => ... })`.
      if (ts.isPropertyAssignment(parent) && ts.isObjectLiteralExpression(parent.parent)) {
        const outer = valueParent(parent.parent);
        if (ts.isCallExpression(outer.parent) && outer.parent.arguments.includes(outer.child as ts.Expression)) {
          const context = this.ofCallback(outer.parent, depth);
          if (context.kind === 'repeated' && context.handler) return context;
        }
      }
    }
    // A function returned without a name: `function rateLimit() { return async (req, res, next) => ... }`.
    if (!hasName(fn)) return this.ofReturnedFunction(fn, depth);
    const sites = this.callSites.of(fn);
    if (sites.length === 0) {
      return { kind: 'repeated', why: `${describe(fn)} is not called in this workspace: a framework, a handler or a caller outside runs it`, via: [], evidence: 'assumed' };
    }
    return this.ofSites(
      sites.map((site) => site.call ?? site.name),
      depth,
    );
  }

  /**
   * A function a named factory returns runs as its uses say: `app.use(rateLimit(100))` hands it to a
   * route registration (repeated). Other uses (kept in a variable, returned further) are not followed.
   */
  private ofReturnedFunction(fn: ts.FunctionLikeDeclaration, depth: number): RunContext {
    const { parent, child } = valueParent(fn);
    const returned = ts.isReturnStatement(parent) || (ts.isArrowFunction(parent) && parent.body === child);
    const factory = returned ? enclosingFunction(parent) : undefined;
    if (!factory || ts.isSourceFile(factory) || !hasName(factory)) return { kind: 'unknown' };
    const sites = this.callSites.of(factory);
    let result: RunContext = { kind: 'unknown' };
    for (const site of sites) {
      if (!site.call) return { kind: 'unknown' };
      const use = valueParent(site.call).parent;
      if (!(ts.isCallExpression(use) || ts.isNewExpression(use)) || ts.isCallExpression(use) && skipOuterExpressions(use.expression) === site.call) return { kind: 'unknown' };
      const context = this.ofCallback(use, depth + 1);
      if (context.kind !== 'repeated') return { kind: 'unknown' };
      result = context;
    }
    return result;
  }

  /** A function used at several places: once only if every use runs once. */
  private ofSites(uses: ts.Node[], depth: number): RunContext {
    return mostRepeated(uses.map((use) => (ts.isCallExpression(use) ? this.ofCall(use, depth) : this.ofValueUse(use, depth))));
  }

  /** A call runs as often as the code around it, and once per iteration inside a loop. */
  private ofCall(call: ts.CallExpression, depth: number): RunContext {
    const around = this.of(call, depth + 1);
    // Serving a request says more than the loop it is in.
    if (around.kind === 'repeated' && around.handler) return { ...around, via: [call, ...around.via] };
    // In a loop of a function (not of the module's top level, which runs once at load).
    const loop = loopAround(call);
    if (loop && !ts.isSourceFile(enclosingFunction(loop))) return { kind: 'repeated', why: 'called in a loop', via: [call], evidence: 'seen' };
    return around.kind === 'repeated' ? { ...around, via: [call, ...around.via] } : around;
  }

  /** A function handed on as a value: `app.get('/', list)`, `router.post(..., controller.create)`. */
  private ofValueUse(use: ts.Node, depth: number): RunContext {
    let node: ts.Node = use;
    if (ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) node = node.parent;
    const entry = this.entries?.handedTo(node);
    if (entry) return perRequest(entry);
    const { parent } = valueParent(node);
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) return this.ofCallback(parent, depth);
    return { kind: 'repeated', why: 'handed on as a value, called from elsewhere', via: [use], evidence: 'assumed' };
  }

  /** A callback: as often as the call taking it for `.then`, `map`, `listen`...; repeatedly for routes, events, timers. */
  private ofCallback(call: ts.CallExpression | ts.NewExpression, depth: number): RunContext {
    const callee = skipOuterExpressions(call.expression);
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    // `new Promise((resolve) => ...)`: the executor runs right away.
    if (ts.isNewExpression(call) && name === 'Promise') return this.of(call, depth + 1);
    if (ts.isCallExpression(call)) {
      const registration = this.entries?.registration(call);
      if (registration?.mode === 'arguments') return perRequest(registration.entry);
      // A wrapper handed to the router: `router.post('/', asyncHandler(createUser))`.
      const wrapped = this.entries?.handedTo(call);
      if (wrapped) return perRequest(wrapped);
    }
    if (name && INHERITING_CALLBACKS.has(name)) return this.ofCall(call as ts.CallExpression, depth);
    // Handed to a function of the workspace (`withClient(fn)`, `runQuery({ [PRISMA]: () => ... })`):
    // it may run it many times, but at least it runs it while that call runs, so a request that
    // makes the call is served by the callback too.
    if (ts.isCallExpression(call) && this.checker && workspaceFunctionsOf(ts.isPropertyAccessExpression(callee) ? callee.name : callee, this.checker).length > 0) {
      const around = this.ofCall(call, depth);
      if (around.kind === 'repeated' && around.handler) return around;
    }
    return { kind: 'repeated', why: `a callback of \`${name ?? 'a call'}(...)\`, which may run it many times`, via: [call], evidence: 'seen' };
  }

  /** A constructor runs when its class is instantiated; a provider's once. */
  private ofConstructor(fn: ts.ConstructorDeclaration, depth: number): RunContext {
    const singleton = this.entries?.startupRole(fn);
    if (singleton) return { kind: 'once', why: singleton };
    const constructions = this.callSites.of(fn).flatMap((site) => (site.construction ? [site.construction] : []));
    // Never instantiated in the workspace: the instance owns the client; not judged.
    if (constructions.length === 0) return { kind: 'unknown' };
    const contexts = constructions.map((construction): RunContext => {
      if (isLazySingletonStore(construction)) return { kind: 'once', why: 'a lazy singleton' };
      const loop = loopAround(construction);
      if (loop && ts.isSourceFile(enclosingFunction(loop))) return { kind: 'once', why: 'instantiated in a loop of the module top level' };
      if (loop) return { kind: 'repeated', why: 'instantiated in a loop', via: [construction], evidence: 'seen' };
      const around = this.of(construction, depth + 1);
      return around.kind === 'repeated' ? { ...around, via: [construction, ...around.via] } : around;
    });
    return mostRepeated(contexts);
  }
}

/** The loop statement around a node, inside its own function. */
function loopAround(node: ts.Node): ts.Node | undefined {
  for (let current = node.parent; current && !isFunctionLikeWithBody(current) && !ts.isSourceFile(current); current = current.parent) {
    if (ts.isIterationStatement(current, false)) {
      // The loop's own header (`for (const x of await load())`) runs once.
      if ((ts.isForOfStatement(current) || ts.isForInStatement(current)) && isWithin(node, current.expression)) continue;
      return current;
    }
  }
  return undefined;
}

function isWithin(node: ts.Node, container: ts.Node): boolean {
  return node.pos >= container.pos && node.end <= container.end;
}

function describe(fn: ts.FunctionLikeDeclaration): string {
  const name = fn.name && ts.isIdentifier(fn.name) ? fn.name.text : ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name.text : undefined;
  return name ? `\`${name}\`` : 'this function';
}

/** Whether uses of the function can be looked up by a name: a declaration, a method, a variable or property holding it. */
function hasName(fn: ts.FunctionLikeDeclaration): boolean {
  if (fn.name) return true;
  const holder = fn.parent;
  return (ts.isVariableDeclaration(holder) || ts.isPropertyDeclaration(holder) || ts.isPropertyAssignment(holder)) && holder.initializer === fn;
}

/**
 * Several uses together: repeated if any use is (a repetition seen in the workspace before one
 * assumed), unknown if any is unknown, once only if all are.
 */
function mostRepeated(contexts: RunContext[]): RunContext {
  const repeated = contexts.filter((context): context is Extract<RunContext, { kind: 'repeated' }> => context.kind === 'repeated');
  const serving = repeated.find((context) => context.handler);
  if (serving) return serving;
  const seen = repeated.find((context) => context.evidence === 'seen');
  if (seen) return seen;
  if (repeated.length > 0) return repeated[0];
  if (contexts.length === 0 || contexts.some((context) => context.kind === 'unknown')) return { kind: 'unknown' };
  return contexts[0];
}

function perRequest(entry: RequestEntry): RunContext {
  return { kind: 'repeated', why: `it runs per request: ${entry.description}`, via: [], evidence: 'seen', handler: entry };
}
