import { Inject, Injectable } from '@nestjs/common';
import { DirectoryService } from '@ksp/directory';
import { ExpertiseService, type ExpertiseProfile } from '@ksp/expertise';
import { PolicyService, isAdmin, type Actor } from '@ksp/identity';
import { QuestionsService, type Question } from '@ksp/questions';
import { ReportsService, type Report } from '@ksp/reports';
import { SearchUnavailableError } from '@ksp/search';
import {
  Clock,
  DomainError,
  ErrorCode,
  ForwardPaginationArgs,
  connectionFromSlice,
  offsetWindow,
  type Connection,
} from '@ksp/shared';
import type { Matcher, MatchResult } from './matcher';
import type { MatchingConfig } from './matching.config';
import { badInput, unknownPolicyDomain } from './matching.errors';
import { HUB_MATCHER, MATCHING_CONFIG } from './matching.options';
import { MatchingRepository } from './matching.repository';
import { readerFor, type Reader } from './matching.sources';
import {
  RoutingStatus,
  type DeclineReason,
  type Escalation,
  type MatchQuery,
  type MatchViewer,
  type Routing,
} from './matching.types';
import { RoutingService, toRouting } from './routing.service';

/** Matches as the resolver hands them out: the content objects the viewer may see. */
export interface ExpertMatchResult {
  readonly profile: ExpertiseProfile;
  readonly score: number;
  readonly reasons: readonly string[];
  readonly routable: boolean;
}
export interface ReportMatchResult {
  readonly report: Report;
  readonly score: number;
  readonly reasons: readonly string[];
}
export interface QuestionMatchResult {
  readonly question: Question;
  readonly score: number;
  readonly reasons: readonly string[];
}
export interface Matches {
  readonly experts: readonly ExpertMatchResult[];
  readonly reports: readonly ReportMatchResult[];
  readonly questions: readonly QuestionMatchResult[];
}

/** Someone who might need a report: who asked about it, or works on it (with consent). */
export interface PersonMatchResult {
  readonly userId: string | null;
  readonly displayName: string;
  readonly profile: ExpertiseProfile | null;
  /** Their questions on the subject that the viewer may see. */
  readonly questions: readonly Question[];
  readonly score: number;
  readonly reasons: readonly string[];
}

export interface RoutedQuestion extends Routing {
  readonly question: Question;
}

export interface EscalatedQuestion extends Escalation {
  readonly question: Question;
}

export interface MatchLimits {
  readonly experts?: number | null;
  readonly reports?: number | null;
  readonly questions?: number | null;
}

export interface DraftData {
  readonly title?: string | null;
  readonly body?: string | null;
  readonly policyDomainCodes?: readonly string[] | null;
}

const TITLE_MAX = 200;
const BODY_MAX = 20_000;
const CODES_MAX = 10;
const NOTE_MAX = 500;
const OPEN_ITEMS: readonly RoutingStatus[] = [RoutingStatus.ROUTED, RoutingStatus.ESCALATED];

/**
 * Matching for people: what fits a question, a draft or a report, and an expert's "Vragen voor
 * jou". Every read is for the actor through the policy layer: the search engine gets the actor's
 * access keys, and every candidate is read through the content services' actor-aware bulk reads,
 * so a match never shows something the actor may not see. Unknown or invisible ids are NOT_FOUND.
 */
@Injectable()
export class MatchingService {
  constructor(
    @Inject(HUB_MATCHER) private readonly matcher: Matcher<Reader>,
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
    private readonly policy: PolicyService,
    private readonly directory: DirectoryService,
    private readonly questions: QuestionsService,
    private readonly reports: ReportsService,
    private readonly expertise: ExpertiseService,
    private readonly repository: MatchingRepository,
    private readonly routing: RoutingService,
    private readonly clock: Clock,
  ) {}

  get configuration(): MatchingConfig {
    return this.config;
  }

  // ---- matches -------------------------------------------------------------------------------

