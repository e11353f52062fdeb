/** Plain records of the matching library (no TypeORM, no GraphQL). */

/** What is being matched: a question, a draft being typed, or a report. */
export interface MatchQuery {
  readonly title: string;
  /** Plain text or Markdown. */
  readonly body: string;
  /** BBV taakvelden as given (superseded codes allowed). */
  readonly policyDomainCodes: readonly string[];
  /** Tags (canonical), if any. */
  readonly tags: readonly string[];
  /** Where the need is: the asker's gemeente (or the report's). Geography is relative to it. */
  readonly municipalityCode: string | null;
  /** Search-as-you-type: the last word also matches as a prefix. */
  readonly draft?: boolean;
}

/** What the reasons call "uw gemeente": the viewer's own gemeente. */
export interface MatchViewer {
  /** The viewer's access keys (PolicyService.filterFor(actor).keys): the search engine filters on them. */
  readonly accessKeys: readonly string[];
  readonly municipalityCode: string | null;
}

export const ExpertLevel = { BASIS: 'BASIS', GEVORDERD: 'GEVORDERD', EXPERT: 'EXPERT' } as const;
export type ExpertLevel = (typeof ExpertLevel)[keyof typeof ExpertLevel];

export type ExpertAvailability = 'AVAILABLE' | 'LIMITED' | 'UNAVAILABLE';

export const DeclineReason = {
  NOT_MY_EXPERTISE: 'NOT_MY_EXPERTISE',
  NO_CAPACITY: 'NO_CAPACITY',
  OTHER: 'OTHER',
} as const;
export type DeclineReason = (typeof DeclineReason)[keyof typeof DeclineReason];

/** An earlier "niet mijn expertise" (or other decline) of an expert: it lowers similar matches. */
export interface DeclineRecord {
  readonly policyDomainCodes: readonly string[];
  readonly reason: DeclineReason;
  readonly at: Date;
}

/** Answers of a user on questions in the taakvelden of the query (and around them). */
export interface TrackRecord {
  readonly answersGiven: number;
  readonly acceptedAnswers: number;
  readonly medianMinutesToFirstAnswer: number | null;
}

export const NO_TRACK_RECORD: TrackRecord = Object.freeze({
  answersGiven: 0,
  acceptedAnswers: 0,
  medianMinutesToFirstAnswer: null,
});

/** An expertise profile as the ranking sees it. */
export interface ExpertCandidate {
  readonly id: string;
  readonly kind: string;
  readonly userId: string | null;
  readonly displayName: string;
  readonly organisationCode: string | null;
  readonly municipalityCode: string | null;
  /** Explicit consent to be recommended. Without it a profile is never matched. */
  readonly consent: boolean;
  readonly availability: ExpertAvailability;
  readonly maxOpenQuestions: number;
  /** Routed questions still open for this expert. */
  readonly openRouted: number;
  readonly policyDomains: readonly { readonly code: string; readonly level: ExpertLevel }[];
  readonly keywords: readonly string[];
  readonly trackRecord: TrackRecord;
  readonly declines: readonly DeclineRecord[];
}

export interface ReportCandidate {
  readonly id: string;
  readonly title: string;
  readonly policyDomainCodes: readonly string[];
  readonly tags: readonly string[];
  /** The gemeente it comes from (the submitter's). */
  readonly municipalityCode: string | null;
  readonly publisherName: string | null;
  /** YYYY-MM-DD. */
  readonly publicationDate: string;
}

export interface QuestionCandidate {
  readonly id: string;
  readonly title: string;
  readonly policyDomainCodes: readonly string[];
  readonly tags: readonly string[];
  /** The asker's gemeente. */
  readonly municipalityCode: string | null;
  readonly hasAcceptedAnswer: boolean;
}

/** One ranked match: the score in [0, 1] and the reasons a person can read (Dutch). */
export interface Match<T> {
  readonly item: T;
  readonly score: number;
  readonly reasons: readonly string[];
}

export interface ExpertMatch extends Match<ExpertCandidate> {
  /** Whether routing may send this expert a question now (available, consent, below their maximum). */
  readonly routable: boolean;
}

/** Text relevance per candidate id, normalised to [0, 1] (1 = the best hit of the query), with the matched words. */
export interface TextScore {
  readonly score: number;
  readonly terms: readonly string[];
}
export type TextScores = ReadonlyMap<string, TextScore>;

export const RoutingStatus = {
  /** In the expert's "Vragen voor jou", waiting for their answer. */
  ROUTED: 'ROUTED',
  /** The expert said it is not for them (with a reason). */
  DECLINED: 'DECLINED',
  /** The expert answered the question. */
  ANSWERED: 'ANSWERED',
  /** Nobody answered in time: also routed to the next experts (the expert may still answer). */
  ESCALATED: 'ESCALATED',
  /** The question was closed or got an accepted answer. */
  CLOSED: 'CLOSED',
} as const;
export type RoutingStatus = (typeof RoutingStatus)[keyof typeof RoutingStatus];

/** An item of an expert's "Vragen voor jou". */
export interface Routing {
  readonly id: string;
  readonly questionId: string;
  readonly expertiseProfileId: string;
  readonly userId: string;
  readonly status: RoutingStatus;
  readonly round: number;
  readonly score: number;
  readonly reasons: readonly string[];
  readonly policyDomainCodes: readonly string[];
  readonly routedAt: Date;
  readonly respondedAt: Date | null;
  readonly declineReason: DeclineReason | null;
  readonly declineNote: string | null;
}

/** A question escalated because nobody answered in time, as its region's coordinators see it. */
export interface Escalation {
  readonly id: string;
  readonly questionId: string;
  readonly municipalityCode: string | null;
  readonly round: number;
  readonly routedTo: number;
  readonly createdAt: Date;
}
