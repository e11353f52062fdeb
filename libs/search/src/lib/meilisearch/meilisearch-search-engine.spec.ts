import { DUTCH_STOP_WORDS, DUTCH_SYNONYMS } from '../dutch';
import { SearchUnavailableError, type SearchDocument, type SearchRequest } from '../search-engine';
import {
  FakeMeilisearch,
  HttpAnswer,
  meiliError,
  type JsonObject,
  type RecordedRequest,
} from './fake-meilisearch';
import {
  MeilisearchSearchEngine,
  MeilisearchTaskError,
  type MeilisearchSearchEngineOptions,
} from './meilisearch-search-engine';

const PRE = '\uE000';
const POST = '\uE001';

/** Every entry written out: one-way Meilisearch synonyms made mutual, multi-word terms included. */
const EXPECTED_SYNONYMS = {
  wmo: ['wet maatschappelijke ondersteuning'],
  'wet maatschappelijke ondersteuning': ['wmo'],
  jeugdhulp: ['jeugdzorg'],
  jeugdzorg: ['jeugdhulp'],
  res: ['regionale energiestrategie'],
  'regionale energiestrategie': ['res'],
  bijstand: ['participatiewet', 'bijstandsuitkering'],
  participatiewet: ['bijstand', 'bijstandsuitkering'],
  bijstandsuitkering: ['bijstand', 'participatiewet'],
  omgevingswet: ['ow'],
  ow: ['omgevingswet'],
  bbv: ['besluit begroting en verantwoording'],
  'besluit begroting en verantwoording': ['bbv'],
  avg: ['algemene verordening gegevensbescherming', 'privacywet'],
  'algemene verordening gegevensbescherming': ['avg', 'privacywet'],
  privacywet: ['avg', 'algemene verordening gegevensbescherming'],
  wsw: ['wet sociale werkvoorziening', 'sociale werkvoorziening'],
  'wet sociale werkvoorziening': ['wsw', 'sociale werkvoorziening'],
  'sociale werkvoorziening': ['wsw', 'wet sociale werkvoorziening'],
  pgb: ['persoonsgebonden budget'],
  'persoonsgebonden budget': ['pgb'],
  ozb: ['onroerendezaakbelasting'],
  onroerendezaakbelasting: ['ozb'],
  woz: ['wet waardering onroerende zaken'],
  'wet waardering onroerende zaken': ['woz'],
  ggd: ['gemeentelijke gezondheidsdienst'],
  'gemeentelijke gezondheidsdienst': ['ggd'],
  bag: ['basisregistratie adressen en gebouwen'],
  'basisregistratie adressen en gebouwen': ['bag'],
  brp: ['basisregistratie personen'],
  'basisregistratie personen': ['brp'],
  schuldhulp: ['schuldhulpverlening', 'schuldsanering'],
  schuldhulpverlening: ['schuldhulp', 'schuldsanering'],
  schuldsanering: ['schuldhulp', 'schuldhulpverlening'],
  laadpaal: ['laadpunt', 'oplaadpunt'],
  laadpunt: ['laadpaal', 'oplaadpunt'],
  oplaadpunt: ['laadpaal', 'laadpunt'],
  zonnepanelen: ['pv-panelen', 'zonnepaneel'],
  'pv-panelen': ['zonnepanelen', 'zonnepaneel'],
  zonnepaneel: ['zonnepanelen', 'pv-panelen'],
  wijkteam: ['sociaal wijkteam', 'buurtteam'],
  'sociaal wijkteam': ['wijkteam', 'buurtteam'],
  buurtteam: ['wijkteam', 'sociaal wijkteam'],
  statushouder: ['vergunninghouder'],
  vergunninghouder: ['statushouder'],
  afval: ['huisvuil'],
  huisvuil: ['afval'],
  fiets: ['rijwiel'],
  rijwiel: ['fiets'],
};

const EXPECTED_SETTINGS = {
  searchableAttributes: ['title', 'tags', 'summary', 'body', 'fullText'],
  filterableAttributes: [
    'accessKeys',
    'type',
    'policyDomainPaths',
    'municipalityCodes',
    'regionIds',
    'year',
    'status',
    'tags',
    'id',
  ],
  sortableAttributes: ['createdAt', 'title'],
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'createdAt:desc'],
  stopWords: [...DUTCH_STOP_WORDS],
  synonyms: EXPECTED_SYNONYMS,
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnWords: [],
    disableOnAttributes: [],
  },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 50000 },
  localizedAttributes: [
    { attributePatterns: ['title', 'tags', 'summary', 'body', 'fullText'], locales: ['nld'] },
  ],
};

/** The search parameters every highlighted search carries. */
const HIGHLIGHT_PARAMS = {
  attributesToHighlight: ['title', 'tags', 'summary', 'body', 'fullText'],
  highlightPreTag: PRE,
  highlightPostTag: POST,
  attributesToCrop: ['summary', 'body', 'fullText'],
  cropLength: 30,
  cropMarker: '…',
};

