import { Inject, Injectable } from '@nestjs/common';
import { CurationService, type Dossier } from '@ksp/curation';
import { DirectoryService, type RegionKind } from '@ksp/directory';
import { ExpertiseService } from '@ksp/expertise';
import { PolicyService, type Actor } from '@ksp/identity';
import { QuestionsService } from '@ksp/questions';
import { ReportsService } from '@ksp/reports';
import {
  SEARCH_ENGINE,
  SearchUnavailableError,
  type FacetValueCount,
  type SearchDocumentType,
  type SearchEngine,
  type SearchFacetField,
  type SearchHighlight,
  type SearchRequest,
  type SearchResult,
  type SearchSort,
  type Suggestion,
} from '@ksp/search';
import { BadUserInputError, DomainError, ErrorCode, encodeOffsetCursor, offsetWindow } from '@ksp/shared';

/** What a reader can ask for (the GraphQL arguments, checked here). */
export interface SearchQuery {
  readonly query: string;
  readonly filter?: {
    readonly types?: readonly SearchDocumentType[] | null;
    readonly policyDomains?: readonly string[] | null;
    readonly municipalities?: readonly string[] | null;
    readonly regions?: readonly string[] | null;
    readonly years?: readonly number[] | null;
    readonly statuses?: readonly string[] | null;
    readonly tags?: readonly string[] | null;
  } | null;
  readonly sort?: SearchSort | null;
  readonly first?: number | null;
  readonly after?: string | null;
  readonly facets?: readonly SearchFacetField[] | null;
}

/** A hit with its item as the content library gives it to this reader. */
export interface FoundItem {
  readonly type: SearchDocumentType;
  readonly id: string;
  readonly score: number;
  readonly highlights: readonly SearchHighlight[];
  /** A Question, Report, ExpertiseProfile (domain objects) or a Dossier. */
  readonly item: object;
}

export interface LabelledFacet {
  readonly field: SearchFacetField;
  readonly values: readonly { value: string; label: string; count: number }[];
}

