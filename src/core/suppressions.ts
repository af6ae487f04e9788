/**
 * Suppression comments:
 *   // hotpath-disable-next-line query-in-loop, unbounded-query -- reason
 *   // hotpath-disable-line query-in-loop
 *   /* hotpath-disable-file query-in-loop *\/
 * Without rule ids they silence every rule. Text after ` -- ` is the reason and is ignored.
 */
export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
}

const DIRECTIVE = /(?:\/\/|\/\*)\s*hotpath-disable-(next-line|line|file)\b([^\n]*?)(?:\*\/|$)/gm;

export function parseSuppressions(text: string): Suppressions {
  if (!text.includes('hotpath-disable')) return NONE;
  const byLine = new Map<number, Set<string> | 'all'>();
  let file: Set<string> | 'all' | undefined;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  for (const match of text.matchAll(DIRECTIVE)) {
    const [, kind, rest] = match;
    const ids = parseRuleIds(rest);
    const line = lineOf(match.index ?? 0);
    if (kind === 'file') file = merge(file, ids);
    else {
      const target = kind === 'line' ? line : line + 1;
      byLine.set(target, merge(byLine.get(target), ids));
    }
  }
  return {
    isSuppressed(ruleId, line) {
      return matches(file, ruleId) || matches(byLine.get(line), ruleId);
    },
  };
}

const NONE: Suppressions = { isSuppressed: () => false };

function parseRuleIds(rest: string): Set<string> | 'all' {
  const withoutReason = rest.split(/\s--\s|\s--$/)[0];
  const ids = withoutReason
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => /^[a-z][\w-]*$/.test(id));
  return ids.length === 0 ? 'all' : new Set(ids);
}

function merge(existing: Set<string> | 'all' | undefined, ids: Set<string> | 'all'): Set<string> | 'all' {
  if (existing === 'all' || ids === 'all') return 'all';
  return new Set([...(existing ?? []), ...ids]);
}

function matches(entry: Set<string> | 'all' | undefined, ruleId: string): boolean {
  return entry === 'all' || (entry !== undefined && entry.has(ruleId));
}