function doc(id: string, overrides: Partial<SearchDocument> = {}): SearchDocument {
  const [type, entityId] = id.split(/-(.*)/s) as [SearchDocument['type'], string];
  return {
    id,
    type,
    entityId,
    title: `Titel ${entityId}`,
    summary: 'Samenvatting',
    body: 'Tekst',
    fullText: '',
    tags: ['jeugdzorg'],
    policyDomainCodes: ['6.72'],
    policyDomainPaths: ['6', '6.72'],
    municipalityCodes: ['GM0344'],
    regionIds: ['PV26'],
    year: 2024,
    status: 'OPEN',
    accessKeys: ['public'],
    updatedAt: '2024-05-02T08:00:00.000Z',
    createdAt: '2024-05-01T08:00:00.000Z',
    ...overrides,
  };
}

function searchResponse(overrides: JsonObject = {}): JsonObject {
  return {
    hits: [],
    query: '',
    processingTimeMs: 1,
    hitsPerPage: 20,
    page: 1,
    totalPages: 0,
    totalHits: 0,
    ...overrides,
  };
}

let fake: FakeMeilisearch;

beforeEach(async () => {
  fake = new FakeMeilisearch();
  await fake.start();
});

afterEach(async () => {
  await fake.stop();
});

function engine(options: Partial<MeilisearchSearchEngineOptions> = {}): MeilisearchSearchEngine {
  return new MeilisearchSearchEngine({
    url: fake.url,
    apiKey: 'test-master-key',
    indexUid: 'ksp',
    timeoutMs: 2000,
    taskTimeoutMs: 2000,
    taskPollIntervalMs: 1,
    ...options,
  });
}

function only(method: string, path: string): RecordedRequest {
  const matching = fake.requests.filter((r) => r.method === method && r.path === path);
  if (matching.length !== 1) {
    throw new Error(`expected one ${method} ${path}, got ${matching.length}: ${fake.calls()}`);
  }
  return matching[0];
}

function searchBodies(): unknown[] {
  return fake.requests
    .filter((r) => r.method === 'POST' && r.path === '/indexes/ksp/search')
    .map((r) => r.body);
}

async function searchBody(request: Partial<SearchRequest>): Promise<unknown> {
  fake.addIndex('ksp');
  await engine().search({ query: '', accessKeys: ['public'], ...request });
  const bodies = searchBodies();
  return bodies[bodies.length - 1];
}

