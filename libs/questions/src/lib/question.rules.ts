/** Pure rules of questions and answers (unit tested in question.rules.spec.ts). */

export const LIMITS = {
  titleMax: 200,
  bodyMax: 20_000,
  policyDomainsMax: 10,
  tagsMax: 20,
  citationsMax: 20,
  reasonMax: 1000,
} as const;

/** The median of some numbers, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A timestamp as a raw query returns it: a Date (PostgreSQL) or TypeORM's SQLite text
 * `YYYY-MM-DD HH:MM:SS.SSS` in UTC.
 */
export function rawDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string') {
    const iso = value.includes('T') ? value : value.replace(' ', 'T');
    return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
  }
  if (typeof value === 'number') return new Date(value);
  throw new Error(`not a timestamp: ${String(value)}`);
}

/** A code with all codes below it in a tree (`childrenOf` gives the direct children). */
export function withDescendants(
  code: string,
  childrenOf: (code: string) => readonly { readonly code: string }[],
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [code];
  while (stack.length) {
    const c = stack.pop()!;
    if (seen.has(c)) continue;
    seen.add(c);
    out.push(c);
    for (const child of childrenOf(c)) stack.push(child.code);
  }
  return out;
}

export interface TaxonomyView {
  readonly childrenOf: (code: string) => readonly { readonly code: string }[];
  /** The codes that replaced a superseded code. */
  readonly successorsOf: (code: string) => readonly { readonly code: string }[];
  /** The superseded codes this code replaced. */
  readonly predecessorsOf: (code: string) => readonly { readonly code: string }[];
}

/**
 * The taakvelden a filter on `code` finds: the code with everything below it ('6' finds 6.711),
 * their successors if superseded (6.71 finds 6.711), and the superseded codes they replaced
 * (6.711 finds 6.71, as older items carry it).
 */
export function policyDomainFilterCodes(code: string, t: TaxonomyView): string[] {
  const out = new Set<string>();
  const current = withDescendants(code, t.childrenOf);
  const queue = [...current];
  while (queue.length) {
    const c = queue.shift()!;
    if (out.has(c)) continue;
    out.add(c);
    for (const s of t.successorsOf(c)) queue.push(...withDescendants(s.code, t.childrenOf));
  }
  for (const c of current) for (const p of t.predecessorsOf(c)) out.add(p.code);
  return [...out];
}

/** Trimmed text, or null when empty. */
export function trimmed(value: string | null | undefined): string | null {
  const t = value?.trim() ?? '';
  return t.length ? t : null;
}

/** The distinct values, in their first order. */
export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
