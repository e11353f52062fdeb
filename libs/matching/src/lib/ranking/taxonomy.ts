import type { TaxonomyProximity } from '../matching.config';

/**
 * Proximity of BBV taakvelden in their tree. The official tree is shallow (every taakveld hangs
 * directly under its hoofdstuk), but its codes carry the finer grouping: 6.711–6.714 all replaced
 * 6.71 (Maatwerkdienstverlening 18+), 6.751–6.763 replaced 6.72, and 0.61–0.64 are the OZB group.
 * So besides the tree this uses the superseded codes' successors and the shared code prefix.
 */

/** What the ranking needs to know of the taakvelden (the directory gives it). */
export interface TaxonomyView {
  find(code: string): TaxonomyNode | undefined;
  /** The codes that replaced a superseded code (empty for a current one). */
  successorsOf(code: string): readonly string[];
  /** The superseded codes this code replaced. */
  predecessorsOf(code: string): readonly string[];
}

export interface TaxonomyNode {
  readonly code: string;
  readonly name: string;
  readonly parentCode: string | null;
  readonly status: string;
}

export type ProximityKind = 'SAME' | 'SUCCESSOR' | 'SIBLING' | 'BRANCH' | 'HOOFDSTUK' | 'CHAPTER' | 'NONE';

export interface Proximity {
  readonly kind: ProximityKind;
  readonly score: number;
}

const NONE: Proximity = { kind: 'NONE', score: 0 };

function chapterOf(code: string): string {
  const dot = code.indexOf('.');
  return dot < 0 ? code : code.slice(0, dot);
}

function digitsOf(code: string): string {
  const dot = code.indexOf('.');
  return dot < 0 ? '' : code.slice(dot + 1);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Proximity from the codes alone (no successors): same, hoofdstuk, sibling, branch, chapter. */
function direct(a: string, b: string, t: TaxonomyView, p: TaxonomyProximity): Proximity {
  if (a === b) return { kind: 'SAME', score: p.same };
  if (chapterOf(a) !== chapterOf(b)) return NONE;
  const da = digitsOf(a);
  const db = digitsOf(b);
  if (da === '' || db === '') return { kind: 'HOOFDSTUK', score: p.hoofdstuk };
  const pa = t.predecessorsOf(a);
  if (pa.length && t.predecessorsOf(b).some((x) => pa.includes(x))) {
    return { kind: 'SIBLING', score: p.sibling };
  }
  const shared = commonPrefix(da, db);
  if (da.length === db.length && da.length >= 2 && shared === da.length - 1) {
    return { kind: 'SIBLING', score: p.sibling };
  }
  if (shared >= 1 && (da.length >= 2 || db.length >= 2)) return { kind: 'BRANCH', score: p.branch };
  return { kind: 'CHAPTER', score: p.chapter };
}

/**
 * How close taakveld `b` is to taakveld `a` (symmetric): 1 for the same code, down to the shared
 * hoofdstuk, 0 for different hoofdstukken. A superseded code counts as close to its successors,
 * and is compared through them with everything else (6.72 is close to 6.752, and as 6.751 is).
 */
export function proximity(a: string, b: string, t: TaxonomyView, p: TaxonomyProximity): Proximity {
  const d = direct(a, b, t, p);
  if (d.kind === 'SAME') return d;
  if (t.successorsOf(a).includes(b) || t.successorsOf(b).includes(a)) {
    return { kind: 'SUCCESSOR', score: p.successor };
  }
  let best = d;
  const through = (x: string, y: string) => {
    const r = direct(x, y, t, p);
    // Through a successor: a little less than the same relation between current codes.
    const score = r.score * 0.9;
    if (score > best.score) best = { kind: r.kind === 'SAME' ? 'SUCCESSOR' : r.kind, score };
  };
  for (const s of t.successorsOf(a)) through(s, b);
  for (const s of t.successorsOf(b)) through(a, s);
  return best;
}

/** The best proximity between any asked code and any code of the candidate, with the pair. */
export interface BestProximity extends Proximity {
  readonly asked: string | null;
  readonly candidate: string | null;
}

export function bestProximity(
  asked: readonly string[],
  candidate: readonly { readonly code: string; readonly weight?: number }[],
  t: TaxonomyView,
  p: TaxonomyProximity,
): BestProximity {
  let best: BestProximity = { kind: 'NONE', score: 0, asked: null, candidate: null };
  for (const a of asked) {
    for (const c of candidate) {
      const r = proximity(a, c.code, t, p);
      const score = r.score * (c.weight ?? 1);
      if (score > best.score) best = { kind: r.kind, score, asked: a, candidate: c.code };
    }
  }
  return best;
}

/**
 * Codes worth reading candidates for when these are asked: the codes themselves, their successors
 * and predecessors, their siblings (same predecessor or same code group) and the hoofdstuk. Used to
 * read expertise profiles by taakveld from the database before ranking.
 */
export function neighbourhoodCodes(
  codes: readonly string[],
  all: readonly string[],
  t: TaxonomyView,
  p: TaxonomyProximity,
): string[] {
  const out = new Set<string>();
  for (const code of all) {
    for (const asked of codes) {
      const r = proximity(asked, code, t, p);
      if (r.score >= p.sibling * 0.9 || r.kind === 'HOOFDSTUK') {
        out.add(code);
        break;
      }
    }
  }
  for (const c of codes) out.add(c);
  return [...out];
}
