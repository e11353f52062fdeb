import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DirectoryService } from '@ksp/directory';
import {
  AccountService,
  AuditService,
  PolicyService,
  VisibilityScope,
  isAdmin,
  type Actor,
  type AuditEventType,
} from '@ksp/identity';
import { recordEvents } from '@ksp/persistence';
import {
  BadUserInputError,
  Clock,
  ConflictError,
  Connection,
  DomainEvent,
  ForwardPaginationArgs,
  TagVocabulary,
  connectionFromSlice,
  normaliseTag,
  offsetWindow,
} from '@ksp/shared';
import {
  answerNotFound,
  forbiddenTo,
  questionClosed,
  questionNotFound,
  staleVersion,
} from './question.errors';
import { LIMITS, distinct, median, rawDate, trimmed } from './question.rules';
import {
  AddresseeStatus,
  QuestionSort,
  QuestionStatus,
  type Addressee,
  type Answer,
  type AnswerQuestionData,
  type AnswerStatistics,
  type AskQuestionData,
  type ExpiredAnswer,
  type Question,
  type QuestionActivity,
  type QuestionFilter,
  type UpdateAnswerData,
  type UpdateQuestionData,
} from './question.types';
import { AnswerEntity, QuestionEntity } from './questions.entities';
import { QuestionCriteria, QuestionsRepository } from './questions.repository';
import { ReportLookup } from './report-lookup.port';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function toQuestion(e: QuestionEntity): Question {
  return {
    id: e.id,
    title: e.title,
    body: e.body,
    status: e.status as QuestionStatus,
    author: { id: e.authorUserId, displayName: e.authorName, organisationCode: e.authorOrganisationCode },
    authorMunicipalityCode: e.authorMunicipalityCode,
    scope: e.audienceScope as VisibilityScope,
    deadline: e.deadline,
    closedReason: e.closedReason,
    closedAt: e.closedAt,
    duplicateOfId: e.duplicateOfId,
    acceptedAnswerId: e.acceptedAnswerId,
    answerCount: e.answerCount,
    followerCount: e.followerCount,
    meTooCount: e.meTooCount,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    version: e.version,
  };
}

export function toAnswer(e: AnswerEntity, citedReportIds: readonly string[]): Answer {
  return {
    id: e.id,
    questionId: e.questionId,
    body: e.body,
    author: { id: e.authorUserId, displayName: e.authorName, organisationCode: e.authorOrganisationCode },
    authorMunicipalityCode: e.authorMunicipalityCode,
    accepted: !!e.accepted,
    validUntil: e.validUntil,
    citedReportIds,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    version: e.version,
  };
}

const MAX_EXPIRED = 500;

/**
 * Questions and answers: the rules of asking, answering, accepting, following, closing and
 * merging. Every read goes through the policy layer (the question's access keys); what an actor
 * may not see is NOT_FOUND. Every change records its domain events in the same transaction.
 */
@Injectable()
export class QuestionsService {
  constructor(
    private readonly repository: QuestionsRepository,
    private readonly policy: PolicyService,
    private readonly directory: DirectoryService,
    private readonly accounts: AccountService,
    private readonly audit: AuditService,
    private readonly tagVocabulary: TagVocabulary,
    private readonly reports: ReportLookup,
    private readonly clock: Clock,
  ) {}

  // ---- reading -------------------------------------------------------------------------------

  async get(actor: Actor | null, id: string): Promise<Question> {
    const q = await this.repository.findVisible(id, this.policy.filterFor(actor));
    if (!q) throw questionNotFound(id);
    return toQuestion(q);
  }

  async getAnswer(actor: Actor | null, id: string): Promise<Answer> {
    const found = (await this.answersByIds(actor, [id])).get(id);
    if (!found) throw answerNotFound(id, 'id');
    return found;
  }

  async list(
    actor: Actor | null,
    filter: QuestionFilter | null | undefined,
    sort: QuestionSort | null | undefined,
    page: ForwardPaginationArgs,
  ): Promise<Connection<Question>> {
    const { start, first } = offsetWindow(page);
    const criteria = await this.criteria(actor, filter ?? {});
    if (!criteria) return connectionFromSlice([], 0, start);
    const [rows, total] = await this.repository.list(
      this.policy.filterFor(actor),
      criteria,
      sort ?? QuestionSort.NEWEST,
      start,
      first,
    );
    return connectionFromSlice(rows.map(toQuestion), total, start);
  }

