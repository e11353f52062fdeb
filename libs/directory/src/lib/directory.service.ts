import { policyDomainFilterCodes, type TaxonomyView } from './policy-domain-filter';
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit, Optional } from '@nestjs/common';
import { BadUserInputError, Connection, ForwardPaginationArgs, connectionFromArray } from '@ksp/shared';
import { DirectoryRepository } from './directory.repository';
import { DirectorySnapshot, foldForSearch } from './directory.snapshot';
import {
  assertMunicipalityCode,
  assertPolicyDomainCode,
  municipalityNotFound,
  policyDomainNotFound,
  regionNotFound,
  themeNotFound,
} from './directory.errors';
import {
  Municipality,
  MunicipalityFilter,
  PolicyDomain,
  Region,
  RegionKind,
  TooiTheme,
} from './directory.types';
import { ReferenceDataImporter } from './reference-data.importer';

export const DIRECTORY_OPTIONS = Symbol('DIRECTORY_OPTIONS');
export interface DirectoryOptions {
  /** Import the bundled reference data at start when the database holds an older version. */
  readonly importOnStart: boolean;
  /** How often an instance checks whether another instance imported new reference data (ms; 0 = never). */
  readonly refreshIntervalMs: number;
}
const DEFAULT_OPTIONS: DirectoryOptions = { importOnStart: true, refreshIntervalMs: 60_000 };

const MAX_SEARCH_LENGTH = 100;

/**
 * The hub's reference data: gemeenten, buurgemeenten, regions, BBV taakvelden and TOOI themes.
 * Readable by anyone. Served from an in-memory snapshot (ADR 0002); other domains use this
 * service for names, adjacency and the taakveld tree.
 */
