import type { Rule } from '../src/core/rule';
import { queryInLoop } from './query-in-loop';
import { unboundedQuery } from './unbounded-query';
import { unpooledClient } from './unpooled-client';
import { syncInHandler } from './sync-in-handler';
import { uncachedHotRead } from './uncached-hot-read';

/** Every rule hotpath ships, in the order they are documented. */
export const ALL_RULES: readonly Rule[] = [queryInLoop, unboundedQuery, unpooledClient, syncInHandler, uncachedHotRead];
