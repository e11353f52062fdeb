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

/** Trimmed text, or null when empty. */
export function trimmed(value: string | null | undefined): string | null {
  const t = value?.trim() ?? '';
  return t.length ? t : null;
}

/** The distinct values, in their first order. */
export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
