import type { MemberSpec } from './model';

/** The same spec for several member names. */
export function members(names: string[], spec: MemberSpec): Record<string, MemberSpec> {
  return Object.fromEntries(names.map((name) => [name, spec]));
}
