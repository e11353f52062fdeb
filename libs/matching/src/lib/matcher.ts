import type { SearchDocumentType, SearchEngine, SearchFilter } from '@ksp/search';
import type { MatchingConfig } from './matching.config';
import type {
  ExpertCandidate,
  ExpertMatch,
  Match,
  MatchQuery,
  MatchViewer,
  QuestionCandidate,
  ReportCandidate,
  TextScore,
} from './matching.types';
import { areaOf, type GeographyView } from './ranking/geography';
import { rankExperts, rankQuestions, rankReports, type RankingContext } from './ranking/rank';
import { neighbourhoodCodes, type TaxonomyView } from './ranking/taxonomy';
import { queryText } from './ranking/text';

/**
 * Where the matcher reads candidates. The hub implements it over the content libraries' services
 * (every read through the policy layer, for `viewer`); the evaluation tool over its generated
 * corpus. `V` is whoever reads (the Actor in the hub).
 */
export interface MatchingSources<V> {
  /**
   * Profiles WITH consent that the viewer may see: those among `ids`, those holding any of
   * `policyDomainCodes` (the asked taakvelden; at most `limit`) and those holding any of
   * `nearPolicyDomainCodes` (their siblings and hoofdstuk; at most `limit`), with their track record
   * in `trackRecordCodes`, their open routed questions and their declines.
   */
  expertCandidates(viewer: V, criteria: ExpertCriteria): Promise<ExpertCandidate[]>;
  /** Published reports among these ids that the viewer may see. */
  reports(viewer: V, ids: readonly string[]): Promise<ReportCandidate[]>;
  /** Questions among these ids that the viewer may see (`hasAcceptedAnswer` set). */
  questions(viewer: V, ids: readonly string[]): Promise<QuestionCandidate[]>;
}

export interface ExpertCriteria {
  readonly ids: readonly string[];
  readonly policyDomainCodes: readonly string[];
  readonly nearPolicyDomainCodes: readonly string[];
  /**
   * The taakveld reads only: profiles of these gemeenten (the asker's area: its buurgemeenten and
   * regions); null for everywhere. Experts elsewhere come in through the text search.
   */
  readonly municipalityCodes: readonly string[] | null;
  readonly limit: number;
  readonly trackRecordCodes: readonly string[];
}

/** The taakvelden around the asked ones: the same (with successors and predecessors), and near. */
export interface Around {
  readonly exact: readonly string[];
  readonly near: readonly string[];
}

export interface MatchOptions {
  /** How many of each; 0 skips that kind. */
  readonly experts: number;
  readonly reports: number;
  readonly questions: number;
  readonly exclude?: {
    readonly profileIds?: readonly string[];
    /** Experts who are these users (the asker themselves). */
    readonly userIds?: readonly string[];
    readonly reportIds?: readonly string[];
    readonly questionIds?: readonly string[];
  };
  /** Questions: only those with an accepted answer (default true). */
  readonly answeredOnly?: boolean;
}

export interface MatchResult {
  readonly experts: readonly ExpertMatch[];
  readonly reports: readonly Match<ReportCandidate>[];
  readonly questions: readonly Match<QuestionCandidate>[];
}

/** A query word, and whether it matches as a prefix (the word being typed in a draft). */
interface Term {
  readonly word: string;
  readonly prefix: boolean;
  /** Typos are forgiven while typing (a draft). */
  readonly typos: boolean;
}

/** Per document: its summed BM25 over the query's terms, and which terms it contains. */
type RawScores = Map<string, { score: number; terms: string[] }>;

interface TermHits {
  readonly raw: RawScores;
  /** Entity ids of the hits, best first. */
  readonly ids: string[];
}

const MAX_IDS_PER_SEARCH = 100;

/**
 * Matches a query to experts, reports and earlier questions: text relevance from the search engine
 * (always with the viewer's access keys, so that nothing invisible is ever a candidate), plus
 * candidates by taakveld, then the ranking core (ranking/rank.ts) re-ranks them.
 */
export class Matcher<V> {
  constructor(
    private readonly engine: SearchEngine,
    private readonly sources: MatchingSources<V>,
    private readonly taxonomy: TaxonomyView,
    private readonly geography: GeographyView,
    private readonly config: MatchingConfig,
    /** Every taakveld code of the directory (for reading candidates around the asked ones). */
    private readonly allCodes: () => readonly string[],
  ) {}

