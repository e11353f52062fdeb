import type { VisibilityScope } from '@ksp/identity';

/** Plain records of this library: what the service hands out (no TypeORM, no GraphQL). */

export const QuestionStatus = { OPEN: 'OPEN', CLOSED: 'CLOSED' } as const;
export type QuestionStatus = (typeof QuestionStatus)[keyof typeof QuestionStatus];

export const AddresseeStatus = { PENDING: 'PENDING', ANSWERED: 'ANSWERED', DECLINED: 'DECLINED' } as const;
export type AddresseeStatus = (typeof AddresseeStatus)[keyof typeof AddresseeStatus];

export const QuestionSort = {
  NEWEST: 'NEWEST',
  OLDEST: 'OLDEST',
  MOST_ME_TOO: 'MOST_ME_TOO',
  DEADLINE: 'DEADLINE',
} as const;
export type QuestionSort = (typeof QuestionSort)[keyof typeof QuestionSort];

/** A person who wrote a question or an answer, as shown (never their email address). */
export interface AuthorRef {
  readonly id: string;
  readonly displayName: string;
  readonly organisationCode: string;
}

export interface Question {
  readonly id: string;
  readonly title: string;
  /** Markdown. */
  readonly body: string;
  readonly status: QuestionStatus;
  readonly author: AuthorRef;
  /** The gemeente of the asker's organisation: NEIGHBOURS is about it, its coordinators curate. */
  readonly authorMunicipalityCode: string | null;
  readonly scope: VisibilityScope;
  readonly deadline: Date | null;
  readonly closedReason: string | null;
  readonly closedAt: Date | null;
  readonly duplicateOfId: string | null;
  readonly acceptedAnswerId: string | null;
  readonly answerCount: number;
  readonly followerCount: number;
  readonly meTooCount: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly version: number;
}

export interface Answer {
  readonly id: string;
  readonly questionId: string;
  /** Markdown. */
  readonly body: string;
  readonly author: AuthorRef;
  readonly authorMunicipalityCode: string | null;
  readonly accepted: boolean;
  /** "Geldig tot". */
  readonly validUntil: Date | null;
  /** The reports it cites, in the author's order (ids; the reports library resolves them). */
  readonly citedReportIds: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly version: number;
}

export interface Addressee {
  readonly questionId: string;
  readonly municipalityCode: string;
  readonly status: AddresseeStatus;
  readonly reason: string | null;
  readonly updatedAt: Date;
}

export interface QuestionAudience {
  readonly scope: VisibilityScope;
  readonly regionIds: readonly string[];
  readonly municipalityCodes: readonly string[];
}

/** Derived from activity, per user (the expertise library shows them on profiles). */
export interface AnswerStatistics {
  readonly answersGiven: number;
  readonly acceptedAnswers: number;
  /** Median over the questions the user answered of (their first answer − the question asked). */
  readonly medianMinutesToFirstAnswer: number | null;
}

/**
 * What the people of one gemeente did with questions, as a reader may count it (the region
 * overview): questions asked and answers written in a period, and the gemeente's questions that are
 * open now and those past their deadline without any answer.
 */
export interface QuestionActivity {
  readonly questionsAsked: number;
  readonly answersGiven: number;
  readonly openQuestions: number;
  readonly overdueQuestions: number;
}

/** An answer past its "geldig tot" date, with its question (curation's freshness flags). */
export interface ExpiredAnswer {
  readonly answer: Answer;
  readonly question: Question;
}

export interface QuestionFilter {
  /** Any of these taakvelden or hoofdstukken, including their descendants ('6' finds 6.71). */
  readonly policyDomainCodes?: readonly string[] | null;
  /** The asker's gemeente. */
  readonly municipalityCode?: string | null;
  /** The asker's gemeente is in this region. */
  readonly regionId?: string | null;
  readonly status?: QuestionStatus | null;
  /** The year it was asked (UTC). */
  readonly year?: number | null;
  readonly tag?: string | null;
  readonly askedByMe?: boolean | null;
  readonly followedByMe?: boolean | null;
  readonly addressedToMyMunicipality?: boolean | null;
}

export interface AskQuestionData {
  readonly title: string;
  readonly body: string;
  readonly policyDomainCodes: readonly string[];
  readonly tags?: readonly string[] | null;
  readonly audience: {
    readonly scope: VisibilityScope;
    readonly regionIds?: readonly string[] | null;
    readonly municipalityCodes?: readonly string[] | null;
  };
  readonly deadline?: Date | null;
}

/** Omitted (undefined) fields stay as they are; `deadline: null` removes the deadline. */
export interface UpdateQuestionData {
  readonly id: string;
  readonly expectedVersion: number;
  readonly title?: string | null;
  readonly body?: string | null;
  readonly policyDomainCodes?: readonly string[] | null;
  readonly tags?: readonly string[] | null;
  readonly deadline?: Date | null;
}

export interface AnswerQuestionData {
  readonly questionId: string;
  readonly body: string;
  readonly citedReportIds?: readonly string[] | null;
  readonly validUntil?: Date | null;
}

/** Omitted (undefined) fields stay as they are; `validUntil: null` removes the date. */
export interface UpdateAnswerData {
  readonly id: string;
  readonly expectedVersion: number;
  readonly body?: string | null;
  readonly citedReportIds?: readonly string[] | null;
  readonly validUntil?: Date | null;
}