describe('ensureIndex', () => {
  it('creates a missing index with primary key id and applies every setting, awaiting both tasks', async () => {
    await engine().ensureIndex();

    expect(fake.calls()).toEqual(['GET /indexes/ksp', 'POST /indexes', 'PATCH /indexes/ksp/settings']);
    expect(only('POST', '/indexes').body).toEqual({ uid: 'ksp', primaryKey: 'id' });
    expect(only('PATCH', '/indexes/ksp/settings').body).toEqual(EXPECTED_SETTINGS);
    // Both tasks were polled to completion: the index exists with its settings.
    expect(fake.indexes.get('ksp')?.primaryKey).toBe('id');
    expect(fake.indexes.get('ksp')?.settings).toEqual(EXPECTED_SETTINGS);
    expect(fake.requests.every((r) => r.authorization === 'Bearer test-master-key')).toBe(true);
  });

  it('sends the Snowball Dutch stop words and every synonym group as mutual entries', async () => {
    await engine().ensureIndex();
    const settings = only('PATCH', '/indexes/ksp/settings').body as {
      stopWords: string[];
      synonyms: Record<string, string[]>;
    };

    expect(settings.stopWords).toHaveLength(101);
    expect(settings.stopWords).toEqual(expect.arrayContaining(['de', 'het', 'een', 'en', 'van']));
    for (const group of DUTCH_SYNONYMS) {
      for (const term of group) {
        expect(settings.synonyms[term]).toEqual(group.filter((other) => other !== term));
      }
    }
    expect(Object.keys(settings.synonyms)).toHaveLength(DUTCH_SYNONYMS.flat().length);
  });

  it('merges extra synonym groups, joining groups that share a term', async () => {
    await engine({
      synonyms: [
        ['Jeugdzorg', 'Jeugd  Zorg'],
        ['vuilnis', 'afval'],
      ],
    }).ensureIndex();
    const { synonyms } = only('PATCH', '/indexes/ksp/settings').body as {
      synonyms: Record<string, string[]>;
    };

    expect(synonyms['jeugdzorg']).toEqual(['jeugdhulp', 'jeugd zorg']);
    expect(synonyms['jeugd zorg']).toEqual(['jeugdhulp', 'jeugdzorg']);
    expect(synonyms['jeugdhulp']).toEqual(['jeugdzorg', 'jeugd zorg']);
    expect(synonyms['vuilnis']).toEqual(['afval', 'huisvuil']);
    expect(synonyms['huisvuil']).toEqual(['afval', 'vuilnis']);
  });

  it('on an existing index only applies the settings again', async () => {
    fake.addIndex('ksp', 'id');
    await engine().ensureIndex();
    await engine().ensureIndex();

    expect(fake.calls()).toEqual([
      'GET /indexes/ksp',
      'PATCH /indexes/ksp/settings',
      'GET /indexes/ksp',
      'PATCH /indexes/ksp/settings',
    ]);
  });

  it('sets the primary key of an existing index that has none, and refuses another one', async () => {
    fake.addIndex('ksp', null);
    await engine().ensureIndex();
    expect(only('PATCH', '/indexes/ksp').body).toEqual({ primaryKey: 'id' });
    expect(fake.indexes.get('ksp')?.primaryKey).toBe('id');

    fake.addIndex('other', 'uuid');
    await expect(engine({ indexUid: 'other' }).ensureIndex()).rejects.toThrow(
      'Meilisearch index other has primary key "uuid", expected "id"',
    );
  });

  it('rejects with the task and Meilisearch message when the settings task fails', async () => {
    fake.taskFailures.push({
      when: (type) => type === 'settingsUpdate',
      error: meiliError(
        'Unknown field `sortFacetValuesBy`: expected one of `maxValuesPerFacet`',
        'invalid_settings_faceting',
      ),
    });

    const error = await engine()
      .ensureIndex()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(MeilisearchTaskError);
    expect(error).not.toBeInstanceOf(SearchUnavailableError);
    expect((error as MeilisearchTaskError).message).toBe(
      'Meilisearch task 1 (settingsUpdate: settings of ksp) failed: Unknown field ' +
        '`sortFacetValuesBy`: expected one of `maxValuesPerFacet` (invalid_settings_faceting)',
    );
    expect((error as MeilisearchTaskError).code).toBe('invalid_settings_faceting');
  });

  it('refuses an index uid Meilisearch would not accept', () => {
    expect(() => new MeilisearchSearchEngine({ url: fake.url, indexUid: 'kennis schakel' })).toThrow(
      'Meilisearch index uid "kennis schakel" must be letters, digits, - and _',
    );
  });

  it('rejects settings Meilisearch refuses at once (4xx) with its message, not as unavailable', async () => {
    fake.addIndex('ksp');
    fake.faults.push({
      when: (r) => r.method === 'PATCH' && r.path === '/indexes/ksp/settings',
      kind: 'answer',
      answer: new HttpAnswer(
        400,
        meiliError(
          'Unknown field `localizedAttributes`: expected one of `displayedAttributes`, …',
          'bad_request',
        ),
      ),
      remaining: 1,
    });
    const error = await engine()
      .ensureIndex()
      .catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(SearchUnavailableError);
    expect((error as Error).message).toBe(
      'Meilisearch refused the request (400 bad_request): Unknown field `localizedAttributes`: ' +
        'expected one of `displayedAttributes`, …',
    );
  });

  it('treats an internal task failure as unavailable', async () => {
    fake.taskFailures.push({
      when: (type) => type === 'indexCreation',
      error: meiliError('No space left on device', 'no_space_left_on_device', 'system'),
    });
    await expect(engine().ensureIndex()).rejects.toBeInstanceOf(SearchUnavailableError);
  });
});