  /**
   * Where candidates are read: the asked codes with their successors and predecessors (`exact`),
   * and their siblings and hoofdstuk (`near`).
   */
  around(codes: readonly string[]): Around {
    if (codes.length === 0) return { exact: [], near: [] };
    const exact = new Set(codes);
    for (const c of codes) {
      for (const s of this.taxonomy.successorsOf(c)) exact.add(s);
      for (const p of this.taxonomy.predecessorsOf(c)) exact.add(p);
    }
    const near = neighbourhoodCodes(codes, this.allCodes(), this.taxonomy, this.config.taxonomy).filter(
      (c) => !exact.has(c),
    );
    return { exact: [...exact], near };
  }

  context(view: MatchViewer, now: Date): RankingContext {
    return {
      taxonomy: this.taxonomy,
      geography: this.geography,
      config: this.config,
      viewerMunicipalityCode: view.municipalityCode,
      now,
    };
  }

  async match(
    viewer: V,
    view: MatchViewer,
    query: MatchQuery,
    o: MatchOptions,
    now: Date,
  ): Promise<MatchResult> {
    const terms = this.terms(query);
    const around = this.around(query.policyDomainCodes);
    const [experts, reports, questions] = await Promise.all([
      o.experts > 0 ? this.experts(viewer, view, query, terms, around, o, o.experts, now) : [],
      o.reports > 0 ? this.reports(viewer, view, query, terms, o, now) : [],
      o.questions > 0 ? this.questions(viewer, view, query, terms, o, now) : [],
    ]);
    return { experts, reports, questions };
  }

  /** The best `limit` experts for the query, with reasons (routing picks from these). */
  rankedExperts(
    viewer: V,
    view: MatchViewer,
    query: MatchQuery,
    o: Pick<MatchOptions, 'exclude'>,
    limit: number,
    now: Date,
  ): Promise<ExpertMatch[]> {
    return this.experts(
      viewer,
      view,
      query,
      this.terms(query),
      this.around(query.policyDomainCodes),
      o,
      limit,
      now,
    );
  }

