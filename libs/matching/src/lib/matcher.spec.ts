import { readReferenceData } from '@ksp/directory';
import type {
  DocumentVersion,
  SearchDocument,
  SearchEngine,
  SearchEngineHealth,
  SearchRequest,
  SearchResult,
  Suggestion,
} from '@ksp/search';
import { Matcher, type ExpertCriteria, type MatchingSources } from './matcher';
import { DEFAULT_MATCHING_CONFIG } from './matching.config';
import {
  NO_TRACK_RECORD,
  type ExpertCandidate,
  type QuestionCandidate,
  type ReportCandidate,
} from './matching.types';
import { viewsOfData } from './ranking/views';

const data = readReferenceData().data;
const { taxonomy, geography } = viewsOfData(data);
const codes = data.policyDomains.map((d) => d.code);
const NOW = new Date('2026-11-29T12:00:00Z');

interface Doc {
  readonly type: 'expertise_profile' | 'report' | 'question';
  readonly entityId: string;
  readonly words: readonly string[];
  readonly codes: readonly string[];
  readonly keys: readonly string[];
}

/** A search engine over a few documents: a hit per document containing the (one-word) query. */
class FakeEngine implements SearchEngine {
  readonly name = 'fake';
  readonly requests: SearchRequest[] = [];
  constructor(private readonly docs: readonly Doc[]) {}

  async search(r: SearchRequest): Promise<SearchResult> {
    this.requests.push(r);
    const f = r.filter ?? {};
    const hits = this.docs
      .filter((d) => d.keys.some((k) => r.accessKeys.includes(k)))
      .filter((d) => !f.types || f.types.includes(d.type))
      .filter((d) => !f.policyDomains || d.codes.some((c) => f.policyDomains!.includes(c)))
      .filter((d) => r.query === '' || d.words.includes(r.query))
      .map((d) => ({
        id: `${d.type}-${d.entityId}`,
        type: d.type,
        entityId: d.entityId,
        score: 1,
        highlights: [],
      }));
    return { totalCount: hits.length, hits: hits.slice(0, r.limit ?? 20), facets: {} };
  }
  ensureIndex(): Promise<void> {
    return Promise.resolve();
  }
  upsert(_documents: readonly SearchDocument[]): Promise<void> {
    return Promise.resolve();
  }
  delete(_ids: readonly string[]): Promise<void> {
    return Promise.resolve();
  }
  rebuild(): Promise<{ documents: number }> {
    return Promise.resolve({ documents: 0 });
  }
  suggest(): Promise<readonly Suggestion[]> {
    return Promise.resolve([]);
  }
  documentVersions(): Promise<readonly DocumentVersion[]> {
    return Promise.resolve([]);
  }
  health(): Promise<SearchEngineHealth> {
    return Promise.resolve({ ok: true, detail: 'fake' });
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

const expert = (id: string, municipalityCode: string, code: string): ExpertCandidate => ({
  id,
  kind: 'USER',
  userId: `u-${id}`,
  displayName: id,
  organisationCode: municipalityCode,
  municipalityCode,
  consent: true,
  availability: 'AVAILABLE',
  maxOpenQuestions: 3,
  openRouted: 0,
  policyDomains: [{ code, level: 'EXPERT' }],
  keywords: [],
  trackRecord: NO_TRACK_RECORD,
  declines: [],
});

/** Sources that know these profiles (all with consent) and record what they were asked. */
class FakeSources implements MatchingSources<null> {
  readonly asked: ExpertCriteria[] = [];
  constructor(private readonly profiles: readonly ExpertCandidate[]) {}
  async expertCandidates(_viewer: null, c: ExpertCriteria): Promise<ExpertCandidate[]> {
    this.asked.push(c);
    return this.profiles.filter(
      (p) =>
        c.ids.includes(p.id) ||
        p.policyDomains.some(
          (d) => c.policyDomainCodes.includes(d.code) || c.nearPolicyDomainCodes.includes(d.code),
        ),
    );
  }
  async reports(): Promise<ReportCandidate[]> {
    return [];
  }
  async questions(): Promise<QuestionCandidate[]> {
    return [];
  }
}

describe('Matcher', () => {
  const docs: Doc[] = [
    {
      type: 'expertise_profile',
      entityId: 'zeist',
      words: ['inkoop', 'jeugdhulp'],
      codes: ['6.752'],
      keys: ['mem'],
    },
    {
      type: 'expertise_profile',
      entityId: 'secret',
      words: ['inkoop', 'jeugdhulp'],
      codes: ['6.752'],
      keys: ['u:x'],
    },
    { type: 'expertise_profile', entityId: 'afval', words: ['inkoop'], codes: ['7.3'], keys: ['mem'] },
  ];
  const query = {
    title: 'Inkoop jeugdhulp',
    body: '',
    policyDomainCodes: ['6.752'],
    tags: [],
    municipalityCode: 'GM0344',
  };
  const view = { accessKeys: ['pub', 'mem'], municipalityCode: 'GM0344' };

  it('searches every word on its own, always with the viewer’s access keys, and adds the scores up', async () => {
    const engine = new FakeEngine(docs);
    const sources = new FakeSources([expert('zeist', 'GM0355', '6.752'), expert('afval', 'GM0355', '7.3')]);
    const matcher = new Matcher(engine, sources, taxonomy, geography, DEFAULT_MATCHING_CONFIG, () => codes);
    const result = await matcher.match(null, view, query, { experts: 5, reports: 0, questions: 0 }, NOW);
    expect(engine.requests.length).toBeGreaterThan(0);
    for (const r of engine.requests) expect(r.accessKeys).toEqual(view.accessKeys);
    expect(new Set(engine.requests.map((r) => r.query))).toEqual(new Set(['inkoop', 'jeugdhulp']));
    // A document the viewer may not see is never a candidate.
    expect(sources.asked[0]!.ids).not.toContain('secret');
    expect(sources.asked[0]!.policyDomainCodes).toEqual(expect.arrayContaining(['6.752', '6.72']));
    const zeist = result.experts.find((m) => m.item.id === 'zeist')!;
    expect(zeist.reasons).toContain('profiel noemt inkoop en jeugdhulp');
    expect(result.experts[0]!.item.id).toBe('zeist');
  });

  it('leaves out the asker and excluded profiles', async () => {
    const engine = new FakeEngine(docs);
    const sources = new FakeSources([expert('zeist', 'GM0355', '6.752')]);
    const matcher = new Matcher(engine, sources, taxonomy, geography, DEFAULT_MATCHING_CONFIG, () => codes);
    const result = await matcher.match(
      null,
      view,
      query,
      { experts: 5, reports: 0, questions: 0, exclude: { userIds: ['u-zeist'] } },
      NOW,
    );
    expect(result.experts).toEqual([]);
  });
});
