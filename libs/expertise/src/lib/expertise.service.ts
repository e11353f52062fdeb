import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DirectoryService } from '@ksp/directory';
import {
  AccountService,
  AuditService,
  OrganisationService,
  PolicyService,
  isCoordinator,
  type Actor,
} from '@ksp/identity';
import { recordEvents } from '@ksp/persistence';
import { QuestionsService } from '@ksp/questions';
import {
  BadUserInputError,
  Clock,
  ConflictError,
  Connection,
  DomainEvent,
  ForbiddenError,
  ForwardPaginationArgs,
  TagVocabulary,
  connectionFromSlice,
  normaliseTag,
  offsetWindow,
} from '@ksp/shared';
import { ExpertiseProfileEntity } from './expertise.entities';
import { profileGone, profileNotFound, staleVersion, versionRequired } from './expertise.errors';
import { ExpertiseRepository, ProfileCriteria, isUniqueViolation } from './expertise.repository';
import { LIMITS, distinct, holderKey, normaliseEmail, profileAccessKeys, trimmed } from './expertise.rules';
import {
  Availability,
  ConsentMethod,
  ExpertiseLevel,
  ExpertiseProfileKind,
  type ConsentData,
  type ExpertiseProfile,
  type ExpertiseProfileFilter,
  type ExpertiseStatistics,
  type PersonRef,
  type ProfileContentData,
  type ProfilePolicyDomain,
  type RecommendableCriteria,
  type RecommendableProfile,
  type SaveOrganisationProfileData,
  type SaveResidentProfileData,
} from './expertise.types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function toProfile(e: ExpertiseProfileEntity): ExpertiseProfile {
  const consent = !!e.consentToRecommend;
  return {
    id: e.id,
    kind: e.kind as ExpertiseProfileKind,
    displayName: e.displayName,
    userId: e.userId,
    organisationCode: e.organisationCode,
    municipalityCode: e.municipalityCode,
    bio: e.bio,
    availability: e.availability as Availability,
    maxOpenQuestions: e.maxOpenQuestions,
    consentToRecommend: consent,
    consent:
      consent && e.consentRecordedAt && e.consentMethod
        ? {
            method: e.consentMethod as ConsentMethod,
            note: e.consentNote,
            recordedAt: e.consentRecordedAt,
            recordedBy: { id: e.consentRecordedBy ?? '', displayName: e.consentRecordedByName ?? '' },
          }
        : null,
    contactEmail: e.contactEmail,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    version: e.version,
  };
}

/** The checked, normalised content of a save (everything but who holds the profile). */
interface Content {
  readonly policyDomains: ProfilePolicyDomain[];
  readonly keywords: string[];
  readonly bio: string;
  readonly availability: Availability;
  readonly maxOpenQuestions: number;
  readonly consentToRecommend: boolean;
}

/** How the consent of a save is recorded, if it is (again). */
interface ConsentToRecord {
  readonly method: ConsentMethod;
  readonly note: string | null;
  readonly by: PersonRef;
  /** Record it even when consent was already given (a resident's consent recorded anew). */
  readonly renew: boolean;
}

type ConsentChange = 'GIVEN' | 'RENEWED' | 'WITHDRAWN' | null;

const AGGREGATE = 'expertise_profile';
const MAX_RECOMMENDABLE = 5000;

/**
 * Expertise profiles of users, organisations and residents: saving them (with consent recorded),
 * reading them through the policy layer, and their statistics from the questions library.
 *
 * Consent decides visibility through the access keys (expertise.rules profileAccessKeys): without
 * it a profile is seen only by its holder (and, for organisation and resident profiles, by the
 * coordinators of its gemeente's regions); to everyone else it is NOT_FOUND and absent from every
 * list and count. Every change records its domain events in the same transaction.
 */
@Injectable()
export class ExpertiseService {
  constructor(
    private readonly repository: ExpertiseRepository,
    private readonly policy: PolicyService,
    private readonly directory: DirectoryService,
    private readonly accounts: AccountService,
    private readonly organisations: OrganisationService,
    private readonly audit: AuditService,
    private readonly tagVocabulary: TagVocabulary,
    private readonly questions: QuestionsService,
    private readonly clock: Clock,
  ) {}