describe('upsert and delete', () => {
  it('adds or replaces the documents and resolves only once the task has succeeded', async () => {
    fake.addIndex('ksp');
    fake.pollsBeforeDone = 2;
    const documents = [
      doc('question-1'),
      doc('report-2', { createdAt: '2024-03-01T10:00:00Z', fullText: 'Volledige tekst' }),
    ];

    await engine().upsert(documents);

    expect(fake.calls()).toEqual(['POST /indexes/ksp/documents?primaryKey=id']);
    expect(only('POST', '/indexes/ksp/documents').body).toEqual([
      { ...documents[0] },
      // createdAt in one ISO format, so that it sorts as text.
      { ...documents[1], createdAt: '2024-03-01T10:00:00.000Z' },
    ]);
    expect(fake.pollsOf(0)).toBe(3);
    expect([...(fake.indexes.get('ksp')?.documents.keys() ?? [])]).toEqual(['question-1', 'report-2']);
  });

  it('sends large inputs in batches of 1000 and waits for every batch', async () => {
    fake.addIndex('ksp');
    const documents = Array.from({ length: 2500 }, (_, i) => doc(`question-${i}`));

    await engine().upsert(documents);

    const batches = fake.requests
      .filter((r) => r.path === '/indexes/ksp/documents')
      .map((r) => (r.body as unknown[]).length);
    expect(batches).toEqual([1000, 1000, 500]);
    expect([0, 1, 2].map((uid) => fake.pollsOf(uid) > 0)).toEqual([true, true, true]);
    expect(fake.indexes.get('ksp')?.documents.size).toBe(2500);
  });

  it('sends nothing for empty inputs and refuses an id Meilisearch would reject', async () => {
    await engine().upsert([]);
    await engine().delete([]);
    await expect(engine().upsert([doc('question-ok'), doc('question-a/b')])).rejects.toThrow(
      'Search document id "question-a/b" is not valid for Meilisearch',
    );
    expect(fake.requests).toEqual([]);
  });

  it('deletes by engine id in one batch request and waits for the task', async () => {
    fake.addIndex('ksp', 'id', [{ id: 'question-1' }, { id: 'report-2' }, { id: 'dossier-3' }]);

    await engine().delete(['question-1', 'report-2', 'question-unknown']);

    expect(fake.calls()).toEqual(['POST /indexes/ksp/documents/delete-batch']);
    expect(only('POST', '/indexes/ksp/documents/delete-batch').body).toEqual([
      'question-1',
      'report-2',
      'question-unknown',
    ]);
    expect([...(fake.indexes.get('ksp')?.documents.keys() ?? [])]).toEqual(['dossier-3']);
  });

  it('deleting from a missing index is done, not an error', async () => {
    await expect(engine().delete(['question-1'])).resolves.toBeUndefined();
  });

  it('rejects when an indexing task fails', async () => {
    fake.addIndex('ksp');
    fake.taskFailures.push({
      when: (type) => type === 'documentAdditionOrUpdate',
      error: meiliError('The `year` field of a document is not a number', 'invalid_document_fields'),
    });
    await expect(engine().upsert([doc('question-1')])).rejects.toThrow(
      'Meilisearch task 0 (documentAdditionOrUpdate: add or replace 1 documents in ksp) failed: ' +
        'The `year` field of a document is not a number (invalid_document_fields)',
    );
  });
});

describe('search request', () => {
  it('translates filters, facets, sort, pagination and highlight into one search', async () => {
    const body = await searchBody({
      query: 'jeugdzorg wijk',
      accessKeys: ['public', 'm:GM0344'],
      filter: {
        types: ['question', 'report'],
        policyDomains: ['6'],
        municipalities: ['GM0344'],
        regions: ['PV26'],
        years: [2023, 2024],
        statuses: ['OPEN'],
        tags: ['o"neill', 'back\\slash'],
        ids: ['question-1'],
      },
      facets: ['type', 'tags', 'type'],
      sort: 'NEWEST',
      offset: 20,
      limit: 10,
    });

    expect(body).toEqual({
      q: 'jeugdzorg wijk',
      filter:
        'accessKeys IN ["public", "m:GM0344"] AND type IN ["question", "report"] AND ' +
        'policyDomainPaths IN ["6"] AND municipalityCodes IN ["GM0344"] AND regionIds IN ["PV26"] ' +
        'AND year IN [2023, 2024] AND status IN ["OPEN"] AND tags IN ["o\\"neill", "back\\\\slash"] ' +
        'AND id IN ["question-1"]',
      sort: ['createdAt:desc'],
      page: 3,
      hitsPerPage: 10,
      facets: ['type', 'tags'],
      attributesToRetrieve: ['id', 'type', 'entityId'],
      showRankingScore: true,
      matchingStrategy: 'all',
      locales: ['nld'],
      ...HIGHLIGHT_PARAMS,
    });
  });

  it('filters only on access keys by default; empty lists do not filter', async () => {
    const body = await searchBody({ query: 'wmo', filter: { types: [], tags: [] } });
    expect(body).toEqual({
      q: 'wmo',
      filter: 'accessKeys IN ["public"]',
      page: 1,
      hitsPerPage: 20,
      attributesToRetrieve: ['id', 'type', 'entityId'],
      showRankingScore: true,
      matchingStrategy: 'all',
      locales: ['nld'],
      ...HIGHLIGHT_PARAMS,
    });
  });

  it('sends nothing to Meilisearch for a reader without access keys', async () => {
    const result = await engine().search({ query: 'wmo', accessKeys: [], facets: ['type'] });
    expect(result).toEqual({ totalCount: 0, hits: [], facets: { type: [] } });
    expect(fake.requests).toEqual([]);
  });

  it.each([
    ['RELEVANCE', 'wmo', undefined],
    ['RELEVANCE', '', ['createdAt:desc']],
    ['RELEVANCE', '   ', ['createdAt:desc']],
    ['NEWEST', 'wmo', ['createdAt:desc']],
    ['OLDEST', 'wmo', ['createdAt:asc']],
    ['TITLE', '', ['title:asc']],
  ] as const)('sort %s with query %j → %j', async (sort, query, expected) => {
    const body = (await searchBody({ query, sort })) as { sort?: string[] };
    expect(body.sort).toEqual(expected);
  });

  it('a search without a query asks for no highlights', async () => {
    const body = (await searchBody({ query: '', highlight: true })) as Record<string, unknown>;
    expect(body['q']).toBe('');
    expect(body).not.toHaveProperty('attributesToHighlight');
    expect(body).not.toHaveProperty('attributesToCrop');
    const off = (await searchBody({ query: 'wmo', highlight: false })) as Record<string, unknown>;
    expect(off).not.toHaveProperty('attributesToHighlight');
  });

  it.each([
    [{}, { page: 1, hitsPerPage: 20 }],
    [
      { offset: 40, limit: 20 },
      { page: 3, hitsPerPage: 20 },
    ],
    [
      { offset: 5, limit: 10 },
      { page: 1, hitsPerPage: 15 },
    ],
    [
      { offset: 30, limit: 20 },
      { page: 2, hitsPerPage: 25 },
    ],
    [{ limit: 500 }, { page: 1, hitsPerPage: 100 }],
    [{ limit: 0 }, { page: 1, hitsPerPage: 0 }],
    [
      { offset: -3, limit: 2.7 },
      { page: 1, hitsPerPage: 2 },
    ],
  ])('offset/limit %j → exhaustive page mode %j', async (paging, expected) => {
    const body = (await searchBody({ query: 'wmo', ...paging })) as Record<string, unknown>;
    expect({ page: body['page'], hitsPerPage: body['hitsPerPage'] }).toEqual(expected);
    expect(body).not.toHaveProperty('offset');
    expect(body).not.toHaveProperty('limit');
  });

  it.each([
    [{}, 'jeugdzorg beleid'],
    [{ prefixLastWord: false }, 'jeugdzorg beleid '],
    [{ typoTolerance: false }, '"jeugdzorg" beleid'],
    [{ typoTolerance: false, prefixLastWord: false }, '"jeugdzorg" "beleid"'],
  ])('query options %j → q %j', async (options, q) => {
    const body = (await searchBody({ query: '  jeugdzorg beleid ', ...options })) as {
      q: string;
    };
    expect(body.q).toBe(q);
  });

  it('removes the reader’s double quotes when typos are off', async () => {
    const body = (await searchBody({ query: 'o"neill "wmo"', typoTolerance: false })) as {
      q: string;
    };
    expect(body.q).toBe('"oneill" wmo');
  });
});

