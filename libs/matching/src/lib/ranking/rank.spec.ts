import { readReferenceData } from '@ksp/directory';
import { DEFAULT_MATCHING_CONFIG, matchingConfig } from '../matching.config';
import {
  NO_TRACK_RECORD,
  type ExpertCandidate,
  type MatchQuery,
  type QuestionCandidate,
  type ReportCandidate,
  type TextScore,
} from '../matching.types';
import { geoRelation } from './geography';
import {
  declineFactor,
  isRoutable,
  rankExperts,
  rankQuestions,
  rankReports,
  type RankingContext,
} from './rank';
import { neighbourhoodCodes, proximity } from './taxonomy';
import { keywordQuery, matchedKeywords, queryText } from './text';
import { viewsOfData } from './views';

// The hub's own reference data (libs/directory/data): the real taakvelden tree and buurgemeenten.
const data = readReferenceData().data;
const { taxonomy, geography } = viewsOfData(data);
const config = DEFAULT_MATCHING_CONFIG;
const NOW = new Date('2026-11-29T12:00:00Z');
const UTRECHT = 'GM0344';
const ZEIST = 'GM0355';
const HOUTEN = 'GM0321'; // province and veiligheidsregio Utrecht, not a buurgemeente of Zeist
const AMSTERDAM = 'GM0363';
const GRONINGEN = 'GM0014';

const ctx = (over: Partial<RankingContext> = {}): RankingContext => ({
  taxonomy,
  geography,
  config,
  viewerMunicipalityCode: UTRECHT,
  now: NOW,
  ...over,
});

const expert = (id: string, over: Partial<ExpertCandidate> = {}): ExpertCandidate => ({
  id,
  kind: 'USER',
  userId: `user-${id}`,
  displayName: id,
  organisationCode: ZEIST,
  municipalityCode: ZEIST,
  consent: true,
  availability: 'AVAILABLE',
  maxOpenQuestions: 3,
  openRouted: 0,
  policyDomains: [{ code: '6.752', level: 'EXPERT' }],
  keywords: [],
  trackRecord: NO_TRACK_RECORD,
  declines: [],
  ...over,
});

const QUERY: MatchQuery = {
  title: 'Inkoop jeugdhulp regionaal',
  body: 'Hoe organiseren andere gemeenten de regionale inkoop van ambulante jeugdhulp?',
  policyDomainCodes: ['6.752'],
  tags: [],
  municipalityCode: UTRECHT,
};

const noText = new Map<string, TextScore>();

describe('taakveld proximity in the BBV tree', () => {
  const p = (a: string, b: string) => proximity(a, b, taxonomy, config.taxonomy);

  it('ranks the same code above siblings, siblings above the same branch, the branch above the hoofdstuk', () => {
    expect(p('6.752', '6.752').score).toBe(1);
    expect(p('6.711', '6.712').kind).toBe('SIBLING');
    expect(p('6.3', '6.752').kind).toBe('CHAPTER');
    expect(p('6.711', '6.712').score).toBeGreaterThan(p('6.711', '6.752').score);
    expect(p('6.711', '6.752').score).toBeGreaterThan(p('6.3', '6.752').score);
    expect(p('6.3', '6.752').score).toBeGreaterThan(p('7.1', '6.752').score);
    expect(p('7.1', '6.752').score).toBe(0);
  });

  it('treats successors of the same superseded code as siblings, and a superseded code as close to its successors', () => {
    // 6.751 and 6.762 both replaced 6.72 (Maatwerkdienstverlening 18-).
    expect(p('6.751', '6.762').kind).toBe('SIBLING');
    expect(p('6.72', '6.752').kind).toBe('SUCCESSOR');
    expect(p('6.72', '6.752').score).toBeGreaterThan(p('6.751', '6.752').score);
    // Through its successors, 6.71 is in the same branch as 6.752.
    expect(p('6.71', '6.752').score).toBeGreaterThan(p('6.3', '6.752').score);
  });

  it('is symmetric', () => {
    for (const [a, b] of [
      ['6.711', '6.712'],
      ['6.72', '6.752'],
      ['6', '6.3'],
      ['0.61', '0.62'],
    ] as const) {
      expect(p(a, b)).toEqual(p(b, a));
    }
  });

  it('reads candidates around the asked code: itself, its predecessor, siblings and hoofdstuk, not other branches', () => {
    const around = neighbourhoodCodes(
      ['6.752'],
      data.policyDomains.map((d) => d.code),
      taxonomy,
      config.taxonomy,
    );
    expect(around).toEqual(expect.arrayContaining(['6.752', '6.72', '6.751', '6.762', '6']));
    expect(around).not.toContain('6.3');
    expect(around).not.toContain('7.1');
  });
});

