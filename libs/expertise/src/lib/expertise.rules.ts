import { AccessKey } from '@ksp/identity';
import { ExpertiseProfileKind } from './expertise.types';

/** Pure rules of expertise profiles (unit tested in expertise.rules.spec.ts). */

export const LIMITS = {
  policyDomainsMax: 15,
  keywordsMax: 25,
  bioMax: 1000,
  displayNameMax: 120,
  emailMax: 254,
  consentNoteMax: 500,
  maxOpenQuestionsMin: 0,
  maxOpenQuestionsMax: 50,
  defaultMaxOpenQuestions: 3,
} as const;

/** The distinct values, in their first order. */
export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Trimmed text, or null when empty. */
export function trimmed(value: string | null | undefined): string | null {
  const t = value?.trim() ?? '';
  return t.length ? t : null;
}

const EMAIL =
  /^[^\s@<>()[\]\\,;:"]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** An email address as stored (trimmed, lower case), or null when it is not one. */
export function normaliseEmail(value: string): string | null {
  const email = value.trim().toLowerCase();
  return email.length <= LIMITS.emailMax && EMAIL.test(email) ? email : null;
}

/**
 * One profile per user and per organisation: the unique key of its holder. Residents have no
 * account, so each resident profile is its own holder.
 */
export function holderKey(kind: ExpertiseProfileKind, holder: string): string {
  switch (kind) {
    case ExpertiseProfileKind.USER:
      return `u:${holder}`;
    case ExpertiseProfileKind.ORGANISATION:
      return `o:${holder}`;
    case ExpertiseProfileKind.RESIDENT:
      return `r:${holder}`;
  }
}

/**
 * The access keys of a profile. With consent every member may find it (`mem`); without, only its
 * holder: the user themselves (USER), the members of the organisation (ORGANISATION). The
 * coordinators of its gemeente's regions (`reviewerKeys`, PolicyService.reviewerKeysFor) manage
 * organisation and resident profiles, so those keep their keys either way. Admins see everything.
 * A USER profile without consent is seen by its holder alone.
 */
export function profileAccessKeys(
  p: {
    readonly kind: ExpertiseProfileKind;
    readonly userId: string | null;
    readonly organisationCode: string | null;
    readonly consentToRecommend: boolean;
  },
  reviewerKeys: readonly string[],
): string[] {
  const keys = new Set<string>();
  if (p.consentToRecommend) keys.add(AccessKey.MEMBERS);
  switch (p.kind) {
    case ExpertiseProfileKind.USER:
      if (p.userId) keys.add(AccessKey.user(p.userId));
      break;
    case ExpertiseProfileKind.ORGANISATION:
      if (p.organisationCode) keys.add(AccessKey.organisation(p.organisationCode));
      for (const k of reviewerKeys) keys.add(k);
      break;
    case ExpertiseProfileKind.RESIDENT:
      for (const k of reviewerKeys) keys.add(k);
      break;
  }
  return [...keys];
}
