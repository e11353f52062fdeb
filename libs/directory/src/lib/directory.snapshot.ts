import {
  DirectoryData,
  Municipality,
  MunicipalityRecord,
  PolicyDomain,
  Region,
  RegionKind,
  TooiTheme,
} from './directory.types';

const EMPTY: readonly never[] = Object.freeze([]);

/** Lower case without diacritics, so that "sudwest" finds "Súdwest-Fryslân". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');

/**
 * A gemeente of the snapshot, its buurgemeenten linked once when the snapshot is built, so that
 * `neighbours` is a plain read (GraphQL's default resolver; no resolver call per request). The
 * links are private: a gemeente serialises (JSON, logs, search documents) without its neighbours,
 * and so without a cycle.
 */
class LinkedMunicipality implements Municipality {
  readonly code: string;
  readonly name: string;
  readonly province: string;
  readonly provinceCode: string;
  #neighbours: readonly Municipality[] = EMPTY;

  constructor(record: MunicipalityRecord) {
    this.code = record.code;
    this.name = record.name;
    this.province = record.province;
    this.provinceCode = record.provinceCode;
  }

  get neighbours(): readonly Municipality[] {
    return this.#neighbours;
  }

  link(neighbours: readonly Municipality[]): void {
    this.#neighbours = Object.freeze(neighbours);
  }
}

/**
 * The reference data indexed in memory. It is small (a few thousand rows), read on every request
 * and changed only by an import, so reads are served from here without SQL (ADR 0002).
 */
export class DirectorySnapshot {
  readonly municipalities: readonly Municipality[];
  private readonly municipalityByCode: ReadonlyMap<string, Municipality>;
  private readonly searchKey: ReadonlyMap<string, string>;
  readonly regions: readonly Region[];
  private readonly regionById: ReadonlyMap<string, Region>;
  private readonly regionsByMunicipality: ReadonlyMap<string, readonly Region[]>;
  private readonly membersByRegion: ReadonlyMap<string, readonly Municipality[]>;
  readonly provinces: ReadonlySet<string>;
  readonly policyDomainRoots: readonly PolicyDomain[];
  private readonly policyDomainByCode: ReadonlyMap<string, PolicyDomain>;
  private readonly policyDomainChildren: ReadonlyMap<string, readonly PolicyDomain[]>;
  private readonly successorsByCode: ReadonlyMap<string, readonly PolicyDomain[]>;
  private readonly predecessorsByCode: ReadonlyMap<string, readonly PolicyDomain[]>;
  readonly themeRoots: readonly TooiTheme[];
  private readonly themeByCode: ReadonlyMap<string, TooiTheme>;
  private readonly themeChildren: ReadonlyMap<string, readonly TooiTheme[]>;

