/**
 * Every number the matcher ranks and routes with, in one place, with its default and why.
 *
 * A hub overrides any part through `MatchingModule.forRoot({ config })` (a deep partial: only what
 * differs). Geography in particular is per hub: a hub whose own kennisregio matters more than the
 * province raises `geography.regionKinds.CUSTOM` and lowers `PROVINCE`.
 *
 * How a score is made (libs/matching/src/lib/ranking/rank.ts):
 *   relevance signals s_i in [0, 1] (text, taakveld, keywords, geography, track record, recency)
 *   base   = Σ w_i · s_i / Σ w_i                      (the weights below, per kind of match)
 *   expert = base · availability · load · declines   (multipliers in [0, 1])
 * A candidate needs some topical relevance (text, taakveld or keywords ≥ `minRelevance`);
 * geography or a good track record alone never make a match.
 */
export interface SignalWeights {
  /** Relevance from the search engine, normalised to the best hit of the query (1.0). */
  readonly text: number;
  /** Taakveld proximity in the BBV tree (see `taxonomy`). */
  readonly policyDomain: number;
  /** Shared keywords and tags (with the hub's Dutch synonyms). */
  readonly keywords: number;
  /** Same gemeente, a buurgemeente, a shared region (see `geography`). */
  readonly geography: number;
  /** Experts: answers given and accepted in these taakvelden, and how fast. */
  readonly trackRecord: number;
  /** Reports: how recent (see `recencyHalfLifeYears`). */
  readonly recency: number;
}

export interface TaxonomyProximity {
  /** The same taakveld. */
  readonly same: number;
  /** A superseded taakveld and one of its successors (6.72 and 6.752). */
  readonly successor: number;
  /** Siblings: the same parent group (6.711 and 6.712; 6.751 and 6.762, both from 6.72). */
  readonly sibling: number;
  /** The same branch of a hoofdstuk (6.711 and 6.752, both 6.7…). */
  readonly branch: number;
  /** One side is the hoofdstuk itself (a generalist in "6 Sociaal domein" for 6.752). */
  readonly hoofdstuk: number;
  /** Only the hoofdstuk is shared (6.3 and 6.752). */
  readonly chapter: number;
  /** Multiplier for the holder's level in the taakveld. */
  readonly levels: { readonly EXPERT: number; readonly GEVORDERD: number; readonly BASIS: number };
}

export interface GeographyWeights {
  /** The candidate is in the asker's own gemeente. */
  readonly sameMunicipality: number;
  /** A buurgemeente (they share a border). */
  readonly neighbour: number;
  /** A shared region, by its kind; the best shared region counts. */
  readonly regionKinds: { readonly [kind: string]: number };
}

export interface TrackRecordSettings {
  /** Accepted answers count fully; other answers count this much. */
  readonly answerWeight: number;
  /** Score 1 − e^(−effective / saturation): about 0.63 at this many accepted answers. */
  readonly saturation: number;
  /** A median time to a first answer up to this many minutes counts as fast (no discount). */
  readonly fastMinutes: number;
  /** Beyond this median (minutes) the track record is discounted by `slowFactor`. */
  readonly slowMinutes: number;
  readonly slowFactor: number;
}

export interface RoutingSettings {
  /** How many experts get a new question in "Vragen voor jou" on publish (and per escalation). */
  readonly expertsPerQuestion: number;
  /** A question nobody answered this many days after routing goes to the next experts. */
  readonly escalationDays: number;
  /** At most this many escalations per question. */
  readonly maxEscalations: number;
  /** How often the module looks for overdue questions (ms; 0 = never, e.g. in tests). */
  readonly escalationCheckIntervalMs: number;
  /** Experts below this score are not routed to, even when too few are left. */
  readonly minScore: number;
}