  /** The filter as SQL criteria; null when it can match nothing for this actor. */
  private async criteria(actor: Actor | null, f: QuestionFilter): Promise<QuestionCriteria | null> {
    const c: Mutable<QuestionCriteria> = {};
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
      c.policyDomainCodes = this.directory.policyDomainFilterCodes(codes);
    }
    let municipalities: string[] | undefined;
    if (f.municipalityCode) {
      if (!this.directory.findMunicipality(f.municipalityCode)) {
        throw new BadUserInputError(`Onbekende gemeentecode '${f.municipalityCode}'.`, {
          argument: 'filter.municipalityCode',
          value: f.municipalityCode,
        });
      }
      municipalities = [f.municipalityCode];
    }
    if (f.regionId) {
      const regionId = f.regionId;
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
      c.authorMunicipalityCodes = municipalities;
    }
    if (f.status) c.status = f.status;
    if (f.year !== undefined && f.year !== null) {
      c.createdFrom = new Date(Date.UTC(f.year, 0, 1));
      c.createdBefore = new Date(Date.UTC(f.year + 1, 0, 1));
    }
    const tag = f.tag ? normaliseTag(f.tag) : '';
    if (tag) c.tags = await this.tagVocabulary.expand(tag);
    if (f.askedByMe) {
      if (!actor) return null;
      c.authorUserId = actor.userId;
    }
    if (f.followedByMe) {
      if (!actor) return null;
      c.followerUserId = actor.userId;
    }
    if (f.addressedToMyMunicipality) {
      if (!actor?.municipalityCode) return null;
      c.addressedMunicipalityCode = actor.municipalityCode;
    }
    return c;
  }

  // ---- asking and editing --------------------------------------------------------------------

  async ask(actor: Actor, input: AskQuestionData): Promise<Question> {
    const title = this.title(input.title);
    const body = this.body(input.body, 'body');
    const policyDomainCodes = this.policyDomainCodes(input.policyDomainCodes);
    const tags = await this.canonicalTags(input.tags ?? []);
    const audience = this.policy.audienceFor(actor, input.audience);
    const now = this.clock.now();
    const deadline = input.deadline ?? null;
    if (deadline) this.assertFuture(deadline, now, 'deadline', 'De deadline');
    const me = await this.accounts.me(actor);

    const own = audience.authorMunicipalityCode;
    const addresseeCodes =
      audience.scope === VisibilityScope.NEIGHBOURS && own
        ? this.directory.neighboursOf(own).map((m) => m.code)
        : audience.scope === VisibilityScope.MUNICIPALITIES
          ? audience.municipalityCodes.filter((c) => c !== own)
          : [];
    // Coordinators of the asker's regions curate the question (merge, close, accept): they see it.
    const accessKeys = distinct([...this.policy.accessKeysOf(audience), ...this.policy.reviewerKeysFor(own)]);
    const question = Object.assign(new QuestionEntity(), {
      id: randomUUID(),
      title,
      body,
      authorUserId: actor.userId,
      authorName: me.displayName,
      authorOrganisationCode: actor.organisationCode,
      authorMunicipalityCode: own,
      audienceScope: audience.scope,
      deadline,
      status: QuestionStatus.OPEN,
      closedReason: null,
      closedAt: null,
      closedBy: null,
      duplicateOfId: null,
      acceptedAnswerId: null,
      answerCount: 0,
      followerCount: 1,
      meTooCount: 0,
      createdAt: now,
      updatedAt: now,
    });
    await this.repository.transaction(async (m) => {
      await this.repository.insertQuestion(
        {
          question,
          policyDomainCodes,
          tags,
          regionIds: audience.regionIds,
          municipalityCodes: audience.municipalityCodes,
          accessKeys,
          addresseeCodes,
        },
        m,
      );
      // The asker follows their own question.
      await this.repository.follow(question.id, actor.userId, now, m);
      await this.emit(m, now, {
        type: 'question.asked',
        aggregateType: 'question',
        aggregateId: question.id,
        payload: {
          authorUserId: actor.userId,
          authorMunicipalityCode: own,
          scope: audience.scope,
          policyDomainCodes,
          tags,
          addressedMunicipalityCodes: addresseeCodes,
        },
      });
    });
    return toQuestion(question);
  }

  /** The asker edits while no answer exists; `expectedVersion` guards against lost updates. */
  async update(actor: Actor, input: UpdateQuestionData): Promise<Question> {
    const title = input.title === undefined || input.title === null ? null : this.title(input.title);
    const body = input.body === undefined || input.body === null ? null : this.body(input.body, 'body');
    const codes =
      input.policyDomainCodes === undefined || input.policyDomainCodes === null
        ? null
        : this.policyDomainCodes(input.policyDomainCodes);
    const tags =
      input.tags === undefined || input.tags === null ? null : await this.canonicalTags(input.tags);
    const now = this.clock.now();
    return this.repository.transaction(async (m) => {
      const q = await this.visibleForChange(actor, input.id, m);
      if (q.authorUserId !== actor.userId) throw forbiddenTo('alleen uw eigen vragen wijzigen');
      if (q.answerCount > 0) {
        throw new ConflictError(
          'Deze vraag heeft al een antwoord en kan daarom niet meer worden gewijzigd. Stel zo nodig een nieuwe vraag of sluit deze.',
          { argument: 'id', value: q.id },
        );
      }
      if (q.version !== input.expectedVersion) throw staleVersion('vraag', q.version);
      const changed: string[] = [];
      if (title !== null && title !== q.title) {
        q.title = title;
        changed.push('title');
      }
      if (body !== null && body !== q.body) {
        q.body = body;
        changed.push('body');
      }
      if (input.deadline !== undefined) {
        const deadline = input.deadline;
        if (deadline?.getTime() !== q.deadline?.getTime()) {
          if (deadline) this.assertFuture(deadline, now, 'deadline', 'De deadline');
          q.deadline = deadline;
          changed.push('deadline');
        }
      }
      if (codes) {
        await this.repository.replacePolicyDomains(q.id, codes, m);
        changed.push('policyDomainCodes');
      }
      if (tags) {
        await this.repository.replaceTags(q.id, tags, m);
        changed.push('tags');
      }
      if (changed.length === 0) return toQuestion(q);
      q.updatedAt = now;
      const saved = await this.repository.saveQuestion(q, m);
      await this.emit(m, now, {
        type: 'question.updated',
        aggregateType: 'question',
        aggregateId: q.id,
        payload: {
          changed,
          ...(codes ? { policyDomainCodes: codes } : {}),
          ...(tags ? { tags } : {}),
        },
      });
      return toQuestion(saved);
    });
  }

  // ---- answering -----------------------------------------------------------------------------

  /**
   * Anyone who may see an OPEN question answers it, except its asker (who edits the question
   * while it has no answers). Answering as a member of an addressed gemeente marks that
   * gemeente ANSWERED.
   */
  async answer(actor: Actor, input: AnswerQuestionData): Promise<Answer> {
    const body = this.body(input.body, 'body');
    const now = this.clock.now();
    const validUntil = input.validUntil ?? null;
    if (validUntil) this.assertFuture(validUntil, now, 'validUntil', '"Geldig tot"');
    const cited = await this.citations(actor, input.citedReportIds ?? []);
    const me = await this.accounts.me(actor);
    return this.repository.transaction(async (m) => {
      const q = await this.visibleForChange(actor, input.questionId, m, 'questionId');
      if (q.status !== QuestionStatus.OPEN) throw questionClosed(q.id);
      if (q.authorUserId === actor.userId) {
        throw forbiddenTo(
          'uw eigen vraag niet beantwoorden; vul de vraag aan zolang er geen antwoord is, of stel een vervolgvraag',
        );
      }
      const answer = Object.assign(new AnswerEntity(), {
        id: randomUUID(),
        questionId: q.id,
        body,
        authorUserId: actor.userId,
        authorName: me.displayName,
        authorOrganisationCode: actor.organisationCode,
        authorMunicipalityCode: actor.municipalityCode,
        accepted: false,
        validUntil,
        createdAt: now,
        updatedAt: now,
      });
      await this.repository.insertAnswer(answer, cited, m);
      await this.repository.refreshCounters(q.id, m);
      let addressee: string | null = null;
      if (actor.municipalityCode) {
        const row = await this.repository.findAddressee(q.id, actor.municipalityCode, m);
        if (row && row.status !== AddresseeStatus.ANSWERED) {
          Object.assign(row, {
            status: AddresseeStatus.ANSWERED,
            reason: null,
            respondedBy: actor.userId,
            updatedAt: now,
          });
          await this.repository.saveAddressee(row, m);
          addressee = row.municipalityCode;
        }
      }
      await this.emit(m, now, {
        type: 'question.answered',
        aggregateType: 'question',
        aggregateId: q.id,
        payload: {
          answerId: answer.id,
          authorUserId: actor.userId,
          authorMunicipalityCode: actor.municipalityCode,
          addresseeAnswered: addressee,
          citedReportIds: cited,
        },
      });
      return toAnswer(answer, cited);
    });
  }

  /** The author of an answer changes it (text, citations, "geldig tot"), guarded by its version. */
  async updateAnswer(actor: Actor, input: UpdateAnswerData): Promise<Answer> {
    const body = input.body === undefined || input.body === null ? null : this.body(input.body, 'body');
    const now = this.clock.now();
    const cited =
      input.citedReportIds === undefined || input.citedReportIds === null
        ? null
        : await this.citations(actor, input.citedReportIds);
    return this.repository.transaction(async (m) => {
      const a = await this.repository.findAnswer(input.id, m);
      if (!a) throw answerNotFound(input.id, 'id');
      const q = await this.repository.findVisible(a.questionId, this.policy.filterFor(actor), m, true);
      if (!q) throw answerNotFound(input.id, 'id');
      if (a.authorUserId !== actor.userId) throw forbiddenTo('alleen uw eigen antwoorden wijzigen');
      if (a.version !== input.expectedVersion) throw staleVersion('antwoord', a.version);
      const changed: string[] = [];
      if (body !== null && body !== a.body) {
        a.body = body;
        changed.push('body');
      }
      if (input.validUntil !== undefined && input.validUntil?.getTime() !== a.validUntil?.getTime()) {
        if (input.validUntil) this.assertFuture(input.validUntil, now, 'validUntil', '"Geldig tot"');
        a.validUntil = input.validUntil;
        changed.push('validUntil');
      }
      if (cited) {
        await this.repository.replaceCitations(a.id, cited, m);
        changed.push('citedReportIds');
      }
      const citedNow = cited ?? (await this.repository.citationsOf([a.id], m)).map((c) => c.reportId);
      if (changed.length === 0) return toAnswer(a, citedNow);
      a.updatedAt = now;
      const saved = await this.repository.saveAnswer(a, m);
      await this.emit(m, now, {
        type: 'answer.updated',
        aggregateType: 'answer',
        aggregateId: a.id,
        payload: { questionId: a.questionId, changed },
      });
      return toAnswer(saved, citedNow);
    });
  }

  /**
   * The asker, a coordinator of a region with the asker's gemeente, or an admin accepts one
   * answer; accepting another switches.
   */
  async acceptAnswer(actor: Actor, answerId: string): Promise<Answer> {
    const now = this.clock.now();
    return this.repository.transaction(async (m) => {
      const a = await this.repository.findAnswer(answerId, m);
      if (!a) throw answerNotFound(answerId);
      const q = await this.repository.findVisible(a.questionId, this.policy.filterFor(actor), m, true);
      if (!q) throw answerNotFound(answerId);
      const asker = q.authorUserId === actor.userId;
      if (!asker && !this.policy.coordinates(actor, q.authorMunicipalityCode)) {
        throw forbiddenTo(
          'dit antwoord niet accepteren: dat doen de vraagsteller en de coördinatoren van de regio',
        );
      }
      const cited = (await this.repository.citationsOf([a.id], m)).map((c) => c.reportId);
      if (q.acceptedAnswerId === a.id) return toAnswer(a, cited);
      const previous = q.acceptedAnswerId;
      await this.repository.setAccepted(q.id, a.id, m);
      q.acceptedAnswerId = a.id;
      q.updatedAt = now;
      await this.repository.saveQuestion(q, m);
      await this.emit(m, now, {
        type: 'answer.accepted',
        aggregateType: 'answer',
        aggregateId: a.id,
        payload: { questionId: q.id, previousAnswerId: previous, acceptedBy: actor.userId },
      });
      if (!asker) {
        await this.audited(m, 'ANSWER_ACCEPTED_BY_COORDINATOR', actor, {
          questionId: q.id,
          answerId: a.id,
          previousAnswerId: previous,
        });
      }
      a.accepted = true;
      return toAnswer(a, cited);
    });
  }

  /** A member of an addressed gemeente says their gemeente will not answer, and why. */
  async decline(actor: Actor, questionId: string, reasonText: string): Promise<Question> {
    const reason = this.reason(reasonText);
    const now = this.clock.now();
    return this.repository.transaction(async (m) => {
      const q = await this.visibleForChange(actor, questionId, m, 'questionId');
      const row = actor.municipalityCode
        ? await this.repository.findAddressee(q.id, actor.municipalityCode, m)
        : null;
      if (!row) throw forbiddenTo('alleen afzien namens een gemeente waaraan de vraag is gericht');
      if (q.status !== QuestionStatus.OPEN) throw questionClosed(q.id);
      if (row.status === AddresseeStatus.ANSWERED) {
        throw new ConflictError('Uw gemeente heeft deze vraag al beantwoord.', {
          argument: 'questionId',
          value: q.id,
        });
      }
      Object.assign(row, {
        status: AddresseeStatus.DECLINED,
        reason,
        respondedBy: actor.userId,
        updatedAt: now,
      });
      await this.repository.saveAddressee(row, m);
      await this.emit(m, now, {
        type: 'question.declined',
        aggregateType: 'question',
        aggregateId: q.id,
        payload: { municipalityCode: row.municipalityCode, reason, userId: actor.userId },
      });
      return toQuestion(q);
    });
  }

  // ---- following -----------------------------------------------------------------------------

  async follow(actor: Actor, id: string): Promise<Question> {
    return this.changeFollowing(actor, id, async (q, m, now) =>
      (await this.repository.follow(q.id, actor.userId, now, m)) ? ['question.followed'] : [],
    );
  }

  async unfollow(actor: Actor, id: string): Promise<Question> {
    return this.changeFollowing(actor, id, async (q, m) =>
      (await this.repository.unfollow(q.id, actor.userId, m)) ? ['question.unfollowed'] : [],
    );
  }

  /**
   * "Ik wil dit ook weten": sets (`meToo` true, the default) or withdraws (false) the actor's
   * me-too; idempotent, so a retried request does not flip it back. Setting it also follows the
   * question (you want to hear the answer). Not for the asker.
   */
  async meToo(actor: Actor, id: string, meToo: boolean): Promise<Question> {
    return this.changeFollowing(
      actor,
      id,
      async (q, m, now) => {
        if (q.authorUserId === actor.userId) throw forbiddenTo('niet "ik ook" zeggen bij uw eigen vraag');
        if (!meToo)
          return (await this.repository.removeMeToo(q.id, actor.userId, m)) ? ['question.me_too'] : [];
        if (!(await this.repository.addMeToo(q.id, actor.userId, now, m))) return [];
        const followed = await this.repository.follow(q.id, actor.userId, now, m);
        return followed ? ['question.me_too', 'question.followed'] : ['question.me_too'];
      },
      { meToo },
    );
  }

  private async changeFollowing(
    actor: Actor,
    id: string,
    change: (q: QuestionEntity, m: EntityManager, now: Date) => Promise<string[]>,
    payload: Record<string, unknown> = {},
  ): Promise<Question> {
    const now = this.clock.now();
    return this.repository.transaction(async (m) => {
      const q = await this.visibleForChange(actor, id, m);
      const types = await change(q, m, now);
      if (types.length === 0) return toQuestion(q);
      await this.repository.refreshCounters(q.id, m);
      const fresh = (await this.repository.findVisible(q.id, { everything: true, keys: [] }, m))!;
      await this.emit(
        m,
        now,
        ...types.map((type) => ({
          type,
          aggregateType: 'question',
          aggregateId: q.id,
          payload: {
            userId: actor.userId,
            ...(type === 'question.me_too' ? { ...payload, meTooCount: fresh.meTooCount } : {}),
            followerCount: fresh.followerCount,
          },
        })),
      );
      return toQuestion(fresh);
    });
  }

  // ---- closing, reopening, duplicates --------------------------------------------------------

  /** The asker or a coordinator of a region with the asker's gemeente (or an admin) closes it. */
  async close(actor: Actor, id: string, reasonText: string): Promise<Question> {
    const reason = this.reason(reasonText);
    const now = this.clock.now();
    return this.repository.transaction(async (m) => {
      const q = await this.visibleForChange(actor, id, m);
      const asker = this.assertAskerOrCoordinator(actor, q, 'deze vraag niet sluiten');
      if (q.status === QuestionStatus.CLOSED) {
        throw new ConflictError('Deze vraag is al gesloten.', { argument: 'id', value: q.id });
      }
      Object.assign(q, {
        status: QuestionStatus.CLOSED,
        closedReason: reason,
        closedAt: now,
        closedBy: actor.userId,
        updatedAt: now,
      });
      const saved = await this.repository.saveQuestion(q, m);
      await this.emit(m, now, {
        type: 'question.closed',
        aggregateType: 'question',
        aggregateId: q.id,
        payload: { reason, closedBy: actor.userId },
      });
      if (!asker)
        await this.audited(m, 'QUESTION_CLOSED_BY_COORDINATOR', actor, { questionId: q.id, reason });
      return toQuestion(saved);
    });
  }

  /** Reopens a closed question (also one closed as a duplicate: the link is removed). */
  async reopen(actor: Actor, id: string): Promise<Question> {
    const now = this.clock.now();
    return this.repository.transaction(async (m) => {
      const q = await this.visibleForChange(actor, id, m);
      this.assertAskerOrCoordinator(actor, q, 'deze vraag niet heropenen');
      if (q.status === QuestionStatus.OPEN) {
        throw new ConflictError('Deze vraag is al open.', { argument: 'id', value: q.id });
      }
      const wasDuplicateOf = q.duplicateOfId;
      Object.assign(q, {
        status: QuestionStatus.OPEN,
        closedReason: null,
        closedAt: null,
        closedBy: null,
        duplicateOfId: null,
        updatedAt: now,
      });
      const saved = await this.repository.saveQuestion(q, m);
      await this.emit(m, now, {
        type: 'question.reopened',
        aggregateType: 'question',
        aggregateId: q.id,
        payload: { reopenedBy: actor.userId, wasDuplicateOf },
      });
      return toQuestion(saved);
    });
  }

  /**
   * A coordinator marks a question as a duplicate of another: it closes, and its followers and
   * me-toos move to the other question (nobody twice). Both must be visible to the coordinator;
   * the other question may not itself be a duplicate (so no chains or circles arise).
   */
  async markDuplicate(actor: Actor, questionId: string, duplicateOfId: string): Promise<Question> {
    if (questionId === duplicateOfId) {
      throw new BadUserInputError('Een vraag kan geen duplicaat van zichzelf zijn.', {
        argument: 'duplicateOfId',
        value: duplicateOfId,
      });
    }
    const now = this.clock.now();
    const filter = this.policy.filterFor(actor);
    return this.repository.transaction(async (m) => {
      // Lock both rows in a fixed order (no deadlock with a merge the other way round).
      const [firstId, secondId] = [questionId, duplicateOfId].sort();
      const first = await this.repository.findVisible(firstId!, filter, m, true);
      const second = await this.repository.findVisible(secondId!, filter, m, true);
      const q = first?.id === questionId ? first : second;
      const target = first?.id === duplicateOfId ? first : second;
      if (!q) throw questionNotFound(questionId, 'questionId');
      if (!target) throw questionNotFound(duplicateOfId, 'duplicateOfId');
      if (!this.policy.coordinates(actor, q.authorMunicipalityCode)) {
        throw forbiddenTo(
          'deze vraag niet als duplicaat markeren: dat doen de coördinatoren van de regio van de vraagsteller',
        );
      }
      if (q.duplicateOfId) {
        throw new ConflictError(`Deze vraag is al een duplicaat van '${q.duplicateOfId}'.`, {
          argument: 'questionId',
          value: q.id,
        });
      }
      if (target.duplicateOfId) {
        throw new BadUserInputError(
          `De vraag '${target.id}' is zelf een duplicaat van '${target.duplicateOfId}'; kies die vraag.`,
          { argument: 'duplicateOfId', value: target.id },
        );
      }
      await this.repository.moveFollowers(q.id, target.id, target.authorUserId, m);
      await this.repository.refreshCounters(q.id, m);
      await this.repository.refreshCounters(target.id, m);
      const wasOpen = q.status === QuestionStatus.OPEN;
      Object.assign(q, {
        status: QuestionStatus.CLOSED,
        closedReason: wasOpen ? null : q.closedReason,
        closedAt: wasOpen ? now : q.closedAt,
        closedBy: wasOpen ? actor.userId : q.closedBy,
        duplicateOfId: target.id,
        updatedAt: now,
        followerCount: 0,
        meTooCount: 0,
      });
      const saved = await this.repository.saveQuestion(q, m);
      await this.emit(
        m,
        now,
        {
          type: 'question.marked_duplicate',
          aggregateType: 'question',
          aggregateId: q.id,
          payload: { duplicateOfId: target.id, markedBy: actor.userId },
        },
        {
          type: 'question.updated',
          aggregateType: 'question',
          aggregateId: target.id,
          payload: { changed: ['followers', 'meToo'], mergedFromId: q.id },
        },
      );
      await this.audited(m, 'QUESTION_MARKED_DUPLICATE', actor, {
        questionId: q.id,
        duplicateOfId: target.id,
      });
      return toQuestion(saved);
    });
  }

  // ---- batches (GraphQL loaders and other libraries) -----------------------------------------

  /** Of these question ids, the ones the actor may see. */
  async visibleQuestionIds(actor: Actor | null, ids: readonly string[]): Promise<Set<string>> {
    return new Set(
      (await this.repository.findVisibleMany(ids, this.policy.filterFor(actor))).map((q) => q.id),
    );
  }

  /** The questions among these ids that the actor may see (the rest are absent). */
  async questionsByIds(actor: Actor | null, ids: readonly string[]): Promise<Map<string, Question>> {
    const rows = await this.repository.findVisibleMany(ids, this.policy.filterFor(actor));
    return new Map(rows.map((q) => [q.id, toQuestion(q)]));
  }

  /** The answers among these ids whose question the actor may see (the rest are absent). */
  async answersByIds(actor: Actor | null, ids: readonly string[]): Promise<Map<string, Answer>> {
    const rows = await this.repository.findVisibleAnswers(ids, this.policy.filterFor(actor));
    return this.withCitations(rows);
  }

  /** The answers of questions the caller already may see, oldest first. */
  async answersOfQuestions(questionIds: readonly string[]): Promise<Map<string, Answer[]>> {
    const answers = await this.withCitations(await this.repository.answersOf(questionIds));
    const out = new Map<string, Answer[]>(questionIds.map((id) => [id, []]));
    for (const a of answers.values()) out.get(a.questionId)?.push(a);
    return out;
  }

  private async withCitations(rows: readonly AnswerEntity[]): Promise<Map<string, Answer>> {
    const citations = await this.repository.citationsOf(rows.map((a) => a.id));
    const cited = new Map<string, string[]>();
    for (const c of citations)
      (cited.get(c.answerId) ?? cited.set(c.answerId, []).get(c.answerId)!).push(c.reportId);
    return new Map(rows.map((a) => [a.id, toAnswer(a, cited.get(a.id) ?? [])]));
  }

  async policyDomainCodesOf(questionIds: readonly string[]): Promise<Map<string, string[]>> {
    return group(questionIds, await this.repository.policyDomainsOf(questionIds), (r) => r.code);
  }

  async tagsOf(questionIds: readonly string[]): Promise<Map<string, string[]>> {
    return group(questionIds, await this.repository.tagsOf(questionIds), (r) => r.tag);
  }

  async audiencesOf(
    questionIds: readonly string[],
  ): Promise<Map<string, { regionIds: string[]; municipalityCodes: string[] }>> {
    const [regions, municipalities] = await Promise.all([
      this.repository.audienceRegionsOf(questionIds),
      this.repository.audienceMunicipalitiesOf(questionIds),
    ]);
    const r = group(questionIds, regions, (x) => x.regionId);
    const mu = group(questionIds, municipalities, (x) => x.municipalityCode);
    return new Map(
      questionIds.map((id) => [id, { regionIds: r.get(id) ?? [], municipalityCodes: mu.get(id) ?? [] }]),
    );
  }

  async addresseesOf(questionIds: readonly string[]): Promise<Map<string, Addressee[]>> {
    return group(questionIds, await this.repository.addresseesOf(questionIds), (r) => ({
      questionId: r.questionId,
      municipalityCode: r.municipalityCode,
      status: r.status as AddresseeStatus,
      reason: r.reason,
      updatedAt: r.updatedAt,
    }));
  }

  followedBy(actor: Actor | null, questionIds: readonly string[]): Promise<Set<string>> {
    return actor ? this.repository.followedBy(actor.userId, questionIds) : Promise.resolve(new Set());
  }

  meTooBy(actor: Actor | null, questionIds: readonly string[]): Promise<Set<string>> {
    return actor ? this.repository.meTooBy(actor.userId, questionIds) : Promise.resolve(new Set());
  }

  /** Whether the actor may accept, close, reopen (asker or curating coordinator). */
  mayCurate(actor: Actor | null, q: Question): boolean {
    return (
      !!actor && (q.author.id === actor.userId || this.policy.coordinates(actor, q.authorMunicipalityCode))
    );
  }

  /** Whether the actor coordinates the asker's gemeente (marks duplicates). */
  coordinates(actor: Actor | null, q: Question): boolean {
    return this.policy.coordinates(actor, q.authorMunicipalityCode);
  }

  /**
   * Answers given, accepted answers and the median minutes to a first answer, per user (every
   * requested user is in the map). The median is over the questions the user answered, of
   * (their first answer on it − the question asked). Counts everything, regardless of who asks:
   * they are statistics, not content. With `policyDomainCodes` (exact codes; expand them with
   * DirectoryService.policyDomainFilterCodes first), only answers on questions with any of these
   * taakvelden: a user's track record in a domain (matching).
   */
  async answerStatistics(
    userIds: readonly string[],
    policyDomainCodes?: readonly string[],
  ): Promise<Map<string, AnswerStatistics>> {
    const rows = await this.repository.answerStatistics(userIds, policyDomainCodes);
    const acc = new Map<string, { given: number; accepted: number; minutes: number[] }>(
      userIds.map((id) => [id, { given: 0, accepted: 0, minutes: [] }]),
    );
    for (const r of rows) {
      const s = acc.get(r.userId);
      if (!s) continue;
      s.given += r.answers;
      s.accepted += r.accepted;
      s.minutes.push((rawDate(r.firstAnswerAt).getTime() - rawDate(r.askedAt).getTime()) / 60_000);
    }
    return new Map(
      [...acc].map(([id, s]) => [
        id,
        { answersGiven: s.given, acceptedAnswers: s.accepted, medianMinutesToFirstAnswer: median(s.minutes) },
      ]),
    );
  }

  /**
   * Per gemeente (every one asked for is in the map), counted over what the actor may see: the
   * questions its people asked and the answers they wrote since `since`, and its open questions
   * and those past their deadline at `now` without an answer (by the asker's gemeente). Two
   * statements, however many gemeenten.
   */
  async activityPerMunicipality(
    actor: Actor | null,
    municipalityCodes: readonly string[],
    since: Date,
    now: Date,
  ): Promise<Map<string, QuestionActivity>> {
    const codes = distinct(municipalityCodes);
    const filter = this.policy.filterFor(actor);
    const [questions, answers] = await Promise.all([
      this.repository.activityPerMunicipality(filter, codes, since, now),
      this.repository.answersPerMunicipality(filter, codes, since),
    ]);
    const asked = new Map(questions.map((r) => [r.code, r]));
    const answered = new Map(answers.map((r) => [r.code, r.answers]));
    return new Map(
      codes.map((code) => {
        const q = asked.get(code);
        return [
          code,
          {
            questionsAsked: q?.asked ?? 0,
            answersGiven: answered.get(code) ?? 0,
            openQuestions: q?.open ?? 0,
            overdueQuestions: q?.overdue ?? 0,
          },
        ];
      }),
    );
  }

  /**
   * A system read of questions by id, WITHOUT the policy layer: for background work that acts for
   * nobody in particular (routing a new question to experts, escalating unanswered ones). Never
   * hand the result to a person without checking what they may see (`visibleQuestionIds`).
   */
  async systemQuestionsByIds(ids: readonly string[]): Promise<Map<string, Question>> {
    const rows = await this.repository.findMany(ids);
    return new Map(rows.map((q) => [q.id, toQuestion(q)]));
  }

  /**
   * Answers past their "geldig tot" on questions whose asker's gemeente the actor coordinates
   * (admins: all), oldest expiry first, at most 500: curation's freshness flags.
   */
  async expiredAnswers(actor: Actor | null, now: Date): Promise<ExpiredAnswer[]> {
    if (!actor) return [];
    let curated: string[] | null = null;
    if (!isAdmin(actor)) {
      curated = distinct(
        actor.coordinatorRegionIds.flatMap((r) => this.directory.membersOf(r).map((x) => x.code)),
      );
      if (curated.length === 0) return [];
    }
    const rows = await this.repository.expiredAnswers(
      this.policy.filterFor(actor),
      curated,
      now,
      MAX_EXPIRED,
    );
    if (rows.length === 0) return [];
    const answers = await this.withCitations(rows);
    const questions = new Map(
      (await this.repository.findMany(rows.map((a) => a.questionId))).map((q) => [q.id, toQuestion(q)]),
    );
    return [...answers.values()].flatMap((answer) => {
      const question = questions.get(answer.questionId);
      return question ? [{ answer, question }] : [];
    });
  }

  // ---- helpers -------------------------------------------------------------------------------

  private async visibleForChange(
    actor: Actor,
    id: string,
    m: EntityManager,
    argument = 'id',
  ): Promise<QuestionEntity> {
    const q = await this.repository.findVisible(id, this.policy.filterFor(actor), m, true);
    if (!q) throw questionNotFound(id, argument);
    return q;
  }

  /** True when the actor is the asker; a coordinator passes too; others are FORBIDDEN. */
  private assertAskerOrCoordinator(actor: Actor, q: QuestionEntity, what: string): boolean {
    if (q.authorUserId === actor.userId) return true;
    if (this.policy.coordinates(actor, q.authorMunicipalityCode)) return false;
    throw forbiddenTo(`${what}: dat doen de vraagsteller en de coördinatoren van de regio`);
  }

  private title(value: string): string {
    const t = trimmed(value);
    if (!t) throw new BadUserInputError('De titel mag niet leeg zijn.', { argument: 'title' });
    if (t.length > LIMITS.titleMax) {
      throw new BadUserInputError(`De titel is te lang (maximaal ${LIMITS.titleMax} tekens).`, {
        argument: 'title',
      });
    }
    return t;
  }

  private body(value: string, argument: string): string {
    const t = trimmed(value);
    if (!t) throw new BadUserInputError('De tekst mag niet leeg zijn.', { argument });
    if (t.length > LIMITS.bodyMax) {
      throw new BadUserInputError(`De tekst is te lang (maximaal ${LIMITS.bodyMax} tekens).`, { argument });
    }
    return t;
  }

  private reason(value: string): string {
    const t = trimmed(value);
    if (!t) throw new BadUserInputError('Geef een reden op.', { argument: 'reason' });
    if (t.length > LIMITS.reasonMax) {
      throw new BadUserInputError(`De reden is te lang (maximaal ${LIMITS.reasonMax} tekens).`, {
        argument: 'reason',
      });
    }
    return t;
  }

  /**
   * One or more known taakvelden (or hoofdstukken). Superseded ones are accepted (the directory
   * knows them, and a filter on either finds both: policyDomainFilterCodes).
   */
  private policyDomainCodes(codes: readonly string[]): string[] {
    const argument = 'policyDomainCodes';
    const list = distinct(codes.map((c) => c.trim()).filter(Boolean));
    if (list.length === 0) throw new BadUserInputError('Kies ten minste één taakveld.', { argument });
    if (list.length > LIMITS.policyDomainsMax) {
      throw new BadUserInputError(`Kies hooguit ${LIMITS.policyDomainsMax} taakvelden.`, { argument });
    }
    for (const code of list) {
      if (!this.directory.findPolicyDomain(code)) {
        throw new BadUserInputError(`Onbekend taakveld '${code}'.`, { argument, value: code });
      }
    }
    return list;
  }

  private async canonicalTags(tags: readonly string[]): Promise<string[]> {
    if (tags.length > LIMITS.tagsMax) {
      throw new BadUserInputError(`Hooguit ${LIMITS.tagsMax} tags.`, { argument: 'tags' });
    }
    return tags.some((t) => normaliseTag(t)) ? this.tagVocabulary.canonical(tags) : [];
  }

  /** Cited reports must exist and be visible to the one who cites them. */
  private async citations(actor: Actor, ids: readonly string[]): Promise<string[]> {
    const list = distinct(ids.map((id) => id.trim()).filter(Boolean));
    if (list.length === 0) return [];
    if (list.length > LIMITS.citationsMax) {
      throw new BadUserInputError(`Verwijs naar hooguit ${LIMITS.citationsMax} rapporten.`, {
        argument: 'citedReportIds',
      });
    }
    const visible = await this.reports.visibleReportIds(actor, list);
    const missing = list.find((id) => !visible.has(id));
    if (missing) {
      throw new BadUserInputError(`Rapport '${missing}' bestaat niet of u mag het niet zien.`, {
        argument: 'citedReportIds',
        value: missing,
      });
    }
    return list;
  }

  private assertFuture(date: Date, now: Date, argument: string, label: string): void {
    if (Number.isNaN(date.getTime())) {
      throw new BadUserInputError(`${label} is geen geldige datum.`, { argument });
    }
    if (date.getTime() <= now.getTime()) {
      throw new BadUserInputError(`${label} moet in de toekomst liggen.`, {
        argument,
        value: date.toISOString(),
      });
    }
  }

  private emit(m: EntityManager, now: Date, ...events: DomainEvent<object>[]): Promise<void> {
    return recordEvents(m, events, now);
  }

  private audited(
    m: EntityManager,
    type: AuditEventType,
    actor: Actor,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(type, { actorUserId: actor.userId, details }, m);
  }
}

/** Rows grouped by question id (every requested id present), mapped per row. */
function group<R extends { questionId: string }, V>(
  ids: readonly string[],
  rows: readonly R[],
  map: (r: R) => V,
): Map<string, V[]> {
  const out = new Map<string, V[]>(ids.map((id) => [id, []]));
  for (const r of rows) out.get(r.questionId)?.push(map(r));
  return out;
}
