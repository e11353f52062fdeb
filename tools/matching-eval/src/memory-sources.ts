import type {
  ExpertCandidate,
  ExpertCriteria,
  MatchingSources,
  QuestionCandidate,
  ReportCandidate,
} from '@ksp/matching';
import type { Corpus, CorpusProfile } from './corpus';

/**
 * The matcher's sources over the generated corpus (what the hub reads from its database): every
 * profile in the corpus has consent, every report is published, every question answered; the
 * reader sees everything (visibility is tested in the hub's integration tests).
 */
export class CorpusSources implements MatchingSources<null> {
  private readonly profiles: Map<string, CorpusProfile>;
  private readonly byCode = new Map<string, CorpusProfile[]>();
  private readonly reportsById: Map<string, ReportCandidate>;
  private readonly questionsById: Map<string, QuestionCandidate>;

  constructor(corpus: Corpus) {
    this.profiles = new Map(corpus.profiles.map((p) => [p.id, p]));
    for (const p of corpus.profiles) {
      for (const code of [p.topic, ...(p.secondary ? [p.secondary.code] : [])]) {
        this.byCode.set(code, [...(this.byCode.get(code) ?? []), p]);
      }
    }
    this.reportsById = new Map(
      corpus.reports.map((r) => [
        r.id,
        {
          id: r.id,
          title: r.title,
          policyDomainCodes: [r.topic],
          tags: r.tags,
          municipalityCode: r.municipalityCode,
          publisherName: r.publisherName,
          publicationDate: r.publicationDate,
        },
      ]),
    );
    this.questionsById = new Map(
      corpus.questions.map((q) => [
        q.id,
        {
          id: q.id,
          title: q.title,
          policyDomainCodes: [q.topic],
          tags: q.tags,
          municipalityCode: q.municipalityCode,
          hasAcceptedAnswer: true,
        },
      ]),
    );
  }

  async expertCandidates(_viewer: null, c: ExpertCriteria): Promise<ExpertCandidate[]> {
    const found = new Map<string, CorpusProfile>();
    // Like the database reads: by id order, at most `limit` per read.
    for (const codes of [c.policyDomainCodes, c.nearPolicyDomainCodes]) {
      const area = c.municipalityCodes ? new Set(c.municipalityCodes) : null;
      const byCode = [...new Set(codes.flatMap((code) => this.byCode.get(code) ?? []))]
        .filter((p) => !area || area.has(p.municipalityCode))
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .slice(0, c.limit);
      for (const p of byCode) found.set(p.id, p);
    }
    for (const id of c.ids) {
      const p = this.profiles.get(id);
      if (p) found.set(id, p);
    }
    const tracked = new Set(c.trackRecordCodes);
    return [...found.values()].map((p) => ({
      id: p.id,
      kind: p.kind,
      userId: p.userId,
      displayName: p.displayName,
      organisationCode: p.organisationCode,
      municipalityCode: p.municipalityCode,
      consent: true,
      availability: p.availability,
      maxOpenQuestions: 3,
      openRouted: 0,
      policyDomains: [
        { code: p.topic, level: p.level },
        ...(p.secondary ? [{ code: p.secondary.code, level: p.secondary.level }] : []),
      ],
      keywords: p.keywords,
      // Their answers were given in their own field.
      trackRecord: tracked.has(p.topic)
        ? p.trackRecord
        : { answersGiven: 0, acceptedAnswers: 0, medianMinutesToFirstAnswer: null },
      declines: [],
    }));
  }

  async reports(_viewer: null, ids: readonly string[]): Promise<ReportCandidate[]> {
    return ids.flatMap((id) => {
      const r = this.reportsById.get(id);
      return r ? [r] : [];
    });
  }

  async questions(_viewer: null, ids: readonly string[]): Promise<QuestionCandidate[]> {
    return ids.flatMap((id) => {
      const q = this.questionsById.get(id);
      return q ? [q] : [];
    });
  }
}
