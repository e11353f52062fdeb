import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Role, type Actor } from '@ksp/identity';
import {
  OutboxHandlerRegistry,
  recordEvents,
  runInBackground,
  type OutboxEvent,
  type OutboxHandler,
} from '@ksp/persistence';
import { QuestionStatus, QuestionsService, type Question } from '@ksp/questions';
import { Clock } from '@ksp/shared';
import type { Matcher } from './matcher';
import type { MatchingConfig } from './matching.config';
import { EscalationEntity, RoutingEntity } from './matching.entities';
import { routingNotFound, routingNotOpen } from './matching.errors';
import { HUB_MATCHER, MATCHING_CONFIG } from './matching.options';
import { MatchingRepository } from './matching.repository';
import { SYSTEM_READER, parseList, type Reader } from './matching.sources';
import { RoutingStatus, type DeclineReason, type ExpertMatch, type Routing } from './matching.types';

const ACTIVE: readonly string[] = [RoutingStatus.ROUTED, RoutingStatus.ESCALATED];
const OVERDUE_BATCH = 200;
/** Routing looks at this many of the best experts for the few it routes to. */
const ROUTING_CANDIDATES = 50;

export function toRouting(e: RoutingEntity): Routing {
  return {
    id: e.id,
    questionId: e.questionId,
    expertiseProfileId: e.expertiseProfileId,
    userId: e.userId,
    status: e.status as RoutingStatus,
    round: e.round,
    score: e.score,
    reasons: parseList(e.reasons),
    policyDomainCodes: parseList(e.policyDomainCodes),
    routedAt: e.routedAt,
    respondedAt: e.respondedAt,
    declineReason: (e.declineReason as DeclineReason | null) ?? null,
    declineNote: e.declineNote,
  };
}

/** The expert as the policy layer sees a member of their organisation (a lower bound of what they may see). */
function expertActor(m: ExpertMatch): Actor {
  return {
    userId: m.item.userId!,
    organisationCode: m.item.organisationCode ?? '',
    municipalityCode: m.item.municipalityCode,
    roles: [Role.MEMBER],
    coordinatorRegionIds: [],
  };
}

export interface EscalationRun {
  /** Questions escalated in this run. */
  readonly escalated: number;
  /** Experts they were routed to. */
  readonly routed: number;
}

/**
 * Routing: a new question goes to the top experts that may take it ("Vragen voor jou"), a decline
 * goes to the next one, and a question nobody answered in time goes to the next experts while the
 * coordinators of the asker's regions are told. As an outbox handler (after the search indexer) it
 * reacts to `question.asked` (route), `question.answered` (the expert answered) and the question
 * being resolved (accepted answer, closed, merged). Idempotent: an expert is routed a question at
 * most once (unique per question and profile), and a question routed once is not routed again on a
 * replayed event.
 *
 * Routed only: USER profiles (they have an inbox) with consent, not UNAVAILABLE, below their
 * maximum of open routed questions, not the asker, never an earlier decliner of the question, and
 * only to experts who may see the question themselves.
 */
@Injectable()
export class RoutingService implements OutboxHandler, OnModuleInit, OnApplicationShutdown {
  readonly name = 'matching-routing';
  readonly order = 10;
  private readonly logger = new Logger('Routing');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(HUB_MATCHER) private readonly matcher: Matcher<Reader>,
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
    private readonly repository: MatchingRepository,
    private readonly questions: QuestionsService,
    private readonly registry: OutboxHandlerRegistry,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
    const every = this.config.routing.escalationCheckIntervalMs;
    if (every > 0) {
      this.timer = setInterval(() => {
        void runInBackground(() => this.escalateOverdue(this.clock.now())).catch((e: unknown) =>
          this.logger.error(`escalation failed: ${String(e)}`),
        );
      }, every);
      this.timer.unref();
    }
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  // ---- the outbox ----------------------------------------------------------------------------

