import { ts } from './ts';
import type { ImplementationIndex } from './implementations';
import type { IoOperation, OperationClassifier } from './operations';
import { functionOfDeclaration, isFunctionLikeWithBody, skipOuterExpressions, symbolAt } from './syntax';

/** A round trip a function performs, directly or through the functions it calls. */
export interface IoFact {
  operation: IoOperation;
  /** Call sites from the summarized function down to the operation (the operation's call excluded). */
  via: ts.CallExpression[];
  /** No `await` precedes it on the way: it is issued in the same tick as the call that leads to it. */
  synchronous: boolean;
}

export interface FunctionSummary {
  roundTrips: IoFact[];
}

const EMPTY: FunctionSummary = { roundTrips: [] };
const MAX_FACTS = 4;

/**
 * Lazily computed, memoized summaries of what functions do, followed through resolved calls across
 * files up to a depth bound. Rules ask "does calling this do I/O?" instead of walking the program.
 */
export class FunctionSummaries {
  private readonly summaries = new Map<ts.Node, FunctionSummary>();
  private readonly inProgress = new Set<ts.Node>();

  constructor(
    private readonly classifier: OperationClassifier,
    private readonly checker: ts.TypeChecker,
    private readonly implementations?: ImplementationIndex,
    private readonly maxDepth = 5,
  ) {}

  /** The functions a call may run: its resolved declarations that have a body. */
  calleesOf(call: ts.CallExpression): ts.FunctionLikeDeclaration[] {
    const callee = skipOuterExpressions(call.expression);
    if (ts.isFunctionExpression(callee) || ts.isArrowFunction(callee)) return [callee];
    const nameNode = ts.isPropertyAccessExpression(callee) ? callee.name : ts.isIdentifier(callee) ? callee : undefined;
    if (!nameNode) return [];
    const symbol = symbolAt(nameNode, this.checker);
    const functions: ts.FunctionLikeDeclaration[] = [];
    let bodiless = false;
    for (const declaration of symbol?.declarations ?? []) {
      if (declaration.getSourceFile().isDeclarationFile) continue;
      const fn = functionOfDeclaration(declaration);
      if (fn?.body) functions.push(fn);
      else if (ts.isMethodSignature(declaration) || ts.isMethodDeclaration(declaration) || ts.isPropertySignature(declaration)) bodiless = true;
    }
    // `this.store.get(id)` where `store: IFeatureStore`: the classes behind the interface do the work.
    if (functions.length === 0 && bodiless && ts.isPropertyAccessExpression(callee)) {
      functions.push(...this.implementationsFor(callee));
    }
    return functions;
  }

  private implementationsFor(callee: ts.PropertyAccessExpression): ts.FunctionLikeDeclaration[] {
    if (!this.implementations) return [];
    try {
      const receiverType = this.checker.getTypeAtLocation(callee.expression);
      const symbol = receiverType.aliasSymbol ?? receiverType.getSymbol();
      return symbol ? this.implementations.methodsOf(symbol, callee.name.text) : [];
    } catch {
      return [];
    }
  }

  /** The round trips one call leads to through user functions (not counting a library call itself). */
  roundTripsThrough(call: ts.CallExpression, depth = 0): IoFact[] {
    if (depth >= this.maxDepth) return [];
    const facts: IoFact[] = [];
    for (const fn of this.calleesOf(call)) {
      for (const fact of this.summarize(fn, depth + 1).roundTrips) {
        facts.push({ ...fact, via: [call, ...fact.via] });
        if (facts.length >= MAX_FACTS) return facts;
      }
    }
    return facts;
  }

  summarize(fn: ts.FunctionLikeDeclaration, depth = 0): FunctionSummary {
    const cached = this.summaries.get(fn);
    if (cached) return cached;
    if (this.inProgress.has(fn) || !fn.body || depth > this.maxDepth) return EMPTY;
    this.inProgress.add(fn);
    const roundTrips: IoFact[] = [];
    try {
      this.collect(fn, depth, roundTrips);
    } finally {
      this.inProgress.delete(fn);
    }
    const summary = { roundTrips };
    // A summary cut short by the depth bound is not the function's whole story: keep it unmemoized.
    if (depth <= 1 || roundTrips.length > 0) this.summaries.set(fn, summary);
    return summary;
  }

  private collect(fn: ts.FunctionLikeDeclaration, depth: number, out: IoFact[]): void {
    const awaitEnds: number[] = [];
    const visit = (node: ts.Node): void => {
      if (out.length >= MAX_FACTS) return;
      if (node !== fn && isFunctionLikeWithBody(node) && !isImmediatelyUsedCallback(node)) return;
      if (ts.isAwaitExpression(node)) awaitEnds.push(node.getEnd());
      if (ts.isCallExpression(node) || ts.isTaggedTemplateExpression(node)) {
        const operation = this.classifier.classify(node);
        if (operation) {
          if (this.classifier.isRoundTrip(operation)) {
            out.push({ operation, via: [], synchronous: !awaitEnds.some((end) => end <= node.getStart()) });
          }
        } else if (ts.isCallExpression(node)) {
          const synchronous = !awaitEnds.some((end) => end <= node.getStart());
          for (const fact of this.roundTripsThrough(node, depth)) {
            out.push({ ...fact, synchronous: synchronous && fact.synchronous });
            if (out.length >= MAX_FACTS) break;
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    // An expression body (`async (id) => addComment(id)`) is itself the first node to look at.
    visit(fn.body!);
  }
}

/** A function expression passed straight to a call or invoked on the spot: it runs with its caller. */
export function isImmediatelyUsedCallback(fn: ts.Node): boolean {
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return false;
  let parent = fn.parent;
  while (parent && ts.isParenthesizedExpression(parent)) parent = parent.parent;
  if (ts.isCallExpression(parent)) return true;
  return false;
}