describe('search result', () => {
  it('maps hits, scores, HTML-safe highlights, exact totals and sorted facets', async () => {
    fake.addIndex('ksp');
    fake.onSearch = () =>
      searchResponse({
        query: 'jeugdzorg',
        totalHits: 42,
        totalPages: 3,
        hits: [
          {
            id: 'question-q1',
            type: 'question',
            entityId: 'q1',
            _rankingScore: 0.93,
            _formatted: {
              id: 'question-q1',
              type: 'question',
              entityId: 'q1',
              title: `<script>alert("${PRE}jeugdzorg${POST}")</script>`,
              tags: [`${PRE}jeugdzorg${POST}`, 'wmo & zo'],
              summary: 'Geen treffer in dit veld',
              body: `…gesprekken over ${PRE}jeugdzorg${POST} in de regio…`,
              fullText: '',
            },
          },
          {
            id: 'report-r1',
            type: 'report',
            entityId: 'r1',
            _rankingScore: 0.5,
            _formatted: {
              title: 'Rapport',
              tags: [],
              summary: '',
              body: '',
              fullText: `…de kosten van ${PRE}jeugd${POST}zorg's & "wachtlijsten"…`,
            },
          },
        ],
        facetDistribution: {
          type: { report: 3, question: 7, dossier: 3 },
          tags: { zorg: 2, beleid: 2, wmo: 9 },
          year: { '2023': 4 },
        },
        facetStats: {},
      });

    const result = await engine().search({
      query: 'jeugdzorg',
      accessKeys: ['public'],
      facets: ['type', 'tags', 'regionIds'],
    });

    expect(result).toEqual({
      totalCount: 42,
      hits: [
        {
          id: 'question-q1',
          type: 'question',
          entityId: 'q1',
          score: 0.93,
          highlights: [
            {
              field: 'title',
              snippet: '&lt;script&gt;alert(&quot;<mark>jeugdzorg</mark>&quot;)&lt;/script&gt;',
            },
            { field: 'tags', snippet: '<mark>jeugdzorg</mark>, wmo &amp; zo' },
            { field: 'body', snippet: '…gesprekken over <mark>jeugdzorg</mark> in de regio…' },
          ],
        },
        {
          id: 'report-r1',
          type: 'report',
          entityId: 'r1',
          score: 0.5,
          highlights: [
            {
              field: 'fullText',
              snippet: '…de kosten van <mark>jeugd</mark>zorg&#39;s &amp; &quot;wachtlijsten&quot;…',
            },
          ],
        },
      ],
      facets: {
        type: [
          { value: 'question', count: 7 },
          { value: 'dossier', count: 3 },
          { value: 'report', count: 3 },
        ],
        tags: [
          { value: 'wmo', count: 9 },
          { value: 'beleid', count: 2 },
          { value: 'zorg', count: 2 },
        ],
        regionIds: [],
      },
    });
  });

  it('never lets markers in a document produce unbalanced markup', async () => {
    fake.addIndex('ksp');
    fake.onSearch = () =>
      searchResponse({
        totalHits: 1,
        hits: [
          {
            id: 'question-1',
            type: 'question',
            entityId: '1',
            _rankingScore: 1,
            _formatted: { title: `${POST}a ${PRE}${PRE}b<i>${POST}${POST} ${PRE}c` },
          },
        ],
      });
    const { hits } = await engine().search({ query: 'b c', accessKeys: ['public'] });
    expect(hits[0].highlights).toEqual([
      { field: 'title', snippet: 'a <mark>b&lt;i&gt;</mark> <mark>c</mark>' },
    ]);
  });

  it('returns the requested window of a larger page and at most 100 values per facet', async () => {
    fake.addIndex('ksp');
    const tags: Record<string, number> = {};
    for (let i = 0; i < 150; i++) tags[`tag${String(i).padStart(3, '0')}`] = i % 3;
    fake.onSearch = (_uid, body) =>
      searchResponse({
        totalHits: 60,
        hits: Array.from({ length: Number(body['hitsPerPage']) }, (_, i) => ({
          id: `question-${i}`,
          type: 'question',
          entityId: String(i),
          _rankingScore: 1 - i / 100,
        })),
        facetDistribution: { tags },
      });

    const result = await engine().search({
      query: 'x',
      accessKeys: ['public'],
      offset: 5,
      limit: 10,
      facets: ['tags'],
      highlight: false,
    });

    expect(result.totalCount).toBe(60);
    expect(result.hits.map((hit) => hit.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `question-${i + 5}`),
    );
    expect(result.hits[0].highlights).toEqual([]);
    expect(result.facets.tags).toHaveLength(100);
    expect(result.facets.tags?.slice(0, 2)).toEqual([
      { value: 'tag002', count: 2 },
      { value: 'tag005', count: 2 },
    ]);
  });

  it('rejects a search Meilisearch refuses (4xx) with its message, not as unavailable', async () => {
    fake.addIndex('ksp');
    fake.onSearch = () =>
      new HttpAnswer(
        400,
        meiliError(
          'Attribute `updatedAt` is not filterable. Available filterable attributes are: …',
          'invalid_search_filter',
        ),
      );
    const error = await engine()
      .search({ query: 'x', accessKeys: ['public'] })
      .catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(SearchUnavailableError);
    expect((error as Error).message).toBe(
      'Meilisearch refused the request (400 invalid_search_filter): Attribute `updatedAt` is not ' +
        'filterable. Available filterable attributes are: …',
    );
  });
});