  constructor(
    data: DirectoryData,
    readonly checksum: string | null,
  ) {
    const linked = data.municipalities.map((m) => new LinkedMunicipality(m)).sort(byName);
    this.municipalities = linked;
    this.municipalityByCode = new Map(linked.map((m) => [m.code, m]));
    this.searchKey = new Map(this.municipalities.map((m) => [m.code, foldForSearch(m.name)]));
    this.provinces = new Set(this.municipalities.map((m) => m.province));

    const adjacency = new Map<string, Municipality[]>();
    const link = (from: string, to: string) => {
      const target = this.municipalityByCode.get(to);
      if (!target) return;
      const list = adjacency.get(from);
      if (list) list.push(target);
      else adjacency.set(from, [target]);
    };
    for (const { a, b } of data.neighbours) link(a, b);
    for (const list of adjacency.values()) list.sort(byName);
    for (const m of linked) m.link(adjacency.get(m.code) ?? EMPTY);

    this.regions = [...data.regions].sort((a, b) => a.kind.localeCompare(b.kind) || byName(a, b));
    this.regionById = new Map(this.regions.map((r) => [r.id, r]));
    const members = new Map<string, Municipality[]>();
    const regionsOf = new Map<string, Region[]>();
    for (const { regionId, municipalityCode } of data.regionMembers) {
      const region = this.regionById.get(regionId);
      const municipality = this.municipalityByCode.get(municipalityCode);
      if (!region || !municipality) continue;
      (members.get(regionId) ?? members.set(regionId, []).get(regionId)!).push(municipality);
      (regionsOf.get(municipalityCode) ?? regionsOf.set(municipalityCode, []).get(municipalityCode)!).push(
        region,
      );
    }
    for (const list of members.values()) list.sort(byName);
    for (const list of regionsOf.values()) list.sort((a, b) => a.kind.localeCompare(b.kind) || byName(a, b));
    this.membersByRegion = members;
    this.regionsByMunicipality = regionsOf;

    // Policy domains keep the order of the official list (the import's `position`).
    this.policyDomainByCode = new Map(data.policyDomains.map((d) => [d.code, d]));
    this.policyDomainRoots = data.policyDomains.filter((d) => d.parentCode === null);
    this.policyDomainChildren = groupBy(
      data.policyDomains.filter((d) => d.parentCode !== null),
      (d) => d.parentCode as string,
    );
    const successors = new Map<string, PolicyDomain[]>();
    const predecessors = new Map<string, PolicyDomain[]>();
    for (const { code, successorCode } of data.successors) {
      const from = this.policyDomainByCode.get(code);
      const to = this.policyDomainByCode.get(successorCode);
      if (!from || !to) continue;
      (successors.get(code) ?? successors.set(code, []).get(code)!).push(to);
      (predecessors.get(successorCode) ?? predecessors.set(successorCode, []).get(successorCode)!).push(from);
    }
    this.successorsByCode = successors;
    this.predecessorsByCode = predecessors;

    this.themeByCode = new Map(data.themes.map((t) => [t.code, t]));
    this.themeRoots = data.themes.filter((t) => t.parentCode === null);
    this.themeChildren = groupBy(
      data.themes.filter((t) => t.parentCode !== null),
      (t) => t.parentCode as string,
    );
  }

  get isEmpty(): boolean {
    return this.municipalities.length === 0;
  }

  municipality(code: string): Municipality | undefined {
    return this.municipalityByCode.get(code);
  }

  neighbours(code: string): readonly Municipality[] {
    return this.municipalityByCode.get(code)?.neighbours ?? EMPTY;
  }

  areNeighbours(a: string, b: string): boolean {
    return this.neighbours(a).some((m) => m.code === b);
  }

  matchesSearch(code: string, foldedQuery: string): boolean {
    return (this.searchKey.get(code) ?? '').includes(foldedQuery);
  }

  region(id: string): Region | undefined {
    return this.regionById.get(id);
  }

  regionsOf(code: string, kind?: RegionKind | null): readonly Region[] {
    const all = this.regionsByMunicipality.get(code) ?? EMPTY;
    return kind ? all.filter((r) => r.kind === kind) : all;
  }

  members(regionId: string): readonly Municipality[] {
    return this.membersByRegion.get(regionId) ?? EMPTY;
  }

  policyDomain(code: string): PolicyDomain | undefined {
    return this.policyDomainByCode.get(code);
  }

  policyDomainChildrenOf(code: string): readonly PolicyDomain[] {
    return this.policyDomainChildren.get(code) ?? EMPTY;
  }

  supersededBy(code: string): readonly PolicyDomain[] {
    return this.successorsByCode.get(code) ?? EMPTY;
  }

  supersedes(code: string): readonly PolicyDomain[] {
    return this.predecessorsByCode.get(code) ?? EMPTY;
  }

  theme(code: string): TooiTheme | undefined {
    return this.themeByCode.get(code);
  }

  themeChildrenOf(code: string): readonly TooiTheme[] {
    return this.themeChildren.get(code) ?? EMPTY;
  }
}