  /**
   * Text relevance alone, as the search engine gives it (the same scores the matcher uses as its
   * text signal): the evaluation's baseline.
   */
  async textOnly(
    view: MatchViewer,
    query: MatchQuery,
    type: SearchDocumentType,
    filter: SearchFilter = {},
  ): Promise<{ id: string; score: number }[]> {
    // Over everything the viewer may see, without the taakveld: what a search engine alone knows.
    const scores = normalise((await this.search(view, this.terms(query), type, filter)).raw);
    return [...scores]
      .map(([id, s]) => ({ id, score: s.score }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  private terms(query: MatchQuery): Term[] {
    const words = queryText(query.title, query.body, this.config.maxQueryTerms).split(' ').filter(Boolean);
    if (!query.draft) return words.map((word) => ({ word, prefix: false, typos: false }));
    // Search as you type: the word being typed (the last one) also matches as a prefix.
    const typed = queryText('', query.body.trim() ? query.body : query.title, 10_000).split(' ');
    const last = typed[typed.length - 1] ?? '';
    return words.map((word) => ({ word, prefix: word === last, typos: true }));
  }

  private async experts(
    viewer: V,
    view: MatchViewer,
    query: MatchQuery,
    terms: readonly Term[],
    around: Around,
    o: Pick<MatchOptions, 'exclude'>,
    limit: number,
    now: Date,
  ): Promise<ExpertMatch[]> {
    const text = await this.search(view, terms, 'expertise_profile', {}, around);
    const candidates = await this.sources.expertCandidates(viewer, {
      ids: text.ids,
      policyDomainCodes: around.exact,
      nearPolicyDomainCodes: around.near,
      municipalityCodes: areaOf(query.municipalityCode, this.geography, this.config.geography),
      limit: this.config.candidates.profiles,
      trackRecordCodes: [...around.exact, ...around.near],
    });
    const excludedProfiles = new Set(o.exclude?.profileIds ?? []);
    const excludedUsers = new Set(o.exclude?.userIds ?? []);
    return rankExperts(
      query,
      candidates.filter(
        (c) => c.consent && !excludedProfiles.has(c.id) && !(c.userId && excludedUsers.has(c.userId)),
      ),
      normalise(text.raw),
      this.context(view, now),
      limit,
    );
  }

  private async reports(
    viewer: V,
    view: MatchViewer,
    query: MatchQuery,
    terms: readonly Term[],
    o: MatchOptions,
    now: Date,
  ): Promise<Match<ReportCandidate>[]> {
    const text = await this.search(view, terms, 'report', { statuses: ['PUBLISHED'] });
    const excluded = new Set(o.exclude?.reportIds ?? []);
    const found = await this.sources.reports(
      viewer,
      text.ids.filter((id) => !excluded.has(id)),
    );
    return rankReports(query, found, normalise(text.raw), this.context(view, now), o.reports);
  }

  private async questions(
    viewer: V,
    view: MatchViewer,
    query: MatchQuery,
    terms: readonly Term[],
    o: MatchOptions,
    now: Date,
  ): Promise<Match<QuestionCandidate>[]> {
    const answeredOnly = o.answeredOnly ?? true;
    const filter: SearchFilter = answeredOnly ? { statuses: ['ANSWERED'] } : {};
    const text = await this.search(view, terms, 'question', filter);
    const excluded = new Set(o.exclude?.questionIds ?? []);
    const found = await this.sources.questions(
      viewer,
      text.ids.filter((id) => !excluded.has(id)),
    );
    const candidates = answeredOnly ? found : found.map((q) => ({ ...q, hasAcceptedAnswer: true }));
    return rankQuestions(query, candidates, normalise(text.raw), this.context(view, now), o.questions);
  }

  /**
   * Text relevance of the query among the viewer's documents of a type. The engines match every
   * word of a query (Meilisearch's strategy "all"), which a question of a few sentences rarely
   * does as a whole; so each term is searched on its own and a document's BM25 scores add up over
   * the terms it contains (what BM25 does for a query of any of the words).
   *
   * For experts, per term a second search within the taakvelden around the asked ones: the
   * database adds the profiles of those taakvelden as candidates, and this scores the text of those
   * that contain the term even when other fields fill the first page. Filters do not change a
   * document's score for a term, so the two merge into one score per document. (For reports and
   * questions the first search is enough: measured in tools/matching-eval, the second one changed
   * nothing but the time.)
   */
  private async search(
    view: MatchViewer,
    terms: readonly Term[],
    type: SearchDocumentType,
    filter: SearchFilter,
    around?: Around,
  ): Promise<TermHits> {
    if (terms.length === 0) return { raw: new Map(), ids: [] };
    // Taakvelden only: a filter on a hoofdstuk would find everything below it.
    const domains = around ? [...around.exact, ...around.near].filter((c) => c.includes('.')) : [];
    const request = (t: Term, extra: SearchFilter, limit: number) =>
      this.engine.search({
        query: t.word,
        accessKeys: view.accessKeys,
        filter: { ...filter, ...extra, types: [type] },
        limit,
        highlight: false,
        prefixLastWord: t.prefix,
        // Typos are forgiven while typing (a draft); a question's own words are searched as written
        // (each typo expansion is more of the index to read, for every word of every question).
        typoTolerance: t.typos,
      });
    const results = await Promise.all(
      terms.map(async (t) => {
        const limit = Math.min(MAX_IDS_PER_SEARCH, this.config.candidates.searchHits);
        const all = await request(t, {}, limit);
        // Within the taakvelden only when the first search left some out, and only for words
        // that are not common (a common word weighs little, and reading it again costs most).
        const more =
          domains.length > 0 &&
          all.totalCount > all.hits.length &&
          all.totalCount <= this.config.candidates.commonWordHits;
        const inDomain = more ? await request(t, { policyDomains: domains }, MAX_IDS_PER_SEARCH) : null;
        const hits = new Map<string, number>();
        for (const h of [...all.hits, ...(inDomain?.hits ?? [])]) hits.set(h.entityId, h.score);
        return hits;
      }),
    );
    const raw: RawScores = new Map();
    results.forEach((hits, i) => {
      for (const [id, score] of hits) {
        const entry = raw.get(id) ?? { score: 0, terms: [] };
        entry.score += score;
        entry.terms.push(terms[i]!.word);
        raw.set(id, entry);
      }
    });
    const ranked = [...raw].sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1));
    return { raw: new Map(ranked), ids: ranked.map(([id]) => id) };
  }
}

/** Summed term scores to [0, 1]: divided by the best document's. */
function normalise(raw: RawScores): Map<string, TextScore> {
  let top = 0;
  for (const s of raw.values()) top = Math.max(top, s.score);
  const out = new Map<string, TextScore>();
  for (const [id, s] of raw) out.set(id, { score: top > 0 ? Math.min(1, s.score / top) : 0, terms: s.terms });
  return out;
}
