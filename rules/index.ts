import type { Rule } from '../src/core/rule';
import { queryInLoop } from './query-in-loop';

/** Every rule hotpath ships, in the order they are documented. */
export const ALL_RULES: readonly Rule[] = [queryInLoop];