describe('suggest', () => {
  it('searches titles by prefix with a small limit and returns the title highlighted and escaped', async () => {
    fake.addIndex('ksp');
    fake.onSearch = () =>
      searchResponse({
        hits: [
          {
            id: 'question-1',
            type: 'question',
            entityId: '1',
            title: 'Jeugdzorg & <wachtlijsten>',
            _formatted: {
              id: 'question-1',
              type: 'question',
              entityId: '1',
              title: `${PRE}Jeugd${POST}zorg & <wachtlijsten>`,
            },
          },
          { id: 'report-2', type: 'report', entityId: '2', title: 'Zonder "highlight"' },
        ],
      });

    const suggestions = await engine().suggest({
      prefix: ' jeugd ',
      accessKeys: ['public', 'r:PV26'],
      types: ['question', 'report'],
    });

    expect(only('POST', '/indexes/ksp/search').body).toEqual({
      q: 'jeugd',
      filter: 'accessKeys IN ["public", "r:PV26"] AND type IN ["question", "report"]',
      limit: 8,
      attributesToSearchOn: ['title'],
      attributesToRetrieve: ['id', 'type', 'entityId', 'title'],
      attributesToHighlight: ['title'],
      highlightPreTag: PRE,
      highlightPostTag: POST,
      matchingStrategy: 'all',
      locales: ['nld'],
    });
    expect(suggestions).toEqual([
      {
        id: 'question-1',
        type: 'question',
        entityId: '1',
        title: 'Jeugdzorg & <wachtlijsten>',
        highlighted: '<mark>Jeugd</mark>zorg &amp; &lt;wachtlijsten&gt;',
      },
      {
        id: 'report-2',
        type: 'report',
        entityId: '2',
        title: 'Zonder "highlight"',
        highlighted: 'Zonder &quot;highlight&quot;',
      },
    ]);
  });

  it('asks nothing for an empty prefix or a reader without access keys', async () => {
    expect(await engine().suggest({ prefix: '  ', accessKeys: ['public'] })).toEqual([]);
    expect(await engine().suggest({ prefix: 'jeugd', accessKeys: [] })).toEqual([]);
    expect(fake.requests).toEqual([]);
  });
});

