import type { GeographyWeights } from '../matching.config';

/** What the ranking needs to know of gemeenten and regions (the directory gives it). */
export interface GeographyView {
  municipalityName(code: string): string | undefined;
  areNeighbours(a: string, b: string): boolean;
  neighboursOf(code: string): readonly string[];
  regionsOf(code: string): readonly GeoRegion[];
  membersOf(regionId: string): readonly string[];
}

export interface GeoRegion {
  readonly id: string;
  /** PROVINCE | VEILIGHEIDSREGIO | CUSTOM (a hub's own kennisregio) … */
  readonly kind: string;
  readonly name: string;
}

export type GeoRelationKind = 'SAME' | 'NEIGHBOUR' | 'REGION' | 'NONE';

export interface GeoRelation {
  readonly kind: GeoRelationKind;
  readonly score: number;
  /** REGION: the best shared region. */
  readonly region: GeoRegion | null;
}

const NONE: GeoRelation = { kind: 'NONE', score: 0, region: null };

/** How close `candidate`'s gemeente is to `origin` (where the need is). */
export function geoRelation(
  origin: string | null,
  candidate: string | null,
  g: GeographyView,
  w: GeographyWeights,
): GeoRelation {
  if (!origin || !candidate) return NONE;
  if (origin === candidate) return { kind: 'SAME', score: w.sameMunicipality, region: null };
  if (g.areNeighbours(origin, candidate)) return { kind: 'NEIGHBOUR', score: w.neighbour, region: null };
  const mine = g.regionsOf(origin);
  let best: GeoRelation = NONE;
  for (const r of g.regionsOf(candidate)) {
    if (!mine.some((m) => m.id === r.id)) continue;
    const score = w.regionKinds[r.kind] ?? 0;
    if (score > best.score) best = { kind: 'REGION', score, region: r };
  }
  return best;
}

/**
 * The gemeenten whose experts geography counts for, seen from `origin`: itself, its buurgemeenten
 * and the members of every region it shares with a weight (the province, the veiligheidsregio, a
 * hub's own regio). Null without an origin.
 */
export function areaOf(origin: string | null, g: GeographyView, w: GeographyWeights): string[] | null {
  if (!origin) return null;
  const out = new Set<string>([origin, ...g.neighboursOf(origin)]);
  for (const r of g.regionsOf(origin)) {
    if ((w.regionKinds[r.kind] ?? 0) > 0) for (const m of g.membersOf(r.id)) out.add(m);
  }
  return [...out];
}
