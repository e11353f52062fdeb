import type { DirectoryData, DirectoryService } from '@ksp/directory';
import type { GeographyView, GeoRegion } from './geography';
import type { TaxonomyView } from './taxonomy';

/** The ranking's views of the directory: from the running DirectoryService (its in-memory snapshot). */
export function viewsOfDirectory(d: DirectoryService): { taxonomy: TaxonomyView; geography: GeographyView } {
  return {
    taxonomy: {
      find: (code) => d.findPolicyDomain(code),
      successorsOf: (code) => d.supersededBy(code).map((x) => x.code),
      predecessorsOf: (code) => d.supersedes(code).map((x) => x.code),
    },
    geography: {
      municipalityName: (code) => d.findMunicipality(code)?.name,
      areNeighbours: (a, b) => d.areNeighbours(a, b),
      neighboursOf: (code) => d.neighboursOf(code).map((m) => m.code),
      regionsOf: (code) => d.regionsOf(code),
      membersOf: (regionId) => d.membersOf(regionId).map((m) => m.code),
    },
  };
}

/** The same views from reference data read from files (the evaluation tool runs without a database). */
export function viewsOfData(data: DirectoryData): { taxonomy: TaxonomyView; geography: GeographyView } {
  const domains = new Map(data.policyDomains.map((p) => [p.code, p]));
  const successors = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  for (const s of data.successors) {
    successors.set(s.code, [...(successors.get(s.code) ?? []), s.successorCode]);
    predecessors.set(s.successorCode, [...(predecessors.get(s.successorCode) ?? []), s.code]);
  }
  const names = new Map(data.municipalities.map((m) => [m.code, m.name]));
  const neighbours = new Set(data.neighbours.flatMap((n) => [`${n.a}|${n.b}`, `${n.b}|${n.a}`]));
  const neighboursOf = new Map<string, string[]>();
  for (const n of data.neighbours) {
    neighboursOf.set(n.a, [...(neighboursOf.get(n.a) ?? []), n.b]);
    neighboursOf.set(n.b, [...(neighboursOf.get(n.b) ?? []), n.a]);
  }
  const members = new Map<string, string[]>();
  for (const m of data.regionMembers)
    members.set(m.regionId, [...(members.get(m.regionId) ?? []), m.municipalityCode]);
  const regions = new Map(data.regions.map((r) => [r.id, r]));
  const regionsOf = new Map<string, GeoRegion[]>();
  for (const m of data.regionMembers) {
    const r = regions.get(m.regionId);
    if (r) regionsOf.set(m.municipalityCode, [...(regionsOf.get(m.municipalityCode) ?? []), r]);
  }
  return {
    taxonomy: {
      find: (code) => domains.get(code),
      successorsOf: (code) => successors.get(code) ?? [],
      predecessorsOf: (code) => predecessors.get(code) ?? [],
    },
    geography: {
      municipalityName: (code) => names.get(code),
      areNeighbours: (a, b) => neighbours.has(`${a}|${b}`),
      neighboursOf: (code) => neighboursOf.get(code) ?? [],
      regionsOf: (code) => regionsOf.get(code) ?? [],
      membersOf: (regionId) => members.get(regionId) ?? [],
    },
  };
}
