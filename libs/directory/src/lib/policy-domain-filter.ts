/** The view of the taakvelden tree that `policyDomainFilterCodes` needs (the directory gives it). */
export interface TaxonomyView {
  readonly childrenOf: (code: string) => readonly { readonly code: string }[];
  /** The codes that replaced a superseded code. */
  readonly successorsOf: (code: string) => readonly { readonly code: string }[];
  /** The superseded codes this code replaced. */
  readonly predecessorsOf: (code: string) => readonly { readonly code: string }[];
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

/**
 * The taakvelden a filter on `code` finds: the code with everything below it ('6' finds 6.711),
 * their successors if superseded (6.71 finds 6.711), and the superseded codes they replaced
 * (6.711 finds 6.71, as older items carry it). The one rule for every list, search and match.
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