describe('geography', () => {
  it('knows the same gemeente, buurgemeenten, shared regions and the rest', () => {
    const g = (a: string, b: string) => geoRelation(a, b, geography, config.geography);
    expect(g(UTRECHT, UTRECHT).kind).toBe('SAME');
    expect(g(UTRECHT, ZEIST).kind).toBe('NEIGHBOUR');
    expect(g(ZEIST, HOUTEN)).toMatchObject({ kind: 'REGION', region: { kind: 'VEILIGHEIDSREGIO' } });
    expect(g(UTRECHT, GRONINGEN).kind).toBe('NONE');
    expect(g(UTRECHT, ZEIST).score).toBeGreaterThan(g(ZEIST, HOUTEN).score);
  });

  it('uses the hub’s own weights', () => {
    const provinceFirst = matchingConfig({
      geography: { regionKinds: { PROVINCE: 0.9, VEILIGHEIDSREGIO: 0.1 } },
    });
    expect(geoRelation(ZEIST, HOUTEN, geography, provinceFirst.geography)).toMatchObject({
      kind: 'REGION',
      score: 0.9,
      region: { kind: 'PROVINCE' },
    });
  });
});

describe('rankExperts', () => {
  it('ranks the neighbouring expert in the asked taakveld first, with Dutch reasons', () => {
    const ranked = rankExperts(
      QUERY,
      [
        expert('zeist'),
        expert('groningen', { municipalityCode: GRONINGEN }),
        expert('amsterdam-other-branch', {
          municipalityCode: AMSTERDAM,
          policyDomains: [{ code: '6.3', level: 'EXPERT' }],
        }),
      ],
      noText,
      ctx(),
    );
    expect(ranked.map((m) => m.item.id)).toEqual(['zeist', 'groningen', 'amsterdam-other-branch']);
    expect(ranked[0]!.reasons).toEqual([
      'taakveld 6.752 Jeugdhulp ambulant regionaal',
      'Gemeente Zeist grenst aan uw gemeente',
    ]);
    expect(ranked[2]!.reasons).toContain('hoofdstuk 6 Sociaal domein');
  });

  it('never returns a profile without consent, however well it matches', () => {
    const ranked = rankExperts(
      QUERY,
      [expert('with'), expert('without', { consent: false })],
      new Map([['without', { score: 1, terms: ['jeugdhulp'] }]]),
      ctx(),
    );
    expect(ranked.map((m) => m.item.id)).toEqual(['with']);
  });

  it('needs topical relevance: geography alone is no match', () => {
    const ranked = rankExperts(
      QUERY,
      [expert('afval', { policyDomains: [{ code: '7.3', level: 'EXPERT' }] })],
      noText,
      ctx(),
    );
    expect(ranked).toEqual([]);
  });

  it('counts the track record in the domain, and says so', () => {
    const [first, second] = rankExperts(
      QUERY,
      [
        expert('quiet'),
        expert('active', {
          trackRecord: { answersGiven: 4, acceptedAnswers: 2, medianMinutesToFirstAnswer: 300 },
        }),
      ],
      noText,
      ctx(),
    );
    expect(first!.item.id).toBe('active');
    expect(first!.reasons).toContain('beantwoordde 4 vergelijkbare vragen (2 geaccepteerd)');
    expect(first!.reasons).toContain('antwoordt meestal binnen 5 uur');
    expect(second!.item.id).toBe('quiet');
  });

  it('caps the load: an expert at their maximum is not routable, and load lowers the score', () => {
    const ranked = rankExperts(
      QUERY,
      [expert('free'), expert('busy', { openRouted: 2 }), expert('full', { openRouted: 3 })],
      noText,
      ctx(),
    );
    expect(ranked.map((m) => [m.item.id, m.routable])).toEqual([
      ['free', true],
      ['busy', true],
      ['full', false],
    ]);
    expect(ranked[2]!.reasons).toContain('heeft al het maximum aan open vragen (3)');
    expect(isRoutable(expert('zero', { maxOpenQuestions: 0 }))).toBe(false);
  });

  it('shows unavailable experts lower and never as routable', () => {
    const ranked = rankExperts(
      QUERY,
      [expert('away', { availability: 'UNAVAILABLE' }), expert('here', { municipalityCode: GRONINGEN })],
      noText,
      ctx(),
    );
    expect(ranked.map((m) => m.item.id)).toEqual(['here', 'away']);
    expect(ranked[1]).toMatchObject({ routable: false });
    expect(ranked[1]!.reasons).toContain('op dit moment niet beschikbaar');
  });

  it('lowers an expert who declined a similar question as not their expertise, less for other taakvelden and with age', () => {
    const declined = (codes: string[], daysAgo: number, reason: 'NOT_MY_EXPERTISE' | 'NO_CAPACITY') =>
      expert('x', {
        declines: [{ policyDomainCodes: codes, reason, at: new Date(NOW.getTime() - daysAgo * 86_400_000) }],
      });
    const f = (e: ExpertCandidate) => declineFactor(e, ['6.752'], ctx());
    expect(f(declined(['6.752'], 0, 'NOT_MY_EXPERTISE'))).toBeCloseTo(0.5);
    expect(f(declined(['6.751'], 0, 'NOT_MY_EXPERTISE'))).toBeGreaterThan(0.5);
    expect(f(declined(['7.3'], 0, 'NOT_MY_EXPERTISE'))).toBe(1);
    expect(f(declined(['6.752'], 365, 'NOT_MY_EXPERTISE'))).toBeCloseTo(0.75);
    expect(f(declined(['6.752'], 0, 'NO_CAPACITY'))).toBe(1);
    const ranked = rankExperts(
      QUERY,
      [declined(['6.752'], 10, 'NOT_MY_EXPERTISE'), expert('y', { municipalityCode: HOUTEN })],
      noText,
      ctx(),
    );
    expect(ranked.map((m) => m.item.id)).toEqual(['y', 'x']);
  });

  it('matches keywords with the hub’s synonyms and explains the text match', () => {
    const [m] = rankExperts(
      { ...QUERY, policyDomainCodes: [] },
      [expert('kw', { keywords: ['inkoop jeugdzorg', 'afval'] })],
      new Map([['kw', { score: 0.8, terms: ['inkoop', 'jeugdhulp'] }]]),
      ctx(),
    );
    expect(m!.reasons).toEqual([
      'trefwoorden: inkoop jeugdzorg',
      'Gemeente Zeist grenst aan uw gemeente',
      'profiel noemt inkoop en jeugdhulp',
    ]);
  });

  it('names the asker’s gemeente when the viewer is elsewhere', () => {
    const [m] = rankExperts(QUERY, [expert('zeist')], noText, ctx({ viewerMunicipalityCode: AMSTERDAM }));
    expect(m!.reasons).toContain('Gemeente Zeist grenst aan gemeente Utrecht');
  });

  it('is deterministic: ties are broken by id', () => {
    const a = rankExperts(QUERY, [expert('b'), expert('a')], noText, ctx());
    expect(a.map((m) => m.item.id)).toEqual(['a', 'b']);
  });
});

