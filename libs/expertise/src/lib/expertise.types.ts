/** Plain records of this library: what the service hands out (no TypeORM, no GraphQL). */

/** Whose expertise a profile describes. */
export const ExpertiseProfileKind = {
  /** A person with an account on the hub (one profile per user, saved by themselves). */
  USER: 'USER',
  /** An organisation, e.g. a kennisinstelling (one profile per organisation). */
  ORGANISATION: 'ORGANISATION',
  /** A resident expert without an account, recorded by a coordinator of their gemeente. */
  RESIDENT: 'RESIDENT',
} as const;
export type ExpertiseProfileKind = (typeof ExpertiseProfileKind)[keyof typeof ExpertiseProfileKind];

export const ExpertiseLevel = { BASIS: 'BASIS', GEVORDERD: 'GEVORDERD', EXPERT: 'EXPERT' } as const;
export type ExpertiseLevel = (typeof ExpertiseLevel)[keyof typeof ExpertiseLevel];

export const Availability = {
  AVAILABLE: 'AVAILABLE',
  LIMITED: 'LIMITED',
  UNAVAILABLE: 'UNAVAILABLE',
} as const;
export type Availability = (typeof Availability)[keyof typeof Availability];

/** How consent to be recommended was given. */
export const ConsentMethod = {
  SCHRIFTELIJK: 'SCHRIFTELIJK',
  EMAIL: 'EMAIL',
  MONDELING: 'MONDELING',
  /** Through a form, e.g. the hub's own profile form (how account holders give it). */
  FORMULIER: 'FORMULIER',
} as const;
export type ConsentMethod = (typeof ConsentMethod)[keyof typeof ConsentMethod];

/** A person as a profile names them (never an email address). */
export interface PersonRef {
  readonly id: string;
  readonly displayName: string;
}

/** The consent currently in force: when, how and by whom it was recorded. */
export interface ConsentRecord {
  readonly method: ConsentMethod;
  readonly note: string | null;
  readonly recordedAt: Date;
  readonly recordedBy: PersonRef;
}

export interface ExpertiseProfile {
  readonly id: string;
  readonly kind: ExpertiseProfileKind;
  /** USER: the user's display name (as of their last save); ORGANISATION: its name; RESIDENT: as given. */
  readonly displayName: string;
  /** USER only. */
  readonly userId: string | null;
  /** USER: the user's organisation; ORGANISATION: the organisation; RESIDENT: null. */
  readonly organisationCode: string | null;
  /** The holder's gemeente (CBS code): geography for matching, and whose coordinators curate it. */
  readonly municipalityCode: string | null;
  /** Markdown or plain text. */
  readonly bio: string;
  readonly availability: Availability;
  readonly maxOpenQuestions: number;
  readonly consentToRecommend: boolean;
  /** The consent in force; null without consent. */
  readonly consent: ConsentRecord | null;
  /** RESIDENT: a contact address (for coordinators and admins only; the resolver guards it). */
  readonly contactEmail: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly version: number;
}

export interface ProfilePolicyDomain {
  readonly code: string;
  readonly level: ExpertiseLevel;
}

/** Derived from activity in the questions library (zeros/null for profiles without a user). */
export interface ExpertiseStatistics {
  readonly answersGiven: number;
  readonly acceptedAnswers: number;
  readonly medianMinutesToFirstAnswer: number | null;
}

export const NO_STATISTICS: ExpertiseStatistics = Object.freeze({
  answersGiven: 0,
  acceptedAnswers: 0,
  medianMinutesToFirstAnswer: null,
});

export interface ExpertiseProfileFilter {
  /** Any of these taakvelden or hoofdstukken, with their descendants ('6' finds 6.71…). */
  readonly policyDomainCodes?: readonly string[] | null;
  /** The holder's gemeente. */
  readonly municipalityCode?: string | null;
  /** The holder's gemeente is in this region. */
  readonly regionId?: string | null;
  readonly availability?: Availability | null;
  /** A keyword; its synonyms (TagVocabulary) match too. */
  readonly keyword?: string | null;
  readonly kind?: ExpertiseProfileKind | null;
}

/** What every save input carries (the whole profile: omitted fields take their defaults). */
export interface ProfileContentData {
  readonly policyDomains: readonly { readonly code: string; readonly level: ExpertiseLevel }[];
  readonly keywords?: readonly string[] | null;
  readonly bio?: string | null;
  readonly availability?: Availability | null;
  readonly maxOpenQuestions?: number | null;
  readonly consentToRecommend?: boolean | null;
  /** Required when updating an existing profile; CONFLICT when stale. */
  readonly expectedVersion?: number | null;
}

export interface ConsentData {
  readonly method: ConsentMethod;
  readonly note?: string | null;
}

export interface SaveOrganisationProfileData extends ProfileContentData {
  readonly organisationCode: string;
  /** Defaults to the organisation's own gemeente (or the profile's current one). */
  readonly municipalityCode?: string | null;
  /** How consent was given (default FORMULIER: through this form). */
  readonly consent?: ConsentData | null;
}

export interface SaveResidentProfileData extends ProfileContentData {
  /** Absent: a new resident profile. */
  readonly id?: string | null;
  readonly displayName: string;
  readonly email?: string | null;
  readonly municipalityCode: string;
  /** Required when consent is given (again): how the resident gave it. */
  readonly consent?: ConsentData | null;
}

/**
 * A profile with consent, with what matching ranks on (taakvelden with levels, keywords). Read in
 * bulk by the matching library through `ExpertiseService.recommendable`.
 */
export interface RecommendableProfile {
  readonly profile: ExpertiseProfile;
  readonly policyDomains: readonly ProfilePolicyDomain[];
  readonly keywords: readonly string[];
}

export interface RecommendableCriteria {
  /** Profiles with any of these taakvelden (exact codes; expand the tree with `DirectoryService.policyDomainFilterCodes`). */
  readonly policyDomainCodes?: readonly string[] | null;
  readonly municipalityCodes?: readonly string[] | null;
  /** Default: every availability (matching decides what UNAVAILABLE means for routing). */
  readonly availabilities?: readonly Availability[] | null;
  readonly ids?: readonly string[] | null;
  /** Keyset paging: profiles with an id after this one (ordered by id). */
  readonly afterId?: string | null;
  /** At most this many (default 500, max 5000). */
  readonly limit?: number | null;
}