  /** Experts, reports and answered questions for a question the actor may see (NOT_FOUND otherwise). */
  async matchesForQuestion(actor: Actor, id: string, limits: MatchLimits = {}): Promise<Matches> {
    const q = await this.questions.get(actor, id);
    const [codes, tags] = await Promise.all([
      this.questions.policyDomainCodesOf([q.id]),
      this.questions.tagsOf([q.id]),
    ]);
    const query: MatchQuery = {
      title: q.title,
      body: q.body,
      policyDomainCodes: codes.get(q.id) ?? [],
      tags: tags.get(q.id) ?? [],
      municipalityCode: q.authorMunicipalityCode,
    };
    const result = await this.match(
      readerFor(actor),
      this.viewer(actor),
      query,
      {
        ...this.limits(limits),
        exclude: { userIds: [q.author.id], questionIds: [q.id] },
      },
      this.clock.now(),
    );
    return this.hydrate(actor, result);
  }

  /** Before posting: what already answers a draft that is still being typed. */
  async matchesForDraft(actor: Actor, input: DraftData, limits: MatchLimits = {}): Promise<Matches> {
    const title = (input.title ?? '').trim();
    const body = (input.body ?? '').trim();
    if (title.length > TITLE_MAX)
      badInputThrow(`De titel is te lang (maximaal ${TITLE_MAX} tekens).`, 'title');
    if (body.length > BODY_MAX) badInputThrow(`De tekst is te lang (maximaal ${BODY_MAX} tekens).`, 'body');
    const codes = this.policyDomainCodes(input.policyDomainCodes ?? [], 'input.policyDomainCodes');
    if (!title && !body && codes.length === 0) {
      badInputThrow('Geef een titel, een tekst of een taakveld op om te zoeken naar wat er al is.', 'input');
    }
    const query: MatchQuery = {
      title,
      body,
      policyDomainCodes: codes,
      tags: [],
      municipalityCode: actor.municipalityCode,
      draft: true,
    };
    const result = await this.match(
      readerFor(actor),
      this.viewer(actor),
      query,
      { ...this.limits(limits), exclude: { userIds: [actor.userId] } },
      this.clock.now(),
    );
    return this.hydrate(actor, result);
  }

  /** Other reports on the same subject as this one (which the actor may see). */
  async relatedReports(
    actor: Actor | null,
    report: Report,
    limit?: number | null,
  ): Promise<ReportMatchResult[]> {
    const result = await this.match(
      readerFor(actor),
      this.viewer(actor),
      this.reportQuery(report),
      {
        experts: 0,
        reports: this.limit(limit, 'reports'),
        questions: 0,
        exclude: { reportIds: [report.id] },
      },
      this.clock.now(),
    );
    return [...(await this.hydrate(actor, result)).reports];
  }

