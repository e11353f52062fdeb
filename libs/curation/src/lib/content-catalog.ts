import type { Actor } from '@ksp/identity';

/** The kinds of content that curation works with. */
export const CuratedItemType = {
  QUESTION: 'QUESTION',
  ANSWER: 'ANSWER',
  REPORT: 'REPORT',
  EXPERTISE_PROFILE: 'EXPERTISE_PROFILE',
} as const;
export type CuratedItemType = (typeof CuratedItemType)[keyof typeof CuratedItemType];

export interface ItemRef {
  readonly type: CuratedItemType;
  readonly id: string;
}

/** What curation needs to know about an item the actor may see. */
export interface CatalogEntry {
  readonly ref: ItemRef;
  /** The object the item's own GraphQL type resolves from (Question, Report, …). */
  readonly value: object;
  readonly title: string;
  /** The gemeente of the item's author/holder: its coordinators curate it. */
  readonly municipalityCode: string | null;
}

export const refKey = (r: ItemRef): string => `${r.type}:${r.id}`;

/**
 * What the people of one gemeente did, counted over what the reader may see (the region
 * overview): in the period, questions asked, answers written and reports published; now, their
 * open questions, those past their deadline without an answer, reports waiting for review, and
 * expertise profiles that may be found (with consent).
 */
export interface ContentActivity {
  readonly questionsAsked: number;
  readonly answersGiven: number;
  readonly reportsPublished: number;
  readonly openQuestions: number;
  readonly overdueQuestions: number;
  readonly reportsInReview: number;
  readonly findableExperts: number;
}

export const NO_ACTIVITY: ContentActivity = Object.freeze({
  questionsAsked: 0,
  answersGiven: 0,
  reportsPublished: 0,
  openQuestions: 0,
  overdueQuestions: 0,
  reportsInReview: 0,
  findableExperts: 0,
});

/**
 * The content libraries as curation sees them: the items an actor may see, loaded in one batch
 * per type. Implemented on the exported services of questions, reports and expertise; anything the
 * actor may not see is simply absent (so dossiers, featured lists and flags never leak it).
 */
export abstract class ContentCatalog {
  abstract load(actor: Actor | null, refs: readonly ItemRef[]): Promise<Map<string, CatalogEntry>>;
  /** Reports waiting for this coordinator's review (SUBMITTED, in their regions). */
  abstract submittedReports(actor: Actor): Promise<CatalogEntry[]>;
  /** Answers and reports past their "geldig tot" date that this coordinator curates. */
  abstract expired(actor: Actor, now: Date): Promise<CatalogEntry[]>;
  /**
   * Per gemeente (every one asked for is in the map), what its people did since `since` and what
   * stands open at `now`, counted over what the actor may see: a few grouped counts in all.
   */
  abstract activity(
    actor: Actor,
    municipalityCodes: readonly string[],
    since: Date,
    now: Date,
  ): Promise<Map<string, ContentActivity>>;
}
