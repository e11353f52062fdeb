export const Role = { MEMBER: 'MEMBER', COORDINATOR: 'COORDINATOR', ADMIN: 'ADMIN' } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ALL_ROLES: readonly Role[] = [Role.MEMBER, Role.COORDINATOR, Role.ADMIN];

export const OrganisationKind = {
  GEMEENTE: 'GEMEENTE',
  KENNISINSTELLING: 'KENNISINSTELLING',
  REGIONAAL_ORGAAN: 'REGIONAAL_ORGAAN',
  OVERIG: 'OVERIG',
} as const;
export type OrganisationKind = (typeof OrganisationKind)[keyof typeof OrganisationKind];

/**
 * Who is acting: taken from a verified access token. Every service method that acts for a
 * person takes it as its first argument, so authorization is never implicit.
 */
export interface Actor {
  readonly userId: string;
  readonly organisationCode: string;
  /** The gemeente of the actor's organisation (its CBS code), when it is one. */
  readonly municipalityCode: string | null;
  readonly roles: readonly Role[];
  /** Regions this actor coordinates (COORDINATOR role). */
  readonly coordinatorRegionIds: readonly string[];
}

export const isAdmin = (actor: Actor | null): boolean => !!actor?.roles.includes(Role.ADMIN);
export const isCoordinator = (actor: Actor | null): boolean => !!actor?.roles.includes(Role.COORDINATOR);

export interface Organisation {
  readonly code: string;
  readonly kind: OrganisationKind;
  readonly name: string;
  readonly municipalityCode: string | null;
  readonly emailDomains: readonly string[];
}

export interface User {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly functionTitle: string | null;
  readonly organisationCode: string;
  readonly roles: readonly Role[];
  readonly coordinatorRegionIds: readonly string[];
  readonly emailConfirmed: boolean;
  readonly createdAt: Date;
}

export interface Session {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Seconds until the access token expires. */
  readonly expiresIn: number;
  readonly user: User;
}

export const AuditEventType = {
  LOGIN_SUCCEEDED: 'LOGIN_SUCCEEDED',
  LOGIN_FAILED: 'LOGIN_FAILED',
  LOCKOUT: 'LOCKOUT',
  INVITATION_SENT: 'INVITATION_SENT',
  INVITATION_ACCEPTED: 'INVITATION_ACCEPTED',
  REGISTERED: 'REGISTERED',
  EMAIL_CONFIRMED: 'EMAIL_CONFIRMED',
  ROLES_CHANGED: 'ROLES_CHANGED',
  EMAIL_DOMAINS_CHANGED: 'EMAIL_DOMAINS_CHANGED',
  TOKEN_REVOKED: 'TOKEN_REVOKED',
  REFRESH_TOKEN_REUSED: 'REFRESH_TOKEN_REUSED',
  LOGOUT: 'LOGOUT',
  LOGOUT_EVERYWHERE: 'LOGOUT_EVERYWHERE',
  ADMIN_BOOTSTRAPPED: 'ADMIN_BOOTSTRAPPED',
  OIDC_LOGIN_SUCCEEDED: 'OIDC_LOGIN_SUCCEEDED',
  OIDC_LOGIN_FAILED: 'OIDC_LOGIN_FAILED',
  OIDC_CONFIG_CHANGED: 'OIDC_CONFIG_CHANGED',
  // Curation (issue 4): what coordinators did to content, readable by coordinators and admins.
  REPORT_PUBLISHED: 'REPORT_PUBLISHED',
  REPORT_REJECTED: 'REPORT_REJECTED',
  REPORT_ARCHIVED: 'REPORT_ARCHIVED',
  QUESTION_MARKED_DUPLICATE: 'QUESTION_MARKED_DUPLICATE',
  QUESTION_CLOSED_BY_COORDINATOR: 'QUESTION_CLOSED_BY_COORDINATOR',
  ANSWER_ACCEPTED_BY_COORDINATOR: 'ANSWER_ACCEPTED_BY_COORDINATOR',
  DOSSIER_SAVED: 'DOSSIER_SAVED',
  DOSSIER_DELETED: 'DOSSIER_DELETED',
  ITEM_FEATURED: 'ITEM_FEATURED',
  ITEM_UNFEATURED: 'ITEM_UNFEATURED',
  FLAG_RESOLVED: 'FLAG_RESOLVED',
  TAG_SYNONYMS_CHANGED: 'TAG_SYNONYMS_CHANGED',
  EXPERTISE_PROFILE_MANAGED: 'EXPERTISE_PROFILE_MANAGED',
  CONSENT_RECORDED: 'CONSENT_RECORDED',
} as const;

/** The audit event types of curation (the curation log that coordinators read). */
export const CURATION_AUDIT_TYPES: readonly AuditEventType[] = [
  'REPORT_PUBLISHED',
  'REPORT_REJECTED',
  'REPORT_ARCHIVED',
  'QUESTION_MARKED_DUPLICATE',
  'QUESTION_CLOSED_BY_COORDINATOR',
  'ANSWER_ACCEPTED_BY_COORDINATOR',
  'DOSSIER_SAVED',
  'DOSSIER_DELETED',
  'ITEM_FEATURED',
  'ITEM_UNFEATURED',
  'FLAG_RESOLVED',
  'TAG_SYNONYMS_CHANGED',
  'EXPERTISE_PROFILE_MANAGED',
  'CONSENT_RECORDED',
];
export type AuditEventType = (typeof AuditEventType)[keyof typeof AuditEventType];

export interface AuditEvent {
  readonly id: string;
  readonly type: AuditEventType;
  readonly actorUserId: string | null;
  readonly subjectUserId: string | null;
  readonly subjectEmail: string | null;
  readonly clientAddress: string | null;
  readonly details: Readonly<Record<string, unknown>>;
  readonly createdAt: Date;
}