describe('rebuild', () => {
  async function* batchesOf(
    ...batches: (readonly SearchDocument[] | Error)[]
  ): AsyncGenerator<readonly SearchDocument[]> {
    for (const batch of batches) {
      if (batch instanceof Error) throw batch;
      yield batch;
    }
  }

  it('fills a fresh index with the same settings, swaps it in, then deletes the old one', async () => {
    fake.addIndex('ksp', 'id', [{ id: 'question-old' }]);

    const result = await engine().rebuild(
      batchesOf([doc('question-1'), doc('report-2')], [], [doc('dossier-3')]),
    );

    expect(result).toEqual({ documents: 3 });
    const temp = (only('POST', '/indexes').body as { uid: string }).uid;
    expect(temp).toMatch(/^ksp_rebuild_\d{13}$/);
    expect(fake.calls()).toEqual([
      'GET /indexes/ksp',
      'POST /indexes',
      `PATCH /indexes/${temp}/settings`,
      `POST /indexes/${temp}/documents?primaryKey=id`,
      `POST /indexes/${temp}/documents?primaryKey=id`,
      'POST /swap-indexes',
      `DELETE /indexes/${temp}`,
    ]);
    expect(only('POST', '/indexes').body).toEqual({ uid: temp, primaryKey: 'id' });
    expect(only('PATCH', `/indexes/${temp}/settings`).body).toEqual(EXPECTED_SETTINGS);
    // Without `rename`, which Meilisearch before 1.18 refuses.
    expect(only('POST', '/swap-indexes').body).toEqual([{ indexes: ['ksp', temp] }]);
    expect([...fake.indexes.keys()]).toEqual(['ksp']);
    expect([...(fake.indexes.get('ksp')?.documents.keys() ?? [])]).toEqual([
      'question-1',
      'report-2',
      'dossier-3',
    ]);
  });

  it('creates the live index first when it does not exist yet', async () => {
    await engine().rebuild(batchesOf([doc('question-1')]));
    expect(fake.calls().slice(0, 3)).toEqual(['GET /indexes/ksp', 'POST /indexes', 'POST /indexes']);
    expect([...(fake.indexes.get('ksp')?.documents.keys() ?? [])]).toEqual(['question-1']);
  });

  it('when reading the batches fails: deletes the temporary index, never swaps, keeps the old', async () => {
    fake.addIndex('ksp', 'id', [{ id: 'question-old' }]);

    await expect(
      engine().rebuild(batchesOf([doc('question-1')], new Error('database went away'))),
    ).rejects.toThrow('database went away');

    const temp = (only('POST', '/indexes').body as { uid: string }).uid;
    expect(fake.calls()).toEqual([
      'GET /indexes/ksp',
      'POST /indexes',
      `PATCH /indexes/${temp}/settings`,
      `POST /indexes/${temp}/documents?primaryKey=id`,
      `DELETE /indexes/${temp}`,
    ]);
    expect([...fake.indexes.keys()]).toEqual(['ksp']);
    expect([...(fake.indexes.get('ksp')?.documents.keys() ?? [])]).toEqual(['question-old']);
  });

  it('when an indexing task fails: deletes the temporary index, never swaps, keeps the old', async () => {
    fake.addIndex('ksp', 'id', [{ id: 'question-old' }]);
    fake.taskFailures.push({
      when: (type, uid) => type === 'documentAdditionOrUpdate' && uid !== 'ksp',
      error: meiliError('Document has too many fields', 'max_fields_limit_exceeded'),
    });

    await expect(engine().rebuild(batchesOf([doc('question-1')]))).rejects.toThrow(
      'Document has too many fields (max_fields_limit_exceeded)',
    );

    expect(fake.calls()).not.toContain('POST /swap-indexes');
    expect(fake.calls()[fake.calls().length - 1]).toMatch(/^DELETE \/indexes\/ksp_rebuild_\d+$/);
    expect([...fake.indexes.keys()]).toEqual(['ksp']);
    expect([...(fake.indexes.get('ksp')?.documents.keys() ?? [])]).toEqual(['question-old']);
  });

  it('when the swap fails: deletes the temporary index and keeps the old', async () => {
    fake.addIndex('ksp', 'id', [{ id: 'question-old' }]);
    fake.faults.push({ when: (r) => r.path === '/swap-indexes', kind: 'status503', remaining: 1 });

    await expect(engine().rebuild(batchesOf([doc('question-1')]))).rejects.toBeInstanceOf(
      SearchUnavailableError,
    );
    expect(fake.calls()[fake.calls().length - 1]).toMatch(/^DELETE \/indexes\/ksp_rebuild_\d+$/);
    expect([...(fake.indexes.get('ksp')?.documents.keys() ?? [])]).toEqual(['question-old']);
  });
});