  /**
   * People who might need this report: who asked about its subject (their questions the actor may
   * see), and experts with consent who work on it; the best first. Only for members (empty for
   * someone who is not logged in).
   */
  async peopleWhoMightNeedThis(
    actor: Actor | null,
    report: Report,
    limit?: number | null,
  ): Promise<PersonMatchResult[]> {
    const n = this.limit(limit, 'people');
    if (!actor) return [];
    const result = await this.match(
      readerFor(actor),
      this.viewer(actor),
      this.reportQuery(report),
      {
        experts: n,
        reports: 0,
        questions: Math.min(this.config.limits.max * 3, 60),
        answeredOnly: false,
        exclude: { userIds: [report.submittedBy.id] },
      },
      this.clock.now(),
    );
    const [profiles, questions] = await Promise.all([
      this.expertise.byIds(
        actor,
        result.experts.map((m) => m.item.id),
      ),
      this.questions.questionsByIds(
        actor,
        result.questions.map((m) => m.item.id),
      ),
    ]);
    const people = new Map<string, { person: PersonMatchResult; reasons: string[] }>();
    for (const m of result.questions) {
      const q = questions.get(m.item.id);
      if (!q || q.author.id === report.submittedBy.id) continue;
      const key = `u:${q.author.id}`;
      const entry = people.get(key) ?? {
        person: {
          userId: q.author.id,
          displayName: q.author.displayName,
          profile: null,
          questions: [],
          score: 0,
          reasons: [],
        },
        reasons: [],
      };
      const open = q.status === 'OPEN' && !q.acceptedAnswerId;
      // An open question is a need now; an answered one a need that was met.
      const score = m.score * (open ? 1 : 0.8);
      entry.person = {
        ...entry.person,
        questions: [...entry.person.questions, q],
        score: Math.max(entry.person.score, score),
      };
      if (entry.person.questions.length <= 2) {
        entry.reasons.push(
          `${open ? 'vraagt' : 'vroeg'} op ${dutchDate(q.createdAt)}: “${q.title}”`,
          ...m.reasons.filter((r) => !r.startsWith('beantwoord')),
        );
      }
      people.set(key, entry);
    }
    for (const m of result.experts) {
      const profile = profiles.get(m.item.id);
      if (!profile) continue;
      const key = profile.userId ? `u:${profile.userId}` : `p:${profile.id}`;
      const entry = people.get(key) ?? {
        person: {
          userId: profile.userId,
          displayName: profile.displayName,
          profile: null,
          questions: [],
          score: 0,
          reasons: [],
        },
        reasons: [],
      };
      entry.person = {
        ...entry.person,
        profile,
        score: Math.max(entry.person.score, m.score * 0.9),
      };
      entry.reasons.push(...m.reasons.map((r) => (r.startsWith('taakveld') ? `werkt aan ${r}` : r)));
      people.set(key, entry);
    }
    return [...people.values()]
      .map(({ person, reasons }) => ({ ...person, reasons: [...new Set(reasons)] }))
      .sort((a, b) => b.score - a.score || a.displayName.localeCompare(b.displayName, 'nl'))
      .slice(0, n);
  }

  // ---- "Vragen voor jou" ---------------------------------------------------------------------

  /** The actor's routed questions (default: the open ones), newest first. */
  async questionsForMe(
    actor: Actor,
    statuses: readonly RoutingStatus[] | null | undefined,
    page: ForwardPaginationArgs,
  ): Promise<Connection<RoutedQuestion>> {
    const { start, first } = offsetWindow(page);
    const [rows, total] = await this.repository.listForUser(
      actor.userId,
      statuses?.length ? statuses : OPEN_ITEMS,
      start,
      first,
    );
    const questions = await this.questions.questionsByIds(
      actor,
      rows.map((r) => r.questionId),
    );
    // Routing only goes to experts who may see the question; should that change, it is left out.
    const items = rows.flatMap((r) => {
      const question = questions.get(r.questionId);
      return question ? [{ ...toRouting(r), question }] : [];
    });
    return connectionFromSlice(items, total - (rows.length - items.length), start);
  }

  async declineRouting(
    actor: Actor,
    id: string,
    reason: DeclineReason,
    note: string | null | undefined,
  ): Promise<RoutedQuestion> {
    const text = note?.trim() || null;
    if (text && text.length > NOTE_MAX) {
      badInputThrow(`De toelichting is te lang (maximaal ${NOTE_MAX} tekens).`, 'note');
    }
    const { declined } = await this.routing.decline(actor, id, reason, text);
    const question = (await this.questions.questionsByIds(actor, [declined.questionId])).get(
      declined.questionId,
    );
    if (!question) throw new Error('declined a routing of an invisible question');
    return { ...declined, question };
  }