  // ---- reading -------------------------------------------------------------------------------

  async get(actor: Actor | null, id: string): Promise<ExpertiseProfile> {
    const e = await this.repository.findVisible(id, this.policy.filterFor(actor));
    if (!e) throw profileNotFound(id);
    return toProfile(e);
  }

  /** The actor's own (USER) profile, or null when they have none. */
  async mine(actor: Actor): Promise<ExpertiseProfile | null> {
    const e = await this.repository.findByHolder(holderKey(ExpertiseProfileKind.USER, actor.userId));
    return e ? toProfile(e) : null;
  }

  async list(
    actor: Actor | null,
    filter: ExpertiseProfileFilter | null | undefined,
    page: ForwardPaginationArgs,
  ): Promise<Connection<ExpertiseProfile>> {
    const { start, first } = offsetWindow(page);
    const criteria = await this.criteria(filter ?? {});
    if (!criteria) return connectionFromSlice([], 0, start);
    const [rows, total] = await this.repository.list(this.policy.filterFor(actor), criteria, start, first);
    return connectionFromSlice(rows.map(toProfile), total, start);
  }

  /** The profiles of these ids that the actor may see (others are absent): for dossiers and lists. */
  async byIds(actor: Actor | null, ids: readonly string[]): Promise<Map<string, ExpertiseProfile>> {
    const rows = await this.repository.findVisibleMany(distinct(ids), this.policy.filterFor(actor));
    return new Map(rows.map((r) => [r.id, toProfile(r)]));
  }

  /**
   * Per gemeente (every one asked for is in the map), the profiles with consent to be found that
   * the actor may see (the region overview's "vindbare expertise"). One statement.
   */
  async findablePerMunicipality(
    actor: Actor | null,
    municipalityCodes: readonly string[],
  ): Promise<Map<string, number>> {
    const codes = distinct(municipalityCodes);
    const rows = await this.repository.findablePerMunicipality(this.policy.filterFor(actor), codes);
    const byCode = new Map(rows.map((r) => [r.code, r.profiles]));
    return new Map(codes.map((code) => [code, byCode.get(code) ?? 0]));
  }

  /** Of these ids, the profiles the actor may see (one statement). */
  visibleProfileIds(actor: Actor | null, ids: readonly string[]): Promise<Set<string>> {
    return this.repository.visibleIds(distinct(ids), this.policy.filterFor(actor));
  }

  /** The taakvelden with levels of these profiles (every id present; one statement). */
  async policyDomainsOf(ids: readonly string[]): Promise<Map<string, ProfilePolicyDomain[]>> {
    const rows = await this.repository.policyDomainsOf(distinct(ids));
    const out = new Map<string, ProfilePolicyDomain[]>(ids.map((id) => [id, []]));
    for (const r of rows)
      out.get(r.expertiseProfileId)?.push({ code: r.code, level: r.level as ExpertiseLevel });
    return out;
  }