describe('dropIndex', () => {
  it('deletes the index and waits for it; a missing index is fine', async () => {
    fake.addIndex('ksp', 'id', [{ id: 'question-1' }]);
    await engine().dropIndex();
    expect(fake.calls()).toEqual(['DELETE /indexes/ksp']);
    expect(fake.indexes.has('ksp')).toBe(false);
    await expect(engine().dropIndex()).resolves.toBeUndefined();
  });
});

describe('documentVersions', () => {
  it('pages through every document asking only for id and updatedAt', async () => {
    fake.addIndex(
      'ksp',
      'id',
      Array.from({ length: 2500 }, (_, i) => ({
        id: `question-${i}`,
        updatedAt: `2024-01-01T00:00:00.${String(i % 1000).padStart(3, '0')}Z`,
        title: 'not asked for',
      })),
    );

    const versions = await engine().documentVersions();

    expect(fake.calls()).toEqual([
      'GET /indexes/ksp/documents?fields=id%2CupdatedAt&offset=0&limit=1000',
      'GET /indexes/ksp/documents?fields=id%2CupdatedAt&offset=1000&limit=1000',
      'GET /indexes/ksp/documents?fields=id%2CupdatedAt&offset=2000&limit=1000',
    ]);
    expect(versions).toHaveLength(2500);
    expect(versions[1001]).toEqual({ id: 'question-1001', updatedAt: '2024-01-01T00:00:00.001Z' });
  });
});

describe('faults', () => {
  it('a 503 makes calls fail as unavailable until Meilisearch recovers', async () => {
    fake.addIndex('ksp');
    fake.faults.push({ when: (r) => r.path.endsWith('/search'), kind: 'status503', remaining: 2 });
    const search = () => engine().search({ query: 'wmo', accessKeys: ['public'] });

    for (let i = 0; i < 2; i++) {
      const error = await search().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SearchUnavailableError);
      expect((error as SearchUnavailableError).message).toBe('Meilisearch answered 503: Service unavailable');
      expect((error as SearchUnavailableError).cause).toBeInstanceOf(Error);
    }
    await expect(search()).resolves.toEqual({ totalCount: 0, hits: [], facets: {} });
  });

  it('a dropped connection is unavailable, and health reports it, until it recovers', async () => {
    fake.addIndex('ksp');
    fake.faults.push({ when: () => true, kind: 'close', remaining: 3 });
    const meili = engine();

    await expect(meili.upsert([doc('question-1')])).rejects.toBeInstanceOf(SearchUnavailableError);
    const down = await meili.health();
    expect(down.ok).toBe(false);
    expect(down.detail).toMatch(/^meilisearch: Meilisearch is unreachable: Request to http:\/\/127/);
    await expect(meili.documentVersions()).rejects.toBeInstanceOf(SearchUnavailableError);

    await meili.upsert([doc('question-1')]);
    expect(fake.indexes.get('ksp')?.documents.has('question-1')).toBe(true);
    expect(await meili.health()).toEqual({ ok: true, detail: 'meilisearch' });
  });

  it('an HTML error page from a proxy is unavailable', async () => {
    fake.addIndex('ksp');
    fake.faults.push({ when: () => true, kind: 'html502', remaining: 1 });
    await expect(engine().delete(['question-1'])).rejects.toThrow(
      /^Meilisearch \(or a proxy in front of it\) sent an answer that is not JSON/,
    );
  });

  it('a request that gets no answer in time is unavailable', async () => {
    fake.addIndex('ksp');
    fake.faults.push({ when: () => true, kind: 'hang', remaining: 1 });
    const error = await engine({ timeoutMs: 200 })
      .search({ query: 'wmo', accessKeys: ['public'] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchUnavailableError);
    expect((error as Error).message).toMatch(/request timed out after 200ms$/);
  });

  it('a task that does not finish in time is unavailable', async () => {
    fake.addIndex('ksp');
    fake.pollsBeforeDone = Number.MAX_SAFE_INTEGER;
    const error = await engine({ taskTimeoutMs: 100 })
      .upsert([doc('question-1')])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchUnavailableError);
    expect((error as Error).message).toMatch(/^Meilisearch is too slow: timeout of 100ms/);
  });
});

describe('health', () => {
  it('is ok when Meilisearch answers and the index exists', async () => {
    fake.addIndex('ksp');
    expect(await engine().health()).toEqual({ ok: true, detail: 'meilisearch' });
    expect(fake.calls()).toEqual(['GET /health', 'GET /indexes/ksp']);
  });

  it('is not ok without the index', async () => {
    expect(await engine().health()).toEqual({
      ok: false,
      detail: 'meilisearch: index ksp does not exist',
    });
  });

  it('is not ok, and does not throw, when nothing listens', async () => {
    const url = fake.url;
    await fake.stop();
    const health = await new MeilisearchSearchEngine({ url, timeoutMs: 1000 }).health();
    expect(health.ok).toBe(false);
    expect(health.detail).toMatch(/^meilisearch: Meilisearch is unreachable: .*ECONNREFUSED/);
    await fake.start();
  });
});
