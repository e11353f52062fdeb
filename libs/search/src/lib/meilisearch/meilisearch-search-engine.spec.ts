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

/**
 * Every entry written out: one-way Meilisearch synonyms made mutual, multi-word terms included, and
 * each group's stemmed phrases (the query sends stems) as keys and values of the same group.
 */
const EXPECTED_SYNONYMS = {
  wmo: ['wet maatschappelijke ondersteuning', 'wet maatschapp ondersteun'],
  'wet maatschappelijke ondersteuning': ['wmo', 'wet maatschapp ondersteun'],
  'wet maatschapp ondersteun': ['wmo', 'wet maatschappelijke ondersteuning'],
  jeugdhulp: ['jeugdzorg'],
  jeugdzorg: ['jeugdhulp'],
  res: ['regionale energiestrategie', 'regional energiestrategie'],
  'regionale energiestrategie': ['res', 'regional energiestrategie'],
  'regional energiestrategie': ['res', 'regionale energiestrategie'],
  bijstand: ['participatiewet', 'bijstandsuitkering', 'bijstandsuitker'],
  participatiewet: ['bijstand', 'bijstandsuitkering', 'bijstandsuitker'],
  bijstandsuitkering: ['bijstand', 'participatiewet', 'bijstandsuitker'],
  bijstandsuitker: ['bijstand', 'participatiewet', 'bijstandsuitkering'],
  omgevingswet: ['ow'],
  ow: ['omgevingswet'],
  bbv: ['besluit begroting en verantwoording', 'besluit begrot en verantwoord'],
  'besluit begroting en verantwoording': ['bbv', 'besluit begrot en verantwoord'],
  'besluit begrot en verantwoord': ['bbv', 'besluit begroting en verantwoording'],
  avg: ['algemene verordening gegevensbescherming', 'privacywet', 'algemen verorden gegevensbescherm'],
  'algemene verordening gegevensbescherming': ['avg', 'privacywet', 'algemen verorden gegevensbescherm'],
  privacywet: ['avg', 'algemene verordening gegevensbescherming', 'algemen verorden gegevensbescherm'],
  'algemen verorden gegevensbescherm': ['avg', 'algemene verordening gegevensbescherming', 'privacywet'],
  wsw: [
    'wet sociale werkvoorziening',
    'sociale werkvoorziening',
    'wet social werkvoorzien',
    'social werkvoorzien',
  ],
  'wet sociale werkvoorziening': [
    'wsw',
    'sociale werkvoorziening',
    'wet social werkvoorzien',
    'social werkvoorzien',
  ],
  'sociale werkvoorziening': [
    'wsw',
    'wet sociale werkvoorziening',
    'wet social werkvoorzien',
    'social werkvoorzien',
  ],
  'wet social werkvoorzien': [
    'wsw',
    'wet sociale werkvoorziening',
    'sociale werkvoorziening',
    'social werkvoorzien',
  ],
  'social werkvoorzien': [
    'wsw',
    'wet sociale werkvoorziening',
    'sociale werkvoorziening',
    'wet social werkvoorzien',
  ],
  pgb: ['persoonsgebonden budget', 'persoonsgebond budget'],
  'persoonsgebonden budget': ['pgb', 'persoonsgebond budget'],
  'persoonsgebond budget': ['pgb', 'persoonsgebonden budget'],
  ozb: ['onroerendezaakbelasting', 'onroerendezaakbelast'],
  onroerendezaakbelasting: ['ozb', 'onroerendezaakbelast'],
  onroerendezaakbelast: ['ozb', 'onroerendezaakbelasting'],
  woz: ['wet waardering onroerende zaken', 'wet waarder onroer zak'],
  'wet waardering onroerende zaken': ['woz', 'wet waarder onroer zak'],
  'wet waarder onroer zak': ['woz', 'wet waardering onroerende zaken'],
  ggd: ['gemeentelijke gezondheidsdienst', 'gemeent gezondheidsdienst'],
  'gemeentelijke gezondheidsdienst': ['ggd', 'gemeent gezondheidsdienst'],
  'gemeent gezondheidsdienst': ['ggd', 'gemeentelijke gezondheidsdienst'],
  bag: ['basisregistratie adressen en gebouwen', 'basisregistratie adress en gebouw'],
  'basisregistratie adressen en gebouwen': ['bag', 'basisregistratie adress en gebouw'],
  'basisregistratie adress en gebouw': ['bag', 'basisregistratie adressen en gebouwen'],
  brp: ['basisregistratie personen', 'basisregistratie person'],
  'basisregistratie personen': ['brp', 'basisregistratie person'],
  'basisregistratie person': ['brp', 'basisregistratie personen'],
  schuldhulp: ['schuldhulpverlening', 'schuldsanering', 'schuldhulpverlen', 'schuldsaner'],
  schuldhulpverlening: ['schuldhulp', 'schuldsanering', 'schuldhulpverlen', 'schuldsaner'],
  schuldsanering: ['schuldhulp', 'schuldhulpverlening', 'schuldhulpverlen', 'schuldsaner'],
  schuldhulpverlen: ['schuldhulp', 'schuldhulpverlening', 'schuldsanering', 'schuldsaner'],
  schuldsaner: ['schuldhulp', 'schuldhulpverlening', 'schuldsanering', 'schuldhulpverlen'],
  laadpaal: ['laadpunt', 'oplaadpunt', 'laadpal'],
  laadpunt: ['laadpaal', 'oplaadpunt', 'laadpal'],
  oplaadpunt: ['laadpaal', 'laadpunt', 'laadpal'],
  laadpal: ['laadpaal', 'laadpunt', 'oplaadpunt'],
  zonnepanelen: ['pv-panelen', 'zonnepaneel', 'zonnepanel', 'pv-panel'],
  'pv-panelen': ['zonnepanelen', 'zonnepaneel', 'zonnepanel', 'pv-panel'],
  zonnepaneel: ['zonnepanelen', 'pv-panelen', 'zonnepanel', 'pv-panel'],
  zonnepanel: ['zonnepanelen', 'pv-panelen', 'zonnepaneel', 'pv-panel'],
  'pv-panel': ['zonnepanelen', 'pv-panelen', 'zonnepaneel', 'zonnepanel'],
  wijkteam: ['sociaal wijkteam', 'buurtteam'],
  'sociaal wijkteam': ['wijkteam', 'buurtteam'],
  buurtteam: ['wijkteam', 'sociaal wijkteam'],
  statushouder: ['vergunninghouder'],
  vergunninghouder: ['statushouder'],
  afval: ['huisvuil'],
  huisvuil: ['afval'],
  fiets: ['rijwiel', 'fiet'],
  rijwiel: ['fiets', 'fiet'],
  fiet: ['fiets', 'rijwiel'],
};

