import type { Audience } from '@ksp/identity';
import type { TextStatus } from './files/document-text';

export const ReportType = {
  ONDERZOEK: 'ONDERZOEK',
  EVALUATIE: 'EVALUATIE',
  MONITOR: 'MONITOR',
  BELEIDSNOTA: 'BELEIDSNOTA',
  HANDREIKING: 'HANDREIKING',
  OVERIG: 'OVERIG',
} as const;
export type ReportType = (typeof ReportType)[keyof typeof ReportType];

/**
 * SUBMITTED → PUBLISHED (by a coordinator of the submitter's gemeente, an admin, or directly when the
 * submitter is one) → ARCHIVED; or SUBMITTED → REJECTED with a reason, after which the submitter's
 * next change (an edit or a new file) submits it again.
 */
export const ReportStatus = {
  SUBMITTED: 'SUBMITTED',
  PUBLISHED: 'PUBLISHED',
  REJECTED: 'REJECTED',
  ARCHIVED: 'ARCHIVED',
} as const;
export type ReportStatus = (typeof ReportStatus)[keyof typeof ReportStatus];

export const ReportSort = { NEWEST: 'NEWEST', PUBLICATION_DATE: 'PUBLICATION_DATE', TITLE: 'TITLE' } as const;
export type ReportSort = (typeof ReportSort)[keyof typeof ReportSort];

export interface ReportFile {
  readonly id: string;
  readonly reportId: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  readonly textStatus: TextStatus;
  readonly pageCount: number | null;
  readonly textExcerpt: string;
  readonly uploadedBy: string;
  readonly uploadedAt: Date;
}

/** A report as the service hands it out (to the resolver, and to curation through ReportsService). */
export interface Report {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly publisherOrganisationCode: string;
  readonly authors: readonly string[];
  /** YYYY-MM-DD. */
  readonly publicationDate: string;
  readonly type: ReportType;
  readonly policyDomainCodes: readonly string[];
  readonly tags: readonly string[];
  readonly link: string | null;
  /** Who may see it once published (the submitter is its author). */
  readonly audience: Audience;
  /** YYYY-MM-DD, inclusive. */
  readonly validUntil: string | null;
  readonly submittedBy: { readonly id: string; readonly displayName: string };
  readonly submitterOrganisationCode: string;
  readonly submitterMunicipalityCode: string | null;
  readonly status: ReportStatus;
  readonly rejectionReason: string | null;
  readonly submittedAt: Date;
  readonly publishedAt: Date | null;
  readonly publishedBy: string | null;
  readonly archivedAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly version: number;
  readonly file: ReportFile | null;
}

/** The reports of one gemeente (by the submitter's), as a reader may count them (region overview). */
export interface ReportActivity {
  /** Submitted, waiting for a coordinator. */
  readonly reportsInReview: number;
  /** Published in the period (and not archived since). */
  readonly reportsPublished: number;
}

export interface ReportFilter {
  readonly policyDomainCodes?: readonly string[] | null;
  readonly type?: ReportType | null;
  readonly status?: ReportStatus | null;
  readonly year?: number | null;
  readonly publisherOrganisationCode?: string | null;
  readonly municipalityCode?: string | null;
  readonly regionId?: string | null;
  readonly tag?: string | null;
}

export interface ReportFields {
  readonly title: string;
  readonly summary: string;
  readonly publisherOrganisationCode: string;
  readonly authors: readonly string[];
  readonly publicationDate: string;
  readonly type: ReportType;
  readonly policyDomainCodes: readonly string[];
  readonly tags: readonly string[];
  readonly link: string | null;
  readonly validUntil: string | null;
}