  async handle(events: readonly OutboxEvent[]): Promise<void> {
    const now = this.clock.now();
    for (const e of events) {
      if (e.aggregateType !== 'question' && e.aggregateType !== 'answer') continue;
      switch (e.type) {
        case 'question.asked':
          if ((await this.repository.routingsOfQuestions([e.aggregateId])).length === 0) {
            await this.route(e.aggregateId, 0, this.config.routing.expertsPerQuestion, now);
          }
          break;
        case 'question.answered': {
          const userId = e.payload['authorUserId'];
          if (typeof userId === 'string') {
            await this.repository.routingTransaction((m) =>
              this.repository.setStatusOfQuestion(e.aggregateId, ACTIVE, RoutingStatus.ANSWERED, now, m, {
                userId,
              }),
            );
          }
          break;
        }
        case 'answer.accepted': {
          const questionId = e.payload['questionId'];
          if (typeof questionId === 'string') await this.resolve(questionId, now);
          break;
        }
        case 'question.closed':
        case 'question.marked_duplicate':
          await this.resolve(e.aggregateId, now);
          break;
      }
    }
  }

  /** The question needs nobody any more: its open routings close (and stop counting as load). */
  private async resolve(questionId: string, now: Date): Promise<void> {
    await this.repository.routingTransaction((m) =>
      this.repository.setStatusOfQuestion(questionId, ACTIVE, RoutingStatus.CLOSED, now, m),
    );
  }

  // ---- routing -------------------------------------------------------------------------------

  /**
   * Routes an open question to up to `count` further experts (never one it was routed to before),
   * best first. Returns the new routings.
   */
  async route(questionId: string, round: number, count: number, now: Date): Promise<Routing[]> {
    const question = (await this.questions.systemQuestionsByIds([questionId])).get(questionId);
    if (!question || question.status !== QuestionStatus.OPEN || question.duplicateOfId) return [];
    const picked = await this.pick(question, count, now);
    if (picked.length === 0) return [];
    const codes = JSON.stringify(picked[0]!.codes);
    return this.repository.routingTransaction(async (m) => {
      // Within the lock: the routings and loads as they are now (another run may have routed).
      const existing = new Set(
        (await this.repository.routingsOfQuestions([questionId], m)).map((r) => r.expertiseProfileId),
      );
      const open = await this.repository.openCounts(
        picked.map((p) => p.match.item.id),
        m,
      );
      const rows: RoutingEntity[] = [];
      for (const { match } of picked) {
        const e = match.item;
        if (existing.has(e.id) || (open.get(e.id) ?? 0) >= e.maxOpenQuestions) continue;
        rows.push(
          Object.assign(new RoutingEntity(), {
            id: randomUUID(),
            questionId,
            expertiseProfileId: e.id,
            userId: e.userId!,
            status: RoutingStatus.ROUTED,
            round,
            score: match.score,
            reasons: JSON.stringify(match.reasons),
            policyDomainCodes: codes,
            routedAt: now,
            respondedAt: null,
            declineReason: null,
            declineNote: null,
            updatedAt: now,
          }),
        );
      }
      await this.repository.insertRoutings(rows, m);
      await this.emit(m, now, 'question.routed', questionId, {
        round,
        userIds: rows.map((r) => r.userId),
        expertiseProfileIds: rows.map((r) => r.expertiseProfileId),
      });
      return rows.map(toRouting);
    });
  }

  /** The best routable experts for a question that may see it, at most `count`. */
  private async pick(
    q: Question,
    count: number,
    now: Date,
  ): Promise<{ match: ExpertMatch; codes: string[] }[]> {
    const [codes, tags, earlier] = await Promise.all([
      this.questions.policyDomainCodesOf([q.id]),
      this.questions.tagsOf([q.id]),
      this.repository.routingsOfQuestions([q.id]),
    ]);
    const policyDomainCodes = codes.get(q.id) ?? [];
    const ranked = await this.matcher.rankedExperts(
      SYSTEM_READER,
      // Profiles with consent carry the members' key; that is all routing searches.
      { accessKeys: ['mem'], municipalityCode: null },
      {
        title: q.title,
        body: q.body,
        policyDomainCodes,
        tags: tags.get(q.id) ?? [],
        municipalityCode: q.authorMunicipalityCode,
      },
      {
        exclude: {
          userIds: [q.author.id, ...earlier.map((r) => r.userId)],
          profileIds: earlier.map((r) => r.expertiseProfileId),
        },
      },
      ROUTING_CANDIDATES,
      now,
    );
    const out: { match: ExpertMatch; codes: string[] }[] = [];
    for (const match of ranked) {
      if (out.length >= count) break;
      if (!match.routable || match.item.kind !== 'USER' || match.score < this.config.routing.minScore)
        continue;
      // Never route a question to someone who may not see it.
      const visible = await this.questions.visibleQuestionIds(expertActor(match), [q.id]);
      if (visible.has(q.id)) out.push({ match, codes: policyDomainCodes });
    }
    return out;
  }

