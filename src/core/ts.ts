import { ts as compiler } from 'ts-morph';

/**
 * The TypeScript compiler API that ts-morph bundles, bound once. Modules import `ts` from here rather
 * than from ts-morph: in the bundle, a name imported from a CommonJS package is read through a getter
 * at every use, and the analysis reads `ts.` millions of times per scan (6% of a scan's time).
 */
export import ts = compiler;