  /**
   * Coordinators: questions from their regions that nobody answered in time and were escalated
   * (admins: all). Others get an empty list.
   */
  async escalatedQuestions(
    actor: Actor,
    regionId: string | null,
    page: ForwardPaginationArgs,
  ): Promise<Connection<EscalatedQuestion>> {
    const { start, first } = offsetWindow(page);
    let curated = isAdmin(actor) ? null : this.policy.filterFor(actor).curatedMunicipalityCodes;
    if (regionId !== null) {
      const members = this.directory.membersOf(this.directory.getRegion(regionId).id).map((m) => m.code);
      curated = curated === null ? members : curated.filter((code) => members.includes(code));
    }
    if (curated && curated.length === 0) return connectionFromSlice([], 0, start);
    const [rows, total] = await this.repository.listEscalations(curated, start, first);
    const questions = await this.questions.questionsByIds(
      actor,
      rows.map((r) => r.questionId),
    );
    const items = rows.flatMap((r) => {
      const question = questions.get(r.questionId);
      return question
        ? [
            {
              id: r.id,
              questionId: r.questionId,
              municipalityCode: r.municipalityCode,
              round: r.round,
              routedTo: r.routedTo,
              createdAt: r.createdAt,
              question,
            },
          ]
        : [];
    });
    return connectionFromSlice(items, total - (rows.length - items.length), start);
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** The matcher, with the search engine's outage as the hub's SEARCH_UNAVAILABLE. */
  private async match(...args: Parameters<Matcher<Reader>['match']>): Promise<MatchResult> {
    try {
      return await this.matcher.match(...args);
    } catch (e) {
      if (e instanceof SearchUnavailableError) {
        throw new DomainError(
          ErrorCode.SEARCH_UNAVAILABLE,
          'Passende vragen, rapporten en experts zijn even niet te vinden. Probeer het zo opnieuw.',
        );
      }
      throw e;
    }
  }

  private viewer(actor: Actor | null): MatchViewer {
    return {
      accessKeys: this.policy.filterFor(actor).keys,
      municipalityCode: actor?.municipalityCode ?? null,
    };
  }

  private reportQuery(r: Report): MatchQuery {
    return {
      title: r.title,
      body: r.summary,
      policyDomainCodes: r.policyDomainCodes,
      tags: r.tags,
      municipalityCode: r.submitterMunicipalityCode,
    };
  }

  private limit(n: number | null | undefined, kind: keyof MatchingConfig['limits']): number {
    const max = this.config.limits.max;
    if (n === null || n === undefined) return this.config.limits[kind];
    if (!Number.isInteger(n) || n < 0 || n > max) {
      badInputThrow(`Vraag 0 tot en met ${max} resultaten op (niet ${n}).`, 'limit');
    }
    return n;
  }

  private limits(l: MatchLimits) {
    return {
      experts: this.limit(l.experts, 'experts'),
      reports: this.limit(l.reports, 'reports'),
      questions: this.limit(l.questions, 'questions'),
    };
  }

  private policyDomainCodes(codes: readonly string[], argument: string): string[] {
    const list = [...new Set(codes.map((c) => c.trim()).filter(Boolean))];
    if (list.length > CODES_MAX) badInputThrow(`Kies hooguit ${CODES_MAX} taakvelden.`, argument);
    for (const code of list) {
      if (!this.directory.findPolicyDomain(code)) throw unknownPolicyDomain(code, argument);
    }
    return list;
  }

  /** The matched ids as the content objects, read again for the actor (what they may not see drops out). */
  private async hydrate(actor: Actor | null, r: MatchResult): Promise<Matches> {
    const [profiles, reports, questions] = await Promise.all([
      r.experts.length
        ? this.expertise.byIds(
            actor,
            r.experts.map((m) => m.item.id),
          )
        : new Map<string, ExpertiseProfile>(),
      r.reports.length
        ? this.reports.byIds(
            actor,
            r.reports.map((m) => m.item.id),
          )
        : new Map<string, Report>(),
      r.questions.length
        ? this.questions.questionsByIds(
            actor,
            r.questions.map((m) => m.item.id),
          )
        : new Map<string, Question>(),
    ]);
    return {
      experts: r.experts.flatMap((m) => {
        const profile = profiles.get(m.item.id);
        return profile ? [{ profile, score: m.score, reasons: m.reasons, routable: m.routable }] : [];
      }),
      reports: r.reports.flatMap((m) => {
        const report = reports.get(m.item.id);
        return report ? [{ report, score: m.score, reasons: m.reasons }] : [];
      }),
      questions: r.questions.flatMap((m) => {
        const question = questions.get(m.item.id);
        return question ? [{ question, score: m.score, reasons: m.reasons }] : [];
      }),
    };
  }
}

function badInputThrow(message: string, argument: string): never {
  throw badInput(message, argument);
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "3 maart 2026" (UTC). */
function dutchDate(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