  // ---- declining -----------------------------------------------------------------------------

  /**
   * The routed expert declines ("niet mijn expertise", no time, other): the item leaves their
   * "Vragen voor jou", the decline lowers them for similar questions, and the question goes to
   * the next expert. Someone else's routing is NOT_FOUND.
   */
  async decline(
    actor: Actor,
    id: string,
    reason: DeclineReason,
    note: string | null,
  ): Promise<{ declined: Routing; next: Routing[] }> {
    const now = this.clock.now();
    const declined = await this.repository.routingTransaction(async (m) => {
      const row = await this.repository.findRouting(id, m);
      if (!row || row.userId !== actor.userId) throw routingNotFound(id);
      if (!ACTIVE.includes(row.status)) throw routingNotOpen(id, row.status);
      const fields = {
        status: RoutingStatus.DECLINED,
        respondedAt: now,
        declineReason: reason,
        declineNote: note,
        updatedAt: now,
      };
      await this.repository.updateRouting(row.id, fields, m);
      await this.emit(m, now, 'question.routing_declined', row.questionId, {
        routingId: row.id,
        userId: actor.userId,
        expertiseProfileId: row.expertiseProfileId,
        reason,
      });
      return toRouting({ ...row, ...fields });
    });
    const next = await this.route(declined.questionId, declined.round, 1, now);
    return { declined, next };
  }

  // ---- escalation ----------------------------------------------------------------------------

  /**
   * Questions routed at least `escalationDays` ago that nobody has answered: their open routings
   * become ESCALATED (the experts may still answer), the next experts get them, and the
   * coordinators of the asker's gemeente's regions are told (an escalation they read in
   * `escalatedQuestions`, and a `question.escalated` event for notifications). At most
   * `maxEscalations` times per question. Safe to run on several instances at once.
   */
  async escalateOverdue(now: Date): Promise<EscalationRun> {
    const r = this.config.routing;
    const before = new Date(now.getTime() - r.escalationDays * 86_400_000);
    let escalated = 0;
    let routed = 0;
    const ids = await this.repository.overdueQuestionIds(before, OVERDUE_BATCH);
    if (ids.length === 0) return { escalated, routed };
    const questions = await this.questions.systemQuestionsByIds(ids);
    for (const id of ids) {
      const q = questions.get(id);
      if (!q || q.status !== QuestionStatus.OPEN || q.acceptedAnswerId) {
        await this.resolve(id, now);
        continue;
      }
      // Someone answered: the question is moving, nobody needs to be chased.
      if (q.answerCount > 0) continue;
      const escalation = await this.repository.routingTransaction(async (m) => {
        const all = await this.repository.routingsOfQuestions([id], m);
        const round = Math.max(0, ...all.map((x) => x.round)) + 1;
        const moved = await this.repository.setStatusOfQuestion(
          id,
          [RoutingStatus.ROUTED],
          RoutingStatus.ESCALATED,
          now,
          m,
          { routedBefore: before },
        );
        if (moved === 0 || round > r.maxEscalations) return null;
        const row = Object.assign(new EscalationEntity(), {
          id: randomUUID(),
          questionId: id,
          municipalityCode: q.authorMunicipalityCode,
          round,
          routedTo: 0,
          createdAt: now,
        });
        if (!(await this.repository.insertEscalation(row, m))) return null;
        await this.emit(m, now, 'question.escalated', id, {
          round,
          authorMunicipalityCode: q.authorMunicipalityCode,
        });
        return row;
      });
      if (!escalation) continue;
      escalated++;
      const next = await this.route(id, escalation.round, r.expertsPerQuestion, now);
      routed += next.length;
      if (next.length) await this.repository.setEscalationRoutedTo(escalation.id, next.length);
    }
    return { escalated, routed };
  }

  // ---- helpers -------------------------------------------------------------------------------

  private emit(
    m: EntityManager,
    now: Date,
    type: string,
    questionId: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    // Its own aggregate type: the search indexer need not re-read the question for these.
    return recordEvents(
      m,
      [{ type, aggregateType: 'question_routing', aggregateId: questionId, payload }],
      now,
    );
  }
}