export interface MatchingConfig {
  readonly experts: SignalWeights;
  readonly reports: SignalWeights;
  readonly questions: SignalWeights;
  readonly taxonomy: TaxonomyProximity;
  readonly geography: GeographyWeights;
  readonly trackRecord: TrackRecordSettings;
  /** Multiplier by availability: UNAVAILABLE experts are shown lower and never routed to. */
  readonly availability: {
    readonly AVAILABLE: number;
    readonly LIMITED: number;
    readonly UNAVAILABLE: number;
  };
  /** Multiplier 1 − loadPenalty · (open routed questions / maximum): spreads the load. */
  readonly loadPenalty: number;
  /**
   * Declines ("niet mijn expertise") lower an expert for similar taakvelden: each decline
   * multiplies by 1 − penalty · proximity(declined taakveld, asked taakveld) · 0.5^(age / halfLife).
   */
  readonly declines: {
    readonly NOT_MY_EXPERTISE: number;
    readonly NO_CAPACITY: number;
    readonly OTHER: number;
    readonly halfLifeDays: number;
    /** The product never goes below this. */
    readonly floor: number;
  };
  /** Reports: relevance halves every this many years since publication. */
  readonly recencyHalfLifeYears: number;
  /** Topical relevance (max of text, taakveld, keywords) a candidate needs at least. */
  readonly minRelevance: number;
  /**
   * Words of a question searched for its text relevance: the title's first, then the body's, stop
   * words left out. Each is searched on its own and the scores add up (the engines match every
   * word of one query, which a question of a few sentences rarely does as a whole).
   */
  readonly maxQueryTerms: number;
  /** How many matches of each kind a query returns by default, and at most. */
  readonly limits: {
    readonly experts: number;
    readonly reports: number;
    readonly questions: number;
    readonly people: number;
    readonly max: number;
  };
  /**
   * Candidates read before ranking: search hits per word and kind; profiles per taakveld read (of
   * the asker's area); and above how many hits of a kind a word counts as common (it is then not
   * searched a second time within the asked taakvelden: it weighs little and costs most).
   */
  readonly candidates: {
    readonly searchHits: number;
    readonly profiles: number;
    readonly commonWordHits: number;
  };
  readonly routing: RoutingSettings;
}

export const DEFAULT_MATCHING_CONFIG: MatchingConfig = {
  // Text and taakveld carry most; geography counts because "other gemeenten, especially in their
  // own region, are their most important source of knowledge" (PRODUCT.md).
  experts: { text: 0.3, policyDomain: 0.3, keywords: 0.1, geography: 0.18, trackRecord: 0.12, recency: 0 },
  reports: { text: 0.45, policyDomain: 0.25, keywords: 0.08, geography: 0.1, trackRecord: 0, recency: 0.12 },
  questions: { text: 0.5, policyDomain: 0.25, keywords: 0.1, geography: 0.15, trackRecord: 0, recency: 0 },
  taxonomy: {
    same: 1,
    successor: 0.85,
    sibling: 0.6,
    branch: 0.4,
    hoofdstuk: 0.45,
    chapter: 0.2,
    levels: { EXPERT: 1, GEVORDERD: 0.85, BASIS: 0.65 },
  },
  geography: {
    sameMunicipality: 1,
    neighbour: 0.8,
    // CUSTOM: a hub's own kennisregio; VEILIGHEIDSREGIO: the closest official region we hold.
    regionKinds: { CUSTOM: 0.6, VEILIGHEIDSREGIO: 0.5, PROVINCE: 0.3 },
  },
  trackRecord: {
    answerWeight: 0.35,
    saturation: 3,
    fastMinutes: 2 * 24 * 60,
    slowMinutes: 14 * 24 * 60,
    slowFactor: 0.7,
  },
  availability: { AVAILABLE: 1, LIMITED: 0.75, UNAVAILABLE: 0.35 },
  loadPenalty: 0.3,
  declines: { NOT_MY_EXPERTISE: 0.5, NO_CAPACITY: 0, OTHER: 0.2, halfLifeDays: 365, floor: 0.2 },
  recencyHalfLifeYears: 4,
  minRelevance: 0.15,
  // Each word is a search per kind of match: 5 keeps matchesForQuestion within its latency budget
  // at 100 000 documents (tools/matching-eval latency), at no cost in the evaluation (8 words:
  // nDCG@5 0.631, 6: 0.633, 5: 0.641).
  maxQueryTerms: 5,
  limits: { experts: 5, reports: 5, questions: 5, people: 10, max: 20 },
  candidates: { searchHits: 60, profiles: 1000, commonWordHits: 600 },
  routing: {
    expertsPerQuestion: 3,
    escalationDays: 5,
    maxEscalations: 2,
    escalationCheckIntervalMs: 60 * 60 * 1000,
    minScore: 0.15,
  },
};

export type DeepPartial<T> = { readonly [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The defaults with `override` laid over them (objects merged, other values replaced). */
export function matchingConfig(override: DeepPartial<MatchingConfig> = {}): MatchingConfig {
  const merge = (base: unknown, over: unknown): unknown => {
    if (!isObject(base) || !isObject(over)) return over === undefined ? base : over;
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = merge(base[k], v);
    return out;
  };
  return merge(DEFAULT_MATCHING_CONFIG, override) as MatchingConfig;
}