export interface SearchPage {
  readonly totalCount: number;
  readonly hits: readonly FoundItem[];
  readonly facets: readonly LabelledFacet[];
  readonly pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

export const DEFAULT_FACETS: readonly SearchFacetField[] = [
  'type',
  'policyDomainPaths',
  'municipalityCodes',
  'regionIds',
  'year',
  'status',
];

export const MAX_QUERY_LENGTH = 200;
/** How deep one can page (offset + page size); beyond it, narrow the search. */
export const MAX_SEARCH_WINDOW = 1000;

const TYPE_LABELS: Record<SearchDocumentType, string> = {
  question: 'Vraag',
  report: 'Rapport',
  expertise_profile: 'Expertiseprofiel',
  dossier: 'Dossier',
};

const STATUS_LABELS: Record<string, string> = {
  OPEN: 'Open',
  ANSWERED: 'Beantwoord',
  CLOSED: 'Gesloten',
  SUBMITTED: 'Ingediend',
  PUBLISHED: 'Gepubliceerd',
  REJECTED: 'Afgewezen',
  ARCHIVED: 'Gearchiveerd',
  AVAILABLE: 'Beschikbaar',
  LIMITED: 'Beperkt beschikbaar',
  UNAVAILABLE: 'Niet beschikbaar',
};

/**
 * A region's kind in its label: a province and a veiligheidsregio can share a name (provincie
 * Utrecht, veiligheidsregio Utrecht). "Provincie Utrecht" is how both are officially called.
 */
const REGION_KIND_LABELS: Record<RegionKind, string> = {
  PROVINCE: 'Provincie',
  VEILIGHEIDSREGIO: 'Veiligheidsregio',
  CUSTOM: 'Kennisregio',
};

/** "Provincie Utrecht"; a name that already starts with its kind ("Kennisregio Oost") as it is. */
export function regionLabel(region: { kind: RegionKind; name: string }): string {
  const kind = REGION_KIND_LABELS[region.kind];
  return region.name.toLowerCase().startsWith(`${kind.toLowerCase()} `)
    ? region.name
    : `${kind} ${region.name}`;
}

const MUNICIPALITY_CODE = /^GM\d{4}$/;

/** Objects in hits → their type, for the GraphQL union (content objects are the libraries' own). */
export const foundType = new WeakMap<object, SearchDocumentType>();

/**
 * Search and autocomplete over everything, always through the policy layer: the engine gets the
 * reader's access keys, so hits, totals and facet counts only count what the reader may see; the
 * hits are then read through the content libraries with the same reader (a hit that the database
 * says is no longer visible — the index lags by at most a moment — is left out).
 */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly policy: PolicyService,
    private readonly directory: DirectoryService,
    private readonly questions: QuestionsService,
    private readonly reports: ReportsService,
    private readonly expertise: ExpertiseService,
    private readonly curation: CurationService,
  ) {}

  async search(actor: Actor | null, q: SearchQuery): Promise<SearchPage> {
    const query = q.query.trim();
    if (query.length > MAX_QUERY_LENGTH) {
      throw new BadUserInputError(`Een zoekvraag is hoogstens ${MAX_QUERY_LENGTH} tekens.`, {
        argument: 'query',
      });
    }
    const { start, first } = offsetWindow({ first: q.first ?? undefined, after: q.after ?? undefined });
    if (start + first > MAX_SEARCH_WINDOW) {
      throw new BadUserInputError(
        `Zoekresultaten gaan tot nummer ${MAX_SEARCH_WINDOW}; verfijn de zoekvraag of de filters.`,
        { argument: 'after' },
      );
    }
    const facets = q.facets?.length ? [...new Set(q.facets)] : DEFAULT_FACETS;
    const request: SearchRequest = {
      query,
      accessKeys: this.policy.filterFor(actor).keys,
      filter: this.checkedFilter(q.filter ?? {}),
      sort: q.sort ?? 'RELEVANCE',
      offset: start,
      limit: first,
      facets,
    };
    const result = await this.call(() => this.engine.search(request));
    const hits = await this.hydrate(actor, result);
    return {
      totalCount: result.totalCount,
      hits,
      facets: facets.map((field) => ({ field, values: this.labelled(field, result.facets[field] ?? []) })),
      pageInfo: {
        hasNextPage: start + result.hits.length < result.totalCount,
        hasPreviousPage: start > 0,
        startCursor: result.hits.length ? encodeOffsetCursor(start) : null,
        endCursor: result.hits.length ? encodeOffsetCursor(start + result.hits.length - 1) : null,
      },
    };
  }

  async suggest(
    actor: Actor | null,
    prefix: string,
    types: readonly SearchDocumentType[] | null | undefined,
    first: number,
  ): Promise<readonly Suggestion[]> {
    const text = prefix.trim();
    if (text.length === 0) return [];
    if (text.length > 100) {
      throw new BadUserInputError('Een zoekbegin is hoogstens 100 tekens.', { argument: 'prefix' });
    }
    return this.call(() =>
      this.engine.suggest({
        prefix: text,
        accessKeys: this.policy.filterFor(actor).keys,
        types: types?.length ? types : undefined,
        limit: first,
      }),
    );
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (e instanceof SearchUnavailableError) {
        throw new DomainError(
          ErrorCode.SEARCH_UNAVAILABLE,
          'Zoeken is even niet beschikbaar. Probeer het zo opnieuw; wat u schrijft, wordt wel bewaard.',
        );
      }
      throw e;
    }
  }

  private checkedFilter(f: NonNullable<SearchQuery['filter']>): SearchRequest['filter'] {
    const policyDomains = distinct(f.policyDomains);
    for (const code of policyDomains) {
      if (!this.directory.findPolicyDomain(code)) {
        throw new BadUserInputError(`Onbekend taakveld '${code}'.`, {
          argument: 'filter.policyDomains',
          value: code,
        });
      }
    }
    const municipalities = distinct(f.municipalities);
    for (const code of municipalities) {
      if (!MUNICIPALITY_CODE.test(code) || !this.directory.findMunicipality(code)) {
        throw new BadUserInputError(`Onbekende gemeentecode '${code}'.`, {
          argument: 'filter.municipalities',
          value: code,
        });
      }
    }
    const regions = distinct(f.regions);
    for (const id of regions) {
      if (!this.directory.findRegion(id)) {
        throw new BadUserInputError(`Onbekende regio '${id}'.`, { argument: 'filter.regions', value: id });
      }
    }
    return {
      types: f.types?.length ? [...new Set(f.types)] : undefined,
      // A taakveld finds its descendants and, across a BBV change, its successors and predecessors.
      policyDomains: policyDomains.length ? this.directory.policyDomainFilterCodes(policyDomains) : undefined,
      municipalities: municipalities.length ? municipalities : undefined,
      regions: regions.length ? regions : undefined,
      years: f.years?.length ? [...new Set(f.years)] : undefined,
      statuses: f.statuses?.length ? distinct(f.statuses) : undefined,
      tags: f.tags?.length ? distinct(f.tags).map((t) => t.toLowerCase()) : undefined,
    };
  }

  private async hydrate(actor: Actor | null, result: SearchResult): Promise<FoundItem[]> {
    const idsOf = (type: SearchDocumentType) =>
      result.hits.filter((h) => h.type === type).map((h) => h.entityId);
    const [questions, reports, profiles, dossiers] = await Promise.all([
      this.questions.questionsByIds(actor, idsOf('question')),
      this.reports.byIds(actor, idsOf('report')),
      this.expertise.byIds(actor, idsOf('expertise_profile')),
      this.curation.dossiersByIds(actor, idsOf('dossier')),
    ]);
    const maps: Record<SearchDocumentType, Map<string, object>> = {
      question: questions,
      report: reports,
      expertise_profile: profiles,
      dossier: dossiers as Map<string, Dossier>,
    };
    const found: FoundItem[] = [];
    for (const hit of result.hits) {
      const item = maps[hit.type].get(hit.entityId);
      if (!item) continue;
      foundType.set(item, hit.type);
      found.push({ type: hit.type, id: hit.entityId, score: hit.score, highlights: hit.highlights, item });
    }
    return found;
  }

  private labelled(field: SearchFacetField, values: readonly FacetValueCount[]) {
    // Type values as the GraphQL enum spells them (QUESTION), so a facet value is a filter value.
    return values.map(({ value, count }) => ({
      value: field === 'type' ? value.toUpperCase() : value,
      count,
      label: this.label(field, value),
    }));
  }

  private label(field: SearchFacetField, value: string): string {
    switch (field) {
      case 'type':
        return TYPE_LABELS[value as SearchDocumentType] ?? value;
      case 'policyDomainPaths': {
        const domain = this.directory.findPolicyDomain(value);
        return domain ? `${domain.code} ${domain.name}` : value;
      }
      case 'municipalityCodes':
        return this.directory.findMunicipality(value)?.name ?? value;
      case 'regionIds': {
        const region = this.directory.findRegion(value);
        return region ? regionLabel(region) : value;
      }
      case 'status':
        return STATUS_LABELS[value] ?? value;
      default:
        return value;
    }
  }
}

function distinct(values: readonly string[] | null | undefined): string[] {
  return [...new Set((values ?? []).map((v) => v.trim()).filter((v) => v !== ''))];
}