/** Each text field followed by its stem field. */
const EXPECTED_SEARCHABLE = [
  'title',
  '_stems_title',
  'tags',
  '_stems_tags',
  'summary',
  '_stems_summary',
  'body',
  '_stems_body',
  'fullText',
  '_stems_fullText',
];

const EXPECTED_SETTINGS = {
  searchableAttributes: EXPECTED_SEARCHABLE,
  displayedAttributes: [
    'id',
    'type',
    'entityId',
    'title',
    'summary',
    'body',
    'fullText',
    'tags',
    'policyDomainCodes',
    'policyDomainPaths',
    'municipalityCodes',
    'regionIds',
    'year',
    'status',
    'accessKeys',
    'updatedAt',
    'createdAt',
  ],
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
  localizedAttributes: [{ attributePatterns: EXPECTED_SEARCHABLE, locales: ['nld'] }],
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

/** The body of the first search (the query with every word; the fake finds nothing by default). */
async function searchBody(request: Partial<SearchRequest>): Promise<unknown> {
  fake.addIndex('ksp');
  await engine().search({ query: '', accessKeys: ['public'], ...request });
  return searchBodies()[0];
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
        // The group's other terms, then its stemmed phrases.
        expect(settings.synonyms[term].slice(0, group.length - 1)).toEqual(
          group.filter((other) => other !== term),
        );
      }
    }
    // 49 terms and 19 stemmed phrases that differ from them.
    expect(DUTCH_SYNONYMS.flat()).toHaveLength(49);
    expect(Object.keys(settings.synonyms)).toHaveLength(68);
  });

  it('adds the stemmed phrases of each synonym group, as keys and values of that group', async () => {
    await engine().ensureIndex();
    const { synonyms } = only('PATCH', '/indexes/ksp/settings').body as {
      synonyms: Record<string, string[]>;
    };

    // `bijstandsuitkeringen` is sent as `bijstandsuitker`: that stem still has the group's synonyms.
    expect(synonyms['bijstandsuitker']).toEqual(['bijstand', 'participatiewet', 'bijstandsuitkering']);
    expect(synonyms['bijstand']).toEqual(['participatiewet', 'bijstandsuitkering', 'bijstandsuitker']);
    // Multi-word phrases word by word (Meilisearch looks up synonyms of 2- and 3-word n-grams).
    expect(synonyms['regional energiestrategie']).toEqual(['res', 'regionale energiestrategie']);
    expect(synonyms['wet maatschapp ondersteun']).toEqual(['wmo', 'wet maatschappelijke ondersteuning']);
    expect(synonyms['laadpal']).toEqual(['laadpaal', 'laadpunt', 'oplaadpunt']);
    expect(synonyms['pv-panel']).toEqual(['zonnepanelen', 'pv-panelen', 'zonnepaneel', 'zonnepanel']);
    // Terms that are their own stem add nothing.
    expect(synonyms['jeugdzorg']).toEqual(['jeugdhulp']);
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

  it('joins an extra group to a group it shares a stem with', async () => {
    await engine({ synonyms: [['laadpalen', 'oplaadpunten']] }).ensureIndex();
    const { synonyms } = only('PATCH', '/indexes/ksp/settings').body as {
      synonyms: Record<string, string[]>;
    };

    // `laadpalen` and `laadpaal` are both sent as `laadpal`, so the groups are one.
    expect(synonyms['oplaadpunten']).toEqual(['laadpaal', 'laadpunt', 'oplaadpunt', 'laadpal', 'laadpalen']);
    expect(synonyms['laadpal']).toEqual(['laadpaal', 'laadpunt', 'oplaadpunt', 'laadpalen', 'oplaadpunten']);
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
    const stems = {
      _stems_tags: 'jeugdzorg',
      _stems_summary: 'samenvat',
      _stems_body: 'tekst',
    };
    expect(only('POST', '/indexes/ksp/documents').body).toEqual([
      { ...documents[0], ...stems, _stems_title: 'titel 1', _stems_fullText: '' },
      // createdAt in one ISO format, so that it sorts as text.
      {
        ...documents[1],
        createdAt: '2024-03-01T10:00:00.000Z',
        ...stems,
        _stems_title: 'titel 2',
        _stems_fullText: 'volled tekst',
      },
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

describe('Dutch stems', () => {
  const sample = doc('report-wonen', {
    title: 'Tijdelijke woningen voor spoedzoekers in de gemeenten',
    tags: ['Jeugdzorg', 'pv-panelen', 'wonen'],
    summary: 'Regionale afspraken over tijdelijke woningen en kosten.',
    body: 'Gemeenten bouwen woningen; de woning is tijdelijk. Cliënten wachten 12 weken.',
    fullText: 'Hebben zij de laadpalen geplaatst? Ja, de laadpaal staat er.',
  });

  it('stores the stems of each text field in its companion field: folded, without stop words, each once', async () => {
    fake.addIndex('ksp');
    await engine().upsert([sample]);

    const [stored] = only('POST', '/indexes/ksp/documents').body as JsonObject[];
    expect(stored).toEqual({
      ...sample,
      _stems_title: 'tijdelijk woning spoedzoeker gemeent',
      // Tags one by one; a hyphenated word by its parts.
      _stems_tags: 'jeugdzorg pv panel won',
      _stems_summary: 'regional afsprak tijdelijk woning kost',
      // In order of first occurrence, each once; digits as they are; diacritics folded.
      _stems_body: 'gemeent bouw woning tijdelijk client wacht 12 wek',
      // `laadpalen` and `laadpaal` are one stem.
      _stems_fullText: 'laadpal geplaatst stat',
    });
  });

  it('rebuild stores the stems too', async () => {
    async function* one(): AsyncGenerator<readonly SearchDocument[]> {
      yield [sample];
    }
    await engine().rebuild(one());
    const [stored] = fake.indexes.get('ksp')?.documents.values() ?? [];
    expect(stored?.['_stems_title']).toBe('tijdelijk woning spoedzoeker gemeent');
  });

  it('keeps at most 5000 stems of a long field, the first ones', async () => {
    fake.addIndex('ksp');
    const words = Array.from({ length: 6000 }, (_, i) => `woord${i}`);
    await engine().upsert([doc('report-lang', { fullText: words.join(' ') })]);

    const [stored] = only('POST', '/indexes/ksp/documents').body as JsonObject[];
    const stems = String(stored['_stems_fullText']).split(' ');
    expect(stems).toHaveLength(5000);
    expect(stems.slice(0, 2)).toEqual(['woord0', 'woord1']);
    expect(stems[4999]).toBe('woord4999');
  });

  it('sends each query word as its stem, so that Meilisearch finds the stems of other inflections', async () => {
    const body = (await searchBody({ query: 'Tijdelijke woningen in gemeenten' })) as { q: string };
    expect(body.q).toBe('tijdelijk woning in gemeent');
  });

  it.each([
    // Words that are their own stem stay as typed (case and accents included).
    ['Jeugdzorg beleid', {}, 'Jeugdzorg beleid'],
    // Not always a prefix: Snowball undoubles vowels (`inkoop` → `inkop`, `laadpaal` → `laadpal`).
    ['regionale inkoop', {}, 'regional inkop'],
    ['laadpalen', {}, 'laadpal'],
    // Stop words stay (`hebben` would become `hebb`, which Meilisearch would not drop), digits stay.
    ['hebben 12 zwembaden', {}, 'hebben 12 zwembad'],
    // A stem that is a stop word would be dropped by Meilisearch: the word stays (`uwe` → `uw`).
    ['uwe woningen', {}, 'uwe woning'],
    ['Cliënten', {}, 'client'],
    ['pv-panelen', {}, 'pv-panel'],
    // The reader's quoted phrase is sent as typed: exact words, in order.
    ['"tijdelijke woningen" gemeenten', {}, '"tijdelijke woningen" gemeent'],
    ['tijdelijke woningen', { prefixLastWord: false }, 'tijdelijk woning '],
    ['tijdelijke woningen', { typoTolerance: false }, '"tijdelijk" woning'],
    ['tijdelijke woningen', { typoTolerance: false, prefixLastWord: false }, '"tijdelijk" "woning"'],
  ] as const)('query %j with %j → q %j', async (query, options, q) => {
    const body = (await searchBody({ query, ...options })) as { q: string };
    expect(body.q).toBe(q);
  });

  it('marks the inflections of the query words that Meilisearch does not mark, as whole words', async () => {
    fake.addIndex('ksp');
    fake.onSearch = () =>
      searchResponse({
        totalHits: 1,
        hits: [
          {
            id: 'report-wonen',
            type: 'report',
            entityId: 'wonen',
            _rankingScore: 1,
            _formatted: {
              // Matched through `_stems_title` only: Meilisearch marks nothing here.
              title: 'Tijdelijke woningen voor spoedzoekers',
              // The last word as a prefix: Meilisearch marks only `woning`.
              summary: `De ${PRE}woning${POST}en en de ${PRE}woning${POST}bouw`,
              body: 'Geen treffer, ook niet in woonwijken',
              tags: ['wonen', 'Woningen'],
            },
          },
        ],
      });

    const [hit] = (await engine().search({ query: 'woningen', accessKeys: ['public'] })).hits;
    expect(hit.highlights).toEqual([
      { field: 'title', snippet: 'Tijdelijke <mark>woningen</mark> voor spoedzoekers' },
      { field: 'tags', snippet: 'wonen, <mark>Woningen</mark>' },
      // Meilisearch's prefix mark on `woningbouw` (another stem) stays as it is.
      { field: 'summary', snippet: 'De <mark>woningen</mark> en de <mark>woning</mark>bouw' },
    ]);
  });
});

describe('fallback: words dropped from the end when the query finds nothing', () => {
  function answerFor(found: Record<string, number>): void {
    fake.onSearch = (_uid, body) => {
      const total = found[String(body['q'])] ?? 0;
      return searchResponse({
        totalHits: total,
        hits: Array.from({ length: Math.min(total, Number(body['hitsPerPage'])) }, (_, i) => ({
          id: `question-${i}`,
          type: 'question',
          entityId: String(i),
          _rankingScore: 0.5,
          _formatted: { title: `Huishoudelijke hulp ${i}` },
        })),
        facetDistribution: { type: total > 0 ? { question: total } : {} },
      });
    };
  }

  function queries(): string[] {
    return searchBodies().map((body) => String((body as JsonObject)['q']));
  }

  it('asks again without the last word, then without the last two, until something is found', async () => {
    fake.addIndex('ksp');
    answerFor({ 'huishoud hulp ': 3 });

    const result = await engine().search({
      query: 'huishoudelijke hulp hlp',
      accessKeys: ['public'],
      facets: ['type'],
    });

    // The dropped word's predecessor was typed out: no prefix any more (trailing space).
    expect(queries()).toEqual(['huishoud hulp hlp', 'huishoud hulp ']);
    // Everything else is the same search.
    const [first, second] = searchBodies() as JsonObject[];
    expect({ ...second, q: first['q'] }).toEqual(first);
    // Hits, total and facets of the query that found something; highlights with its stems.
    expect(result.totalCount).toBe(3);
    expect(result.facets).toEqual({ type: [{ value: 'question', count: 3 }] });
    expect(result.hits.map((hit) => hit.id)).toEqual(['question-0', 'question-1', 'question-2']);
    expect(result.hits[0].highlights).toEqual([
      { field: 'title', snippet: '<mark>Huishoudelijke</mark> <mark>hulp</mark> 0' },
    ]);
  });

  it('drops at most 3 words and never the only word left', async () => {
    fake.addIndex('ksp');
    answerFor({});

    const five = await engine().search({ query: 'aa bb cc dd ee', accessKeys: ['public'], facets: ['type'] });
    expect(queries()).toEqual(['aa bb cc dd ee', 'aa bb cc dd ', 'aa bb cc ', 'aa bb ']);
    expect(five).toEqual({ totalCount: 0, hits: [], facets: { type: [] } });

    fake.requests.length = 0;
    await engine().search({ query: 'aa bb', accessKeys: ['public'] });
    expect(queries()).toEqual(['aa bb', 'aa ']);

    fake.requests.length = 0;
    await engine({ maxDroppedWords: 1 }).search({ query: 'aa bb cc', accessKeys: ['public'] });
    expect(queries()).toEqual(['aa bb cc', 'aa bb ']);

    fake.requests.length = 0;
    await engine({ maxDroppedWords: 0 }).search({ query: 'aa bb cc', accessKeys: ['public'] });
    expect(queries()).toEqual(['aa bb cc']);
  });

  it('asks once for one word, for an empty query, and when the query finds something', async () => {
    fake.addIndex('ksp');
    answerFor({ 'wmo hulp': 1 });
    await engine().search({ query: 'jeugdzorg', accessKeys: ['public'] });
    await engine().search({ query: '', accessKeys: ['public'] });
    await engine().search({ query: 'wmo hulp', accessKeys: ['public'] });
    expect(queries()).toEqual(['jeugdzorg', '', 'wmo hulp']);
  });

  it('drops a word with the stop words after it, and a quoted phrase as one word', async () => {
    fake.addIndex('ksp');
    answerFor({});
    await engine().search({ query: 'kosten van de "eigen bijdragen" in', accessKeys: ['public'] });
    expect(queries()).toEqual(['kost van de "eigen bijdragen" in', 'kost ']);
  });

  it('keeps every word a phrase when typos are off', async () => {
    fake.addIndex('ksp');
    answerFor({});
    await engine().search({
      query: 'jeugdzorg wachtlijsten regio',
      accessKeys: ['public'],
      typoTolerance: false,
    });
    expect(queries()).toEqual(['"jeugdzorg" "wachtlijst" regio', '"jeugdzorg" "wachtlijst"', '"jeugdzorg"']);
  });

  it('gives every page of a query the same fallback', async () => {
    fake.addIndex('ksp');
    answerFor({ 'wmo ': 45 });
    const page = await engine().search({ query: 'wmo xyz', accessKeys: ['public'], offset: 40, limit: 20 });
    expect(queries()).toEqual(['wmo xyz', 'wmo ']);
    expect(searchBodies().map((body) => (body as JsonObject)['page'])).toEqual([3, 3]);
    expect(page.totalCount).toBe(45);
  });
});

describe('the stem fields never leave Meilisearch', () => {
  it('are neither displayed nor asked for', async () => {
    await engine().ensureIndex();
    const settings = only('PATCH', '/indexes/ksp/settings').body as { displayedAttributes: string[] };
    expect(settings.displayedAttributes.filter((field) => field.startsWith('_stems'))).toEqual([]);

    const body = (await searchBody({ query: 'woningen' })) as Record<string, string[]>;
    for (const key of ['attributesToRetrieve', 'attributesToHighlight', 'attributesToCrop']) {
      expect(body[key].filter((field) => field.startsWith('_stems'))).toEqual([]);
    }
  });

  it('are not in hits or highlights, even when an answer carries them', async () => {
    fake.addIndex('ksp');
    fake.onSearch = () =>
      searchResponse({
        totalHits: 1,
        hits: [
          {
            id: 'question-1',
            type: 'question',
            entityId: '1',
            _stems_title: 'woning',
            _rankingScore: 1,
            _formatted: { title: 'Woning', _stems_title: `${PRE}woning${POST}` },
          },
        ],
      });
    const result = await engine().search({ query: 'woning', accessKeys: ['public'] });
    expect(result.hits).toEqual([
      {
        id: 'question-1',
        type: 'question',
        entityId: '1',
        score: 1,
        highlights: [{ field: 'title', snippet: '<mark>Woning</mark>' }],
      },
    ]);
  });

  it('are not in documentVersions', async () => {
    fake.addIndex('ksp');
    const meili = engine();
    await meili.upsert([doc('question-1', { title: 'Tijdelijke woningen' })]);
    expect(fake.indexes.get('ksp')?.documents.get('question-1')?.['_stems_title']).toBe('tijdelijk woning');

    expect(await meili.documentVersions()).toEqual([
      { id: 'question-1', updatedAt: '2024-05-02T08:00:00.000Z' },
    ]);
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
              // Meilisearch marked a prefix of `jeugdzorg`; its stem is the query's, so all of it.
              snippet: '…de kosten van <mark>jeugdzorg</mark>&#39;s &amp; &quot;wachtlijsten&quot;…',
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