  /** The keywords of these profiles (every id present; one statement). */
  async keywordsOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.repository.keywordsOf(distinct(ids));
    const out = new Map<string, string[]>(ids.map((id) => [id, []]));
    for (const r of rows) out.get(r.expertiseProfileId)?.push(r.keyword);
    return out;
  }

  /** The access keys of these profiles (for a search index that filters like the policy layer). */
  async accessKeysOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.repository.accessKeysOf(distinct(ids));
    const out = new Map<string, string[]>(ids.map((id) => [id, []]));
    for (const r of rows) out.get(r.expertiseProfileId)?.push(r.accessKey);
    return out;
  }

  /** Answer statistics of these users, from the questions library (one batch). */
  async statisticsOf(userIds: readonly string[]): Promise<Map<string, ExpertiseStatistics>> {
    const list = distinct(userIds);
    return list.length === 0 ? new Map() : this.questions.answerStatistics(list);
  }

  /**
   * Profiles WITH consent, in bulk, with their taakvelden and keywords (three statements per
   * call): what the matching library ranks. Profiles without consent are never returned. Pages by
   * id: pass the last id as `afterId` for the next batch.
   */
  async recommendable(c: RecommendableCriteria = {}): Promise<RecommendableProfile[]> {
    const lists = [c.policyDomainCodes, c.municipalityCodes, c.availabilities, c.ids];
    if (lists.some((l) => l !== null && l !== undefined && l.length === 0)) return [];
    const limit = Math.min(Math.max(Math.trunc(c.limit ?? 500), 1), MAX_RECOMMENDABLE);
    const rows = await this.repository.recommendable(
      {
        policyDomainCodes: c.policyDomainCodes ?? undefined,
        municipalityCodes: c.municipalityCodes ?? undefined,
        availabilities: c.availabilities ?? undefined,
        ids: c.ids ? distinct(c.ids) : undefined,
        afterId: c.afterId ?? undefined,
      },
      limit,
    );
    const ids = rows.map((r) => r.id);
    const [domains, keywords] = await Promise.all([this.policyDomainsOf(ids), this.keywordsOf(ids)]);
    return rows.map((r) => ({
      profile: toProfile(r),
      policyDomains: domains.get(r.id) ?? [],
      keywords: keywords.get(r.id) ?? [],
    }));
  }

  /** The codes a filter on these taakvelden finds (with descendants, successors and predecessors). */
  policyDomainCodesWithin(codes: readonly string[]): string[] {
    return this.directory.policyDomainFilterCodes(codes);
  }

  // ---- who may do what -----------------------------------------------------------------------

  /** The user of a USER profile; a member of the organisation of an ORGANISATION profile. */
  isHolder(actor: Actor | null, p: ExpertiseProfile): boolean {
    if (!actor) return false;
    switch (p.kind) {
      case ExpertiseProfileKind.USER:
        return p.userId === actor.userId;
      case ExpertiseProfileKind.ORGANISATION:
        return p.organisationCode === actor.organisationCode;
      default:
        return false;
    }
  }

  /**
   * May save it: a USER profile only its user; an ORGANISATION profile the members of the
   * organisation, the coordinators of its gemeente's regions and admins; a RESIDENT profile those
   * coordinators and admins.
   */
  mayEdit(actor: Actor | null, p: ExpertiseProfile): boolean {
    if (!actor) return false;
    if (p.kind === ExpertiseProfileKind.USER) return p.userId === actor.userId;
    return this.isHolder(actor, p) || this.policy.coordinates(actor, p.municipalityCode);
  }

  /** May delete it, and read how consent was given: the holder, its gemeente's coordinators, admins. */
  mayCurate(actor: Actor | null, p: ExpertiseProfile): boolean {
    return this.isHolder(actor, p) || this.policy.coordinates(actor, p.municipalityCode);
  }

  /** A resident's contact address: the coordinators of their gemeente's regions and admins. */
  maySeeContactEmail(actor: Actor | null, p: ExpertiseProfile): boolean {
    return p.kind === ExpertiseProfileKind.RESIDENT && this.policy.coordinates(actor, p.municipalityCode);
  }

  // ---- saving --------------------------------------------------------------------------------

  /** Creates or updates the caller's own profile (`expectedVersion` required for an update). */
  async saveOwn(actor: Actor, input: ProfileContentData): Promise<ExpertiseProfile> {
    const content = await this.content(input);
    const me = await this.accounts.me(actor);
    const now = this.clock.now();
    return this.repository.transaction(async (m) => {
      const key = holderKey(ExpertiseProfileKind.USER, actor.userId);
      const existing = await this.repository.findByHolder(key, m, true);
      this.checkVersion(existing, input.expectedVersion);
      const entity = existing
        ? { ...existing }
        : this.newEntity(ExpertiseProfileKind.USER, key, actor, now, actor.userId);
      entity.userId = actor.userId;
      entity.displayName = me.displayName;
      entity.organisationCode = actor.organisationCode;
      entity.municipalityCode = actor.municipalityCode;
      entity.contactEmail = null;
      const change = this.applyConsent(entity, content.consentToRecommend, now, {
        method: ConsentMethod.FORMULIER,
        note: null,
        by: { id: actor.userId, displayName: me.displayName },
        renew: false,
      });
      return this.store(actor, m, existing, entity, content, change, now, false);
    });
  }

  /**
   * Creates or updates an organisation's profile: by a member of the organisation, a coordinator
   * of a region with the profile's gemeente, or an admin (FORBIDDEN for others: organisations are
   * public, so this says nothing about a profile they may not see).
   */
  async saveOrganisation(actor: Actor, input: SaveOrganisationProfileData): Promise<ExpertiseProfile> {
    const content = await this.content(input);
    const org = await this.organisations.get(input.organisationCode.trim());
    const chosen = trimmed(input.municipalityCode)
      ? this.municipality(trimmed(input.municipalityCode)!, 'municipalityCode')
      : null;
    const consent = this.consentInput(input.consent, content.consentToRecommend);
    const me = await this.accounts.me(actor);
    const now = this.clock.now();
    return this.repository.transaction(async (m) => {
      const key = holderKey(ExpertiseProfileKind.ORGANISATION, org.code);
      const existing = await this.repository.findByHolder(key, m, true);
      const municipalityCode = chosen ?? existing?.municipalityCode ?? org.municipalityCode;
      if (!municipalityCode) {
        throw new BadUserInputError(
          `Kies de gemeente van ${org.name} (municipalityCode): de organisatie hoort niet bij een gemeente.`,
          { argument: 'municipalityCode' },
        );
      }
      const member = actor.organisationCode === org.code;
      const allowed = (code: string | null) => member || this.policy.coordinates(actor, code);
      if ((existing && !allowed(existing.municipalityCode)) || !allowed(municipalityCode)) {
        throw new ForbiddenError(
          `U mag het expertiseprofiel van ${org.name} niet beheren: dat doen leden van de organisatie en coördinatoren van een regio met gemeente ${municipalityCode}.`,
          { argument: 'organisationCode', value: org.code },
        );
      }
      this.checkVersion(existing, input.expectedVersion);
      const entity = existing
        ? { ...existing }
        : this.newEntity(ExpertiseProfileKind.ORGANISATION, key, actor, now, null);
      entity.displayName = org.name.slice(0, LIMITS.displayNameMax);
      entity.organisationCode = org.code;
      entity.municipalityCode = municipalityCode;
      const change = this.applyConsent(entity, content.consentToRecommend, now, {
        method: consent?.method ?? ConsentMethod.FORMULIER,
        note: consent?.note ?? null,
        by: { id: actor.userId, displayName: me.displayName },
        renew: !!consent,
      });
      return this.store(actor, m, existing, entity, content, change, now, !member);
    });
  }

  /**
   * Creates (no id) or updates a resident's profile: coordinators of a region with the resident's
   * gemeente, and admins. Consent needs its record (how, with a note) when it is given.
   */
  async saveResident(actor: Actor, input: SaveResidentProfileData): Promise<ExpertiseProfile> {
    const content = await this.content(input);
    const displayName = trimmed(input.displayName);
    if (!displayName) {
      throw new BadUserInputError('Geef de naam van de bewoner.', { argument: 'displayName' });
    }
    if (displayName.length > LIMITS.displayNameMax) {
      throw new BadUserInputError(`De naam is te lang (hooguit ${LIMITS.displayNameMax} tekens).`, {
        argument: 'displayName',
      });
    }
    const rawEmail = trimmed(input.email);
    const email = rawEmail ? normaliseEmail(rawEmail) : null;
    if (rawEmail && !email) {
      throw new BadUserInputError(`'${rawEmail.slice(0, 80)}' is geen geldig e-mailadres.`, {
        argument: 'email',
      });
    }
    const municipalityCode = this.municipality(input.municipalityCode.trim(), 'municipalityCode');
    const consent = this.consentInput(input.consent, content.consentToRecommend);
    const id = trimmed(input.id);
    if (!id && input.expectedVersion !== null && input.expectedVersion !== undefined) {
      throw new BadUserInputError('expectedVersion hoort bij het wijzigen van een bestaand profiel (id).', {
        argument: 'expectedVersion',
      });
    }
    const me = await this.accounts.me(actor);
    const now = this.clock.now();
    return this.repository.transaction(async (m) => {
      let existing: ExpertiseProfileEntity | null = null;
      if (id) {
        existing = await this.repository.findVisible(id, this.policy.filterFor(actor), m, true);
        if (!existing) throw profileNotFound(id);
        if (existing.kind !== ExpertiseProfileKind.RESIDENT) {
          throw new BadUserInputError(`Expertiseprofiel '${id}' is geen profiel van een bewoner.`, {
            argument: 'id',
            value: id,
          });
        }
      }
      if (
        (existing && !this.policy.coordinates(actor, existing.municipalityCode)) ||
        !this.policy.coordinates(actor, municipalityCode)
      ) {
        throw new ForbiddenError(
          isCoordinator(actor)
            ? `U coördineert geen regio met gemeente ${existing?.municipalityCode ?? municipalityCode}; alleen de coördinatoren daarvan leggen profielen van haar bewoners vast.`
            : 'Alleen coördinatoren (van een regio met de gemeente van de bewoner) en beheerders leggen profielen van bewoners vast.',
          { argument: existing ? 'id' : 'municipalityCode' },
        );
      }
      this.checkVersion(existing, input.expectedVersion);
      if (content.consentToRecommend && !consent && !existing?.consentToRecommend) {
        throw new BadUserInputError(
          'Leg vast hoe de bewoner toestemming gaf om aanbevolen te worden (consent: { method note }).',
          { argument: 'consent' },
        );
      }
      const key = existing?.holderKey ?? '';
      const entity = existing
        ? { ...existing }
        : this.newEntity(ExpertiseProfileKind.RESIDENT, key, actor, now, null);
      if (!existing) entity.holderKey = holderKey(ExpertiseProfileKind.RESIDENT, entity.id);
      entity.displayName = displayName;
      entity.contactEmail = email;
      entity.municipalityCode = municipalityCode;
      entity.organisationCode = null;
      entity.userId = null;
      const change = this.applyConsent(entity, content.consentToRecommend, now, {
        method: consent?.method ?? ConsentMethod.FORMULIER,
        note: consent?.note ?? null,
        by: { id: actor.userId, displayName: me.displayName },
        renew: !!consent,
      });
      return this.store(actor, m, existing, entity, content, change, now, true);
    });
  }

  /** Deletes a profile: its holder, a coordinator of its gemeente's regions, or an admin. */
  async delete(actor: Actor, id: string): Promise<boolean> {
    const now = this.clock.now();
    await this.repository.transaction(async (m) => {
      const e = await this.repository.findVisible(id, this.policy.filterFor(actor), m, true);
      if (!e) throw profileNotFound(id);
      const p = toProfile(e);
      if (!this.mayCurate(actor, p)) {
        throw new ForbiddenError(
          'U mag dit expertiseprofiel niet verwijderen: dat doen de houder, de coördinatoren van de gemeente en beheerders.',
          { argument: 'id', value: id },
        );
      }
      await this.repository.delete(id, m);
      await this.emit(m, now, {
        type: 'expertise_profile.deleted',
        aggregateType: AGGREGATE,
        aggregateId: id,
        payload: {
          kind: p.kind,
          userId: p.userId,
          organisationCode: p.organisationCode,
          municipalityCode: p.municipalityCode,
          deletedBy: actor.userId,
        },
      });
      if (!this.isHolder(actor, p)) {
        await this.audit.record(
          'EXPERTISE_PROFILE_MANAGED',
          {
            actorUserId: actor.userId,
            subjectUserId: p.userId,
            details: { profileId: id, kind: p.kind, action: 'deleted', municipalityCode: p.municipalityCode },
          },
          m,
        );
      }
    });
    return true;
  }

  // ---- helpers -------------------------------------------------------------------------------

  private newEntity(
    kind: ExpertiseProfileKind,
    key: string,
    actor: Actor,
    now: Date,
    userId: string | null,
  ): ExpertiseProfileEntity {
    return Object.assign(new ExpertiseProfileEntity(), {
      id: randomUUID(),
      kind,
      holderKey: key,
      userId,
      organisationCode: null,
      displayName: '',
      municipalityCode: null,
      bio: '',
      availability: Availability.AVAILABLE,
      maxOpenQuestions: LIMITS.defaultMaxOpenQuestions,
      consentToRecommend: false,
      consentRecordedAt: null,
      consentMethod: null,
      consentNote: null,
      consentRecordedBy: null,
      consentRecordedByName: null,
      contactEmail: null,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
  }

  /** Sets the consent columns for a save; says whether consent was given, renewed or withdrawn. */
  private applyConsent(
    e: ExpertiseProfileEntity,
    consentToRecommend: boolean,
    now: Date,
    record: ConsentToRecord,
  ): ConsentChange {
    const before = !!e.consentToRecommend;
    if (!consentToRecommend) {
      Object.assign(e, {
        consentToRecommend: false,
        consentRecordedAt: null,
        consentMethod: null,
        consentNote: null,
        consentRecordedBy: null,
        consentRecordedByName: null,
      });
      return before ? 'WITHDRAWN' : null;
    }
    if (before && !record.renew) return null;
    Object.assign(e, {
      consentToRecommend: true,
      consentRecordedAt: now,
      consentMethod: record.method,
      consentNote: record.note,
      consentRecordedBy: record.by.id,
      consentRecordedByName: record.by.displayName.slice(0, LIMITS.displayNameMax),
    });
    return before ? 'RENEWED' : 'GIVEN';
  }

  /** Writes the profile, its taakvelden, keywords and access keys, its events and audit entries. */
  private async store(
    actor: Actor,
    m: EntityManager,
    existing: ExpertiseProfileEntity | null,
    entity: ExpertiseProfileEntity,
    content: Content,
    change: ConsentChange,
    now: Date,
    managed: boolean,
  ): Promise<ExpertiseProfile> {
    Object.assign(entity, {
      bio: content.bio,
      availability: content.availability,
      maxOpenQuestions: content.maxOpenQuestions,
      updatedAt: now,
    });
    const reviewerKeys =
      entity.kind === ExpertiseProfileKind.USER ? [] : this.policy.reviewerKeysFor(entity.municipalityCode);
    const children = {
      policyDomains: content.policyDomains,
      keywords: content.keywords,
      accessKeys: profileAccessKeys(
        {
          ...entity,
          kind: entity.kind as ExpertiseProfileKind,
          consentToRecommend: !!entity.consentToRecommend,
        },
        reviewerKeys,
      ),
    };
    if (existing) {
      if (!(await this.repository.update(entity, existing.version, m))) throw staleVersion(existing.version);
      await this.repository.replaceChildren(entity.id, children, m);
      entity.version = existing.version + 1;
    } else {
      try {
        await this.repository.insert(entity, children, m);
      } catch (e) {
        if (isUniqueViolation(e)) {
          throw new ConflictError(
            'Dit expertiseprofiel is zojuist ook elders aangemaakt; laad het en probeer opnieuw.',
            {
              argument: 'expectedVersion',
            },
          );
        }
        throw e;
      }
    }
    const p = toProfile(entity);
    const events: DomainEvent<object>[] = [
      {
        type: 'expertise_profile.saved',
        aggregateType: AGGREGATE,
        aggregateId: p.id,
        payload: {
          created: !existing,
          kind: p.kind,
          userId: p.userId,
          organisationCode: p.organisationCode,
          municipalityCode: p.municipalityCode,
          consentToRecommend: p.consentToRecommend,
          availability: p.availability,
          maxOpenQuestions: p.maxOpenQuestions,
          policyDomains: content.policyDomains,
          keywords: content.keywords,
          savedBy: actor.userId,
        },
      },
    ];
    if (change) {
      events.push({
        type: 'expertise_profile.consent_changed',
        aggregateType: AGGREGATE,
        aggregateId: p.id,
        payload: {
          change,
          consentToRecommend: p.consentToRecommend,
          method: p.consent?.method ?? null,
          recordedAt: now.toISOString(),
          recordedBy: actor.userId,
        },
      });
    }
    await this.emit(m, now, ...events);
    if (managed) {
      await this.audit.record(
        'EXPERTISE_PROFILE_MANAGED',
        {
          actorUserId: actor.userId,
          details: {
            profileId: p.id,
            kind: p.kind,
            action: existing ? 'updated' : 'created',
            municipalityCode: p.municipalityCode,
          },
        },
        m,
      );
    }
    if (change && p.kind !== ExpertiseProfileKind.USER) {
      await this.audit.record(
        'CONSENT_RECORDED',
        {
          actorUserId: actor.userId,
          details: {
            profileId: p.id,
            kind: p.kind,
            change,
            method: p.consent?.method ?? null,
            municipalityCode: p.municipalityCode,
          },
        },
        m,
      );
    }
    return p;
  }

  private checkVersion(existing: ExpertiseProfileEntity | null, expected: number | null | undefined): void {
    if (!existing) {
      if (expected !== null && expected !== undefined) throw profileGone();
      return;
    }
    if (expected === null || expected === undefined) throw versionRequired(existing.version);
    if (existing.version !== expected) throw staleVersion(existing.version);
  }

  /** The checked content of a save: taakvelden with levels, keywords, bio, availability, load, consent. */
  private async content(input: ProfileContentData): Promise<Content> {
    const argument = 'policyDomains';
    const domains = input.policyDomains ?? [];
    if (domains.length === 0) {
      throw new BadUserInputError('Kies ten minste één taakveld met uw niveau.', { argument });
    }
    if (domains.length > LIMITS.policyDomainsMax) {
      throw new BadUserInputError(`Kies hooguit ${LIMITS.policyDomainsMax} taakvelden.`, { argument });
    }
    const levels = Object.values(ExpertiseLevel) as string[];
    const policyDomains: ProfilePolicyDomain[] = [];
    for (const d of domains) {
      const code = d.code.trim();
      if (!this.directory.findPolicyDomain(code)) {
        throw new BadUserInputError(`Onbekend taakveld '${code}'.`, {
          argument: `${argument}.code`,
          value: code,
        });
      }
      if (!levels.includes(d.level)) {
        throw new BadUserInputError(
          `Onbekend niveau '${String(d.level)}' bij taakveld ${code} (kies uit ${levels.join(', ')}).`,
          { argument: `${argument}.level`, value: d.level },
        );
      }
      if (policyDomains.some((p) => p.code === code)) {
        throw new BadUserInputError(`Taakveld ${code} staat er twee keer in; kies één niveau.`, {
          argument: `${argument}.code`,
          value: code,
        });
      }
      policyDomains.push({ code, level: d.level });
    }
    const rawKeywords = input.keywords ?? [];
    if (rawKeywords.length > LIMITS.keywordsMax) {
      throw new BadUserInputError(`Hooguit ${LIMITS.keywordsMax} trefwoorden.`, { argument: 'keywords' });
    }
    const keywords = rawKeywords.some((k) => normaliseTag(k))
      ? distinct((await this.tagVocabulary.canonical(rawKeywords)).map(normaliseTag).filter(Boolean))
      : [];
    const bio = input.bio?.trim() ?? '';
    if (bio.length > LIMITS.bioMax) {
      throw new BadUserInputError(`De bio is te lang (${bio.length} tekens; hooguit ${LIMITS.bioMax}).`, {
        argument: 'bio',
      });
    }
    const availability = input.availability ?? Availability.AVAILABLE;
    if (!(Object.values(Availability) as string[]).includes(availability)) {
      throw new BadUserInputError(`Onbekende beschikbaarheid '${String(availability)}'.`, {
        argument: 'availability',
        value: availability,
      });
    }
    const maxOpenQuestions = input.maxOpenQuestions ?? LIMITS.defaultMaxOpenQuestions;
    if (
      !Number.isInteger(maxOpenQuestions) ||
      maxOpenQuestions < LIMITS.maxOpenQuestionsMin ||
      maxOpenQuestions > LIMITS.maxOpenQuestionsMax
    ) {
      throw new BadUserInputError(
        `maxOpenQuestions moet een geheel getal van ${LIMITS.maxOpenQuestionsMin} tot en met ${LIMITS.maxOpenQuestionsMax} zijn (niet ${maxOpenQuestions}).`,
        { argument: 'maxOpenQuestions', value: maxOpenQuestions },
      );
    }
    return {
      policyDomains,
      keywords,
      bio,
      availability,
      maxOpenQuestions,
      consentToRecommend: input.consentToRecommend === true,
    };
  }

  /** A consent record given with a save: only together with consentToRecommend: true. */
  private consentInput(
    consent: ConsentData | null | undefined,
    consentToRecommend: boolean,
  ): { method: ConsentMethod; note: string | null } | null {
    if (!consent) return null;
    if (!consentToRecommend) {
      throw new BadUserInputError('Een toestemming (consent) hoort bij consentToRecommend: true.', {
        argument: 'consent',
      });
    }
    if (!(Object.values(ConsentMethod) as string[]).includes(consent.method)) {
      throw new BadUserInputError(`Onbekende manier van toestemming '${String(consent.method)}'.`, {
        argument: 'consent.method',
        value: consent.method,
      });
    }
    const note = trimmed(consent.note);
    if (note && note.length > LIMITS.consentNoteMax) {
      throw new BadUserInputError(`De toelichting is te lang (hooguit ${LIMITS.consentNoteMax} tekens).`, {
        argument: 'consent.note',
      });
    }
    return { method: consent.method, note };
  }

  private municipality(code: string, argument: string): string {
    if (!this.directory.findMunicipality(code)) {
      throw new BadUserInputError(`Onbekende gemeentecode '${code}' (verwacht: GM gevolgd door 4 cijfers).`, {
        argument,
        value: code,
      });
    }
    return code;
  }

  /** The filter as SQL criteria; null when it can match nothing. */
  private async criteria(f: ExpertiseProfileFilter): Promise<ProfileCriteria | null> {
    const c: Mutable<ProfileCriteria> = {};
    if (f.policyDomainCodes?.length) {
      const codes = distinct(f.policyDomainCodes.map((s) => s.trim()));
      for (const code of codes) {
        if (!this.directory.findPolicyDomain(code)) {
          throw new BadUserInputError(`Onbekend taakveld '${code}'.`, {
            argument: 'filter.policyDomainCodes',
            value: code,
          });
        }
      }
      c.policyDomainCodes = this.policyDomainCodesWithin(codes);
    }
    let municipalities: string[] | undefined;
    if (f.municipalityCode) {
      municipalities = [this.municipality(f.municipalityCode.trim(), 'filter.municipalityCode')];
    }
    if (f.regionId) {
      const regionId = f.regionId.trim();
      if (!this.directory.listRegions().some((r) => r.id === regionId)) {
        throw new BadUserInputError(`Onbekende regio '${regionId}'.`, {
          argument: 'filter.regionId',
          value: regionId,
        });
      }
      const members = this.directory.membersOf(regionId).map((m) => m.code);
      municipalities = municipalities ? municipalities.filter((m) => members.includes(m)) : members;
    }
    if (municipalities) {
      if (municipalities.length === 0) return null;
      c.municipalityCodes = municipalities;
    }
    if (f.availability) c.availabilities = [f.availability];
    if (f.kind) c.kind = f.kind;
    const keyword = f.keyword ? normaliseTag(f.keyword) : '';
    if (keyword) c.keywords = await this.tagVocabulary.expand(keyword);
    return c;
  }

  private emit(m: EntityManager, now: Date, ...events: DomainEvent<object>[]): Promise<void> {
    return recordEvents(m, events, now);
  }
}