@Injectable()
export class DirectoryService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DirectoryService.name);
  private snapshot = new DirectorySnapshot(
    {
      municipalities: [],
      neighbours: [],
      regions: [],
      regionMembers: [],
      policyDomains: [],
      successors: [],
      themes: [],
    },
    null,
  );
  private timer: NodeJS.Timeout | undefined;
  private readonly options: DirectoryOptions;

  constructor(
    private readonly repository: DirectoryRepository,
    private readonly importer: ReferenceDataImporter,
    @Optional() @Inject(DIRECTORY_OPTIONS) options?: Partial<DirectoryOptions>,
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
  }

  async onModuleInit(): Promise<void> {
    if (this.options.importOnStart) await this.importer.importIfOutdated();
    await this.reload();
    if (this.options.refreshIntervalMs > 0) {
      this.timer = setInterval(() => void this.refreshIfChanged(), this.options.refreshIntervalMs);
      this.timer.unref();
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Re-reads the reference data from the database. */
  async reload(): Promise<void> {
    const [data, checksum] = await Promise.all([this.repository.loadAll(), this.repository.latestChecksum()]);
    this.snapshot = new DirectorySnapshot(data, checksum);
  }

  private async refreshIfChanged(): Promise<void> {
    try {
      if ((await this.repository.latestChecksum()) !== this.snapshot.checksum) await this.reload();
    } catch (error) {
      this.logger.warn({ msg: 'reference data refresh failed', err: error });
    }
  }

  get isLoaded(): boolean {
    return !this.snapshot.isEmpty;
  }

  getMunicipality(code: string): Municipality {
    assertMunicipalityCode(code);
    const m = this.snapshot.municipality(code);
    if (!m) throw municipalityNotFound(code);
    return m;
  }

  findMunicipality(code: string): Municipality | undefined {
    return this.snapshot.municipality(code);
  }

  listMunicipalities(filter: MunicipalityFilter, page: ForwardPaginationArgs): Connection<Municipality> {
    let items: readonly Municipality[] = this.snapshot.municipalities;
    if (filter.regionId) {
      if (!this.snapshot.region(filter.regionId)) {
        throw new BadUserInputError(`Onbekende regio '${filter.regionId}'.`, {
          argument: 'filter.regionId',
          value: filter.regionId,
        });
      }
      items = this.snapshot.members(filter.regionId);
    }
    if (filter.province) {
      const province = filter.province;
      if (!this.snapshot.provinces.has(province)) {
        throw new BadUserInputError(
          `Onbekende provincie '${province}'. Kies uit: ${[...this.snapshot.provinces].sort().join(', ')}.`,
          { argument: 'filter.province', value: province },
        );
      }
      items = items.filter((m) => m.province === province);
    }
    const search = filter.search?.trim();
    if (search) {
      if (search.length > MAX_SEARCH_LENGTH) {
        throw new BadUserInputError(`Zoekterm is te lang (maximaal ${MAX_SEARCH_LENGTH} tekens).`, {
          argument: 'filter.search',
        });
      }
      const folded = foldForSearch(search);
      items = items.filter((m) => this.snapshot.matchesSearch(m.code, folded));
    }
    return connectionFromArray(items, page);
  }

  neighboursOf(code: string): readonly Municipality[] {
    return this.snapshot.neighbours(code);
  }

  areNeighbours(a: string, b: string): boolean {
    return this.snapshot.areNeighbours(a, b);
  }

  regionsOf(code: string, kind?: RegionKind | null): readonly Region[] {
    return this.snapshot.regionsOf(code, kind);
  }

  listRegions(kind?: RegionKind | null): readonly Region[] {
    return kind ? this.snapshot.regions.filter((r) => r.kind === kind) : this.snapshot.regions;
  }

  /** The region with this id, or undefined (a map lookup, for labelling many values). */
  findRegion(id: string): Region | undefined {
    return this.snapshot.region(id);
  }

  getRegion(id: string): Region {
    const region = this.snapshot.region(id);
    if (!region) throw regionNotFound(id);
    return region;
  }

  membersOf(regionId: string): readonly Municipality[] {
    return this.snapshot.members(regionId);
  }

  policyDomainTree(): readonly PolicyDomain[] {
    return this.snapshot.policyDomainRoots;
  }

  getPolicyDomain(code: string): PolicyDomain {
    assertPolicyDomainCode(code);
    const domain = this.snapshot.policyDomain(code);
    if (!domain) throw policyDomainNotFound(code);
    return domain;
  }

  findPolicyDomain(code: string): PolicyDomain | undefined {
    return this.snapshot.policyDomain(code);
  }

  /**
   * The codes a filter on these taakvelden finds: with everything below them, the successors of
   * superseded ones and the superseded ones they replaced (policyDomainFilterCodes). Unknown codes
   * are the caller's to refuse first.
   */
  policyDomainFilterCodes(codes: readonly string[]): string[] {
    return [...new Set(codes.flatMap((code) => policyDomainFilterCodes(code, this.taxonomy)))];
  }

  private readonly taxonomy: TaxonomyView = {
    childrenOf: (code) => this.policyDomainChildren(code),
    successorsOf: (code) => this.supersededBy(code),
    predecessorsOf: (code) => this.supersedes(code),
  };

  /**
   * The codes with all their ancestors (`6.752` → `6.752`, `6`), for search documents: a search
   * filtered on a hoofdstuk finds the items of its taakvelden. Unknown codes are kept as they are.
   */
  policyDomainPaths(codes: readonly string[]): string[] {
    const out = new Set<string>();
    for (const code of codes) {
      let domain = this.snapshot.policyDomain(code);
      out.add(code);
      while (domain?.parentCode) {
        out.add(domain.parentCode);
        domain = this.snapshot.policyDomain(domain.parentCode);
      }
    }
    return [...out];
  }

  /** The ids of every region the given gemeenten belong to (unknown codes are skipped). */
  regionIdsOf(municipalityCodes: readonly string[]): string[] {
    const out = new Set<string>();
    for (const code of municipalityCodes) for (const r of this.regionsOf(code)) out.add(r.id);
    return [...out];
  }

  policyDomainChildren(code: string): readonly PolicyDomain[] {
    return this.snapshot.policyDomainChildrenOf(code);
  }

  policyDomainParent(domain: PolicyDomain): PolicyDomain | null {
    return domain.parentCode === null ? null : (this.snapshot.policyDomain(domain.parentCode) ?? null);
  }

  supersededBy(code: string): readonly PolicyDomain[] {
    return this.snapshot.supersededBy(code);
  }

  supersedes(code: string): readonly PolicyDomain[] {
    return this.snapshot.supersedes(code);
  }

  themeTree(): readonly TooiTheme[] {
    return this.snapshot.themeRoots;
  }

  getTheme(code: string): TooiTheme {
    const theme = this.snapshot.theme(code);
    if (!theme) throw themeNotFound(code);
    return theme;
  }

  themeChildren(code: string): readonly TooiTheme[] {
    return this.snapshot.themeChildrenOf(code);
  }

  themeParent(theme: TooiTheme): TooiTheme | null {
    return theme.parentCode === null ? null : (this.snapshot.theme(theme.parentCode) ?? null);
  }
}
