import { Injectable } from '@nestjs/common';
import { ExpertiseService, type RecommendableProfile } from '@ksp/expertise';
import { OrganisationService, type Actor } from '@ksp/identity';
import { QuestionsService } from '@ksp/questions';
import { ReportStatus, ReportsService } from '@ksp/reports';
import type { ExpertCriteria, MatchingSources } from './matcher';
import { MatchingRepository } from './matching.repository';
import {
  NO_TRACK_RECORD,
  type DeclineReason,
  type DeclineRecord,
  type ExpertAvailability,
  type ExpertCandidate,
  type ExpertLevel,
  type QuestionCandidate,
  type ReportCandidate,
} from './matching.types';

/**
 * Who reads: a person (every read through the policy layer for them), or the system routing a
 * question (experts with consent only; routing then checks that each expert may see the question).
 */
export interface Reader {
  readonly actor: Actor | null;
  readonly system: boolean;
}

export const SYSTEM_READER: Reader = Object.freeze({ actor: null, system: true });
export const readerFor = (actor: Actor | null): Reader => ({ actor, system: false });

export function parseList(json: string | null | undefined): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The matcher's candidates from the hub's content libraries, through their exported services:
 * profiles with consent (ExpertiseService.recommendable) that the reader may see, their track record
 * in the domain (QuestionsService.answerStatistics), their load and declines (this library's
 * table); reports and questions through the services' actor-aware bulk reads. A fixed number of
 * statements per call, whatever the number of candidates.
 */
@Injectable()
export class HubMatchingSources implements MatchingSources<Reader> {
  constructor(
    private readonly expertise: ExpertiseService,
    private readonly questionsService: QuestionsService,
    private readonly reportsService: ReportsService,
    private readonly organisations: OrganisationService,
    private readonly repository: MatchingRepository,
  ) {}

  async expertCandidates(reader: Reader, c: ExpertCriteria): Promise<ExpertCandidate[]> {
    const none = Promise.resolve([] as RecommendableProfile[]);
    const [byCode, near, byId] = await Promise.all([
      c.policyDomainCodes.length
        ? this.expertise.recommendable({
            policyDomainCodes: c.policyDomainCodes,
            municipalityCodes: c.municipalityCodes,
            limit: c.limit,
          })
        : none,
      c.nearPolicyDomainCodes.length
        ? this.expertise.recommendable({
            policyDomainCodes: c.nearPolicyDomainCodes,
            municipalityCodes: c.municipalityCodes,
            limit: c.limit,
          })
        : none,
      c.ids.length ? this.expertise.recommendable({ ids: c.ids, limit: c.ids.length }) : none,
    ]);
    const all = new Map<string, RecommendableProfile>();
    for (const r of [...byCode, ...near, ...byId]) all.set(r.profile.id, r);
    let profiles = [...all.values()].filter((r) => r.profile.consentToRecommend);
    if (!reader.system) {
      const visible = await this.expertise.visibleProfileIds(
        reader.actor,
        profiles.map((r) => r.profile.id),
      );
      profiles = profiles.filter((r) => visible.has(r.profile.id));
    }
    if (profiles.length === 0) return [];
    const ids = profiles.map((r) => r.profile.id);
    const userIds = [...new Set(profiles.flatMap((r) => (r.profile.userId ? [r.profile.userId] : [])))];
    const [stats, open, declines] = await Promise.all([
      userIds.length && c.trackRecordCodes.length
        ? this.questionsService.answerStatistics(userIds, c.trackRecordCodes)
        : Promise.resolve(new Map()),
      this.repository.openCounts(ids),
      this.repository.declinesOf(ids),
    ]);
    const declinesOf = new Map<string, DeclineRecord[]>();
    for (const d of declines) {
      const list = declinesOf.get(d.expertiseProfileId) ?? [];
      list.push({
        policyDomainCodes: parseList(d.policyDomainCodes),
        reason: (d.declineReason ?? 'OTHER') as DeclineReason,
        at: d.respondedAt ?? new Date(0),
      });
      declinesOf.set(d.expertiseProfileId, list);
    }
    return profiles.map(({ profile: p, policyDomains, keywords }) => ({
      id: p.id,
      kind: p.kind,
      userId: p.userId,
      displayName: p.displayName,
      organisationCode: p.organisationCode,
      municipalityCode: p.municipalityCode,
      consent: p.consentToRecommend,
      availability: p.availability as ExpertAvailability,
      maxOpenQuestions: p.maxOpenQuestions,
      openRouted: open.get(p.id) ?? 0,
      policyDomains: policyDomains.map((d) => ({ code: d.code, level: d.level as ExpertLevel })),
      keywords,
      trackRecord: (p.userId && stats.get(p.userId)) || NO_TRACK_RECORD,
      declines: declinesOf.get(p.id) ?? [],
    }));
  }

  async reports(reader: Reader, ids: readonly string[]): Promise<ReportCandidate[]> {
    if (reader.system || ids.length === 0) return [];
    const found = [...(await this.reportsService.byIds(reader.actor, ids)).values()].filter(
      (r) => r.status === ReportStatus.PUBLISHED,
    );
    const publishers = await this.organisations.byCodes([
      ...new Set(found.map((r) => r.publisherOrganisationCode)),
    ]);
    return found.map((r) => ({
      id: r.id,
      title: r.title,
      policyDomainCodes: r.policyDomainCodes,
      tags: r.tags,
      municipalityCode: r.submitterMunicipalityCode,
      publisherName: publishers.get(r.publisherOrganisationCode)?.name ?? null,
      publicationDate: r.publicationDate,
    }));
  }

  async questions(reader: Reader, ids: readonly string[]): Promise<QuestionCandidate[]> {
    if (reader.system || ids.length === 0) return [];
    const found = [...(await this.questionsService.questionsByIds(reader.actor, ids)).values()];
    if (found.length === 0) return [];
    const visibleIds = found.map((q) => q.id);
    const [codes, tags] = await Promise.all([
      this.questionsService.policyDomainCodesOf(visibleIds),
      this.questionsService.tagsOf(visibleIds),
    ]);
    return found.map((q) => ({
      id: q.id,
      title: q.title,
      policyDomainCodes: codes.get(q.id) ?? [],
      tags: tags.get(q.id) ?? [],
      municipalityCode: q.authorMunicipalityCode,
      hasAcceptedAnswer: q.acceptedAnswerId !== null && q.duplicateOfId === null,
    }));
  }
}