describe('rankReports and rankQuestions', () => {
  const report = (id: string, over: Partial<ReportCandidate> = {}): ReportCandidate => ({
    id,
    title: id,
    policyDomainCodes: ['6.752'],
    tags: [],
    municipalityCode: ZEIST,
    publisherName: 'Gemeente Zeist',
    publicationDate: '2026-03-01',
    ...over,
  });

  it('prefers recent reports when the rest is equal', () => {
    const ranked = rankReports(
      QUERY,
      [report('old', { publicationDate: '2014-01-01' }), report('new')],
      noText,
      ctx(),
    );
    expect(ranked.map((m) => m.item.id)).toEqual(['new', 'old']);
    expect(ranked[0]!.reasons).toContain('verschenen in 2026 bij Gemeente Zeist');
  });

  it('only offers earlier questions with an accepted answer', () => {
    const q = (id: string, hasAcceptedAnswer: boolean): QuestionCandidate => ({
      id,
      title: id,
      policyDomainCodes: ['6.752'],
      tags: ['inkoop'],
      municipalityCode: ZEIST,
      hasAcceptedAnswer,
    });
    const ranked = rankQuestions(QUERY, [q('open', false), q('answered', true)], noText, ctx());
    expect(ranked.map((m) => m.item.id)).toEqual(['answered']);
    expect(ranked[0]!.reasons).toEqual([
      'beantwoord, met een geaccepteerd antwoord',
      'taakveld 6.752 Jeugdhulp ambulant regionaal',
      'tags: inkoop',
      'Gemeente Zeist grenst aan uw gemeente',
    ]);
  });
});

describe('text helpers', () => {
  it('builds a short search query without stop words', () => {
    expect(queryText('Inkoop jeugdhulp regionaal', 'Hoe doen jullie de inkoop van de jeugdhulp?', 10)).toBe(
      'inkoop jeugdhulp regionaal',
    );
    expect(queryText('a b', '', 10)).toBe('');
  });

  it('matches keywords by their words, inflections and synonyms', () => {
    const w = ['inkoop', 'jeugdhulpen', 'regio'];
    expect(matchedKeywords(['inkoop jeugdzorg', 'jeugdhulp', 'afval'], keywordQuery([], w))).toEqual([
      'inkoop jeugdzorg',
      'jeugdhulp',
    ]);
    expect(matchedKeywords(['wet maatschappelijke ondersteuning'], keywordQuery(['wmo'], []))).toEqual([
      'wet maatschappelijke ondersteuning',
    ]);
  });
});
