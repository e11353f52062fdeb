import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SearchUnavailableError,
  searchDocumentId,
  type SearchDocument,
  type SearchRequest,
} from '../search-engine';
import { EmbeddedSearchEngine } from './embedded-search-engine';

let order = 0;

function doc(entityId: string, fields: Partial<SearchDocument> & { title: string }): SearchDocument {
  const createdAt = new Date(Date.UTC(2025, 0, 1) + ++order * 3_600_000).toISOString();
  return {
    id: searchDocumentId(fields.type ?? 'question', entityId),
    type: 'question',
    entityId,
    summary: '',
    body: '',
    fullText: '',
    tags: [],
    policyDomainCodes: ['6.72'],
    policyDomainPaths: ['6.72', '6'],
    municipalityCodes: ['GM0344'],
    regionIds: ['PV26', 'VR09'],
    year: 2025,
    status: 'OPEN',
    accessKeys: ['pub'],
    updatedAt: createdAt,
    createdAt,
    ...fields,
  };
}

const PUB = ['pub'];

async function ids(engine: EmbeddedSearchEngine, query: string, request: Partial<SearchRequest> = {}) {
  return (await engine.search({ query, accessKeys: PUB, limit: 100, ...request })).hits.map((h) => h.id);
}

describe('EmbeddedSearchEngine', () => {
  let engine: EmbeddedSearchEngine;

  afterEach(async () => {
    await engine?.close();
  });

  describe('Dutch matching and ranking', () => {
    const exact = doc('exact', { title: 'Wachtlijsten', body: 'De wachtlijsten in de jeugdzorg groeien.' });
    const misspelled = doc('misspelled', {
      title: 'Jeugdzrog in de regio',
      body: 'Een tikfout in de titel.',
    });
    const woning = doc('woning', { title: 'Een winkel ombouwen tot woning' });
    const armoede = doc('armoede', { title: 'Armoede onder kinderen' });
    const armoedebeleid = doc('armoedebeleid', { title: 'Nieuw armoedebeleid' });
    const wmoVoluit = doc('wmo-voluit', {
      title: 'Hulp bij het huishouden',
      body: 'Volgens de Wet maatschappelijke ondersteuning heeft iedereen recht op hulp.',
    });
    const hondenbelasting = doc('honden', { title: 'Afschaffen van de hondenbelasting' });
    const statushouders = doc('statushouders', { title: 'Huisvesting van statushouders' });
    const escaped = doc('xss', { title: 'Overlast <script>alert(1)</script> & vuurwerk' });

    beforeEach(async () => {
      engine = new EmbeddedSearchEngine({
        path: ':memory:',
        synonyms: [['hondenbelasting', 'belasting op honden']],
      });
      await engine.upsert([
        exact,
        misspelled,
        woning,
        armoede,
        armoedebeleid,
        wmoVoluit,
        hondenbelasting,
        statushouders,
        escaped,
      ]);
    });

    it('tolerates typos and ranks exact matches above typo matches', async () => {
      expect(await ids(engine, 'jeugdzrog')).toEqual([misspelled.id, exact.id]);
      // The misspelled word is in the title of one document, the right one only in the body of the
      // other: the exact match still comes first.
      expect(await ids(engine, 'jeugdzorg')).toEqual([exact.id, misspelled.id]);
      expect(await ids(engine, 'jeugdzorg', { typoTolerance: false })).toEqual([exact.id]);
    });

    it('allows one typo from 5 letters, two from 9, and counts a wrong first letter double', async () => {
      expect(await ids(engine, 'wonign', { prefixLastWord: false })).toEqual([woning.id]);
      expect(await ids(engine, 'wnoign', { prefixLastWord: false })).toEqual([]);
      expect(await ids(engine, 'jeudgzrog', { prefixLastWord: false })).toContain(exact.id);
      expect(await ids(engine, 'honing', { prefixLastWord: false })).toEqual([]);
    });

    it('matches the last word as a prefix unless prefixLastWord is false', async () => {
      expect(await ids(engine, 'overla')).toEqual([escaped.id]);
      expect(await ids(engine, 'overla', { prefixLastWord: false })).toEqual([]);
      expect(await ids(engine, 'huisvesting statush')).toEqual([statushouders.id]);
    });

    it('finds compounds through their parts, below documents with the word itself', async () => {
      expect(await ids(engine, 'armoede', { prefixLastWord: false })).toEqual([armoede.id, armoedebeleid.id]);
    });

    it('finds a multi-word synonym from its abbreviation and uses extra synonym groups', async () => {
      expect(await ids(engine, 'wmo')).toEqual([wmoVoluit.id]);
      expect(await ids(engine, 'belasting op honden')).toEqual([hondenbelasting.id]);
    });

    it('marks typo, prefix and synonym matches in the snippets', async () => {
      const [typo] = (await engine.search({ query: 'jeugdzrog', accessKeys: PUB })).hits.filter(
        (h) => h.id === exact.id,
      );
      expect(typo.highlights).toContainEqual({
        field: 'body',
        snippet: 'De wachtlijsten in de <mark>jeugdzorg</mark> groeien.',
      });
      const [prefix] = (await engine.search({ query: 'statush', accessKeys: PUB })).hits;
      expect(prefix.highlights).toEqual([
        { field: 'title', snippet: 'Huisvesting van <mark>statushouders</mark>' },
      ]);
      const [synonym] = (await engine.search({ query: 'wmo', accessKeys: PUB })).hits;
      expect(synonym.highlights).toEqual([
        {
          field: 'body',
          snippet:
            'Volgens de <mark>Wet</mark> <mark>maatschappelijke</mark> <mark>ondersteuning</mark> heeft iedereen recht op hulp.',
        },
      ]);
    });

    it('escapes markup in snippets and suggestions: <mark> is the only HTML', async () => {
      const [hit] = (await engine.search({ query: 'vuurwerk', accessKeys: PUB })).hits;
      expect(hit.highlights).toEqual([
        {
          field: 'title',
          snippet: 'Overlast &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>vuurwerk</mark>',
        },
      ]);
      const [suggestion] = await engine.suggest({ prefix: 'overl', accessKeys: PUB });
      expect(suggestion.highlighted).toBe(
        '<mark>Overl</mark>ast &lt;script&gt;alert(1)&lt;/script&gt; &amp; vuurwerk',
      );
    });

    it('gives no highlights when asked not to, or without a query', async () => {
      const plain = await engine.search({ query: 'armoede', accessKeys: PUB, highlight: false });
      expect(plain.hits.length).toBeGreaterThan(0);
      expect(plain.hits.every((h) => h.highlights.length === 0)).toBe(true);
      const browse = await engine.search({ query: '', accessKeys: PUB });
      expect(browse.hits.every((h) => h.highlights.length === 0)).toBe(true);
    });
  });

  describe('words that match nothing', () => {
    it('drops a word no visible document has, but not a word other documents have', async () => {
      const jeugdzorg = doc('jz', { title: 'Wachtlijsten jeugdzorg' });
      const armoede = doc('arm', { title: 'Armoede in de wijk' });
      const hidden = doc('hidden', { title: 'Kermis in de zomer', accessKeys: ['m:GM0344'] });
      engine = new EmbeddedSearchEngine({ path: ':memory:' });
      await engine.upsert([jeugdzorg, armoede, hidden]);
      expect(await ids(engine, 'jeugdzorg xyzzyq')).toEqual([jeugdzorg.id]);
      // Every word must match (Meilisearch's matchingStrategy 'all'): no document has both.
      expect(await ids(engine, 'jeugdzorg armoede')).toEqual([]);
      expect(await ids(engine, 'armoede jeugdzorg')).toEqual([]);
      // A word that only an invisible document has counts as matching nothing.
      expect(await ids(engine, 'jeugdzorg kermis')).toEqual([jeugdzorg.id]);
      expect(await ids(engine, 'jeugdzorg kermis', { accessKeys: ['pub', 'm:GM0344'] })).toEqual([]);
    });
  });

  describe('snippets of long texts', () => {
    it('cuts a long field to about 30 words around the best match, with … at the cuts', async () => {
      const filler = (n: number, word: string) =>
        Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
      const report = doc('long', {
        type: 'report',
        title: 'Jaarverslag',
        fullText: `${filler(3000, 'aanloop')} De evaluatie van het kademuurherstel volgt. ${filler(3000, 'uitloop')}`,
      });
      engine = new EmbeddedSearchEngine({ path: ':memory:' });
      await engine.upsert([report]);
      const [hit] = (await engine.search({ query: 'kademuurherstel', accessKeys: PUB })).hits;
      const snippet = hit.highlights.find((h) => h.field === 'fullText')?.snippet ?? '';
      expect(snippet).toMatch(/^….*<mark>kademuurherstel<\/mark>.*…$/);
      expect(snippet.replace(/<\/?mark>/g, '').split(/\s+/).length).toBeLessThanOrEqual(32);
    });
  });

  describe('visibility, filters, facets, sorting, paging', () => {
    const utrechtOnly = doc('utrecht', {
      title: 'Jeugdzorg in Utrecht',
      accessKeys: ['m:GM0344'],
      tags: ['geheim'],
      municipalityCodes: ['GM0344', 'GM9999'],
    });
    const report = doc('report', { type: 'report', title: 'Jeugdzorg kosten', year: 2023, tags: ['kosten'] });
    const question = doc('question', { title: 'Jeugdzorg wachtlijst', year: 2024, tags: ['wachtlijst'] });
    const dossier = doc('dossier', {
      type: 'dossier',
      title: 'Dossier jeugdzorg',
      year: null,
      policyDomainPaths: ['1.2', '1'],
      tags: ['kosten'],
    });

    beforeEach(async () => {
      engine = new EmbeddedSearchEngine({ path: ':memory:' });
      await engine.upsert([utrechtOnly, report, question, dossier]);
    });

    it('never shows, counts or facets a document the reader may not see', async () => {
      const result = await engine.search({
        query: 'jeugdzorg',
        accessKeys: PUB,
        facets: ['tags', 'municipalityCodes', 'type'],
      });
      expect(result.totalCount).toBe(3);
      expect(result.hits.map((h) => h.id)).not.toContain(utrechtOnly.id);
      expect(result.facets.tags).toEqual([
        { value: 'kosten', count: 2 },
        { value: 'wachtlijst', count: 1 },
      ]);
      expect(result.facets.municipalityCodes).toEqual([{ value: 'GM0344', count: 3 }]);
      const utrecht = await engine.search({ query: 'jeugdzorg', accessKeys: ['pub', 'm:GM0344'] });
      expect(utrecht.totalCount).toBe(4);
      expect((await engine.search({ query: 'jeugdzorg', accessKeys: [] })).totalCount).toBe(0);
      expect(await engine.suggest({ prefix: 'jeugd', accessKeys: ['mem'] })).toEqual([]);
    });

    it('filters with OR within a field and AND across fields', async () => {
      const found = (filter: SearchRequest['filter']) => ids(engine, '', { filter, accessKeys: ['pub'] });
      expect((await found({ types: ['report', 'dossier'] })).sort()).toEqual([dossier.id, report.id].sort());
      expect(await found({ types: ['report', 'dossier'], policyDomains: ['1'] })).toEqual([dossier.id]);
      expect(await found({ years: [2024] })).toEqual([question.id]);
      expect(await found({ tags: ['kosten'], years: [2023, 2024] })).toEqual([report.id]);
      expect(await found({ ids: [question.id, utrechtOnly.id] })).toEqual([question.id]);
      expect(await found({ municipalities: ['GM9999'] })).toEqual([]);
    });

    it('counts facets over all matches, count descending then value ascending', async () => {
      const result = await engine.search({
        query: '',
        accessKeys: ['pub', 'm:GM0344'],
        facets: ['type', 'year', 'policyDomainPaths'],
        limit: 1,
      });
      expect(result.hits).toHaveLength(1);
      expect(result.facets.type).toEqual([
        { value: 'question', count: 2 },
        { value: 'dossier', count: 1 },
        { value: 'report', count: 1 },
      ]);
      expect(result.facets.year).toEqual(
        [
          { value: '2025', count: 1 },
          { value: '2023', count: 1 },
          { value: '2024', count: 1 },
        ].sort((a, b) => (a.value < b.value ? -1 : 1)),
      );
      expect(result.facets.policyDomainPaths).toEqual([
        { value: '6', count: 3 },
        { value: '6.72', count: 3 },
        { value: '1', count: 1 },
        { value: '1.2', count: 1 },
      ]);
    });

    it('sorts by date and pages with offset and limit', async () => {
      const newest = await ids(engine, '', { sort: 'NEWEST' });
      expect(newest).toEqual([dossier.id, question.id, report.id]);
      expect(await ids(engine, '', { sort: 'OLDEST' })).toEqual([...newest].reverse());
      const page = await engine.search({ query: '', accessKeys: PUB, sort: 'NEWEST', offset: 1, limit: 1 });
      expect(page.totalCount).toBe(3);
      expect(page.hits.map((h) => h.id)).toEqual([question.id]);
    });
  });

  describe('sort by title', () => {
    it('uses Dutch collation: accents and case do not move a title to the end', async () => {
      const titles = [
        'eerste stap',
        'Zorg',
        'Één loket',
        'Apeldoorn',
        'ede',
        'Ede',
        'Éde',
        'apenheul',
        '2 keer',
      ];
      engine = new EmbeddedSearchEngine({ path: ':memory:' });
      await engine.upsert(titles.map((title, i) => doc(`title-${i}`, { title })));
      const result = await engine.search({ query: '', accessKeys: PUB, sort: 'TITLE', limit: 100 });
      const collator = new Intl.Collator('nl');
      const sorted = result.hits.map((h) => titles[Number(h.id.split('-').pop())]);
      expect(sorted).toEqual([...titles].sort(collator.compare));
    });
  });

  describe('writes', () => {
    beforeEach(() => {
      engine = new EmbeddedSearchEngine({ path: ':memory:' });
    });

    it('rejects a malformed document and writes nothing of the batch', async () => {
      const good = doc('good', { title: 'Goed document' });
      const bad = { ...doc('bad', { title: 'Fout' }), accessKeys: 'pub' } as unknown as SearchDocument;
      await expect(engine.upsert([good, bad])).rejects.toThrow(/accessKeys/);
      expect(await engine.documentVersions()).toEqual([]);
    });

    it('keeps results right through many replacements (tombstones and compaction)', async () => {
      const docs = Array.from({ length: 1500 }, (_, i) =>
        doc(`many-${i}`, { title: `Onderwerp ${i} versie een`, tags: [`t${i % 3}`] }),
      );
      await engine.upsert(docs);
      for (const version of ['twee', 'drie']) {
        await engine.upsert(
          docs.map((d) => ({ ...d, title: d.title.replace(/versie \w+/, `versie ${version}`) })),
        );
      }
      const result = await engine.search({ query: 'drie', accessKeys: PUB, facets: ['tags'], limit: 1 });
      expect(result.totalCount).toBe(1500);
      expect(result.facets.tags).toEqual([
        { value: 't0', count: 500 },
        { value: 't1', count: 500 },
        { value: 't2', count: 500 },
      ]);
      expect((await engine.search({ query: 'twee', accessKeys: PUB, typoTolerance: false })).totalCount).toBe(
        0,
      );
      expect(await engine.documentVersions()).toHaveLength(1500);
    });

    it('lets writes during a rebuild win over the rebuild, and serves the old index until the swap', async () => {
      const old = doc('old', { title: 'Oude inhoud' });
      const early = doc('early', { title: 'Vroege versie' });
      await engine.upsert([old]);
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      async function* batches(): AsyncIterable<readonly SearchDocument[]> {
        yield [early];
        await gate;
        yield [
          { ...early, title: 'Verouderde versie uit de bron' },
          doc('fresh', { title: 'Nieuwe inhoud' }),
        ];
      }
      const rebuilding = engine.rebuild(batches());
      await new Promise((resolve) => setImmediate(resolve));
      // Still the old index, while the rebuild waits for its source.
      expect(await ids(engine, 'oude')).toEqual([old.id]);
      await engine.upsert([{ ...early, title: 'Versie van tijdens de rebuild' }]);
      release();
      expect(await rebuilding).toEqual({ documents: 3 });
      expect(await ids(engine, 'oude')).toEqual([]);
      expect(await ids(engine, 'tijdens')).toEqual([early.id]);
      expect(await ids(engine, 'verouderde')).toEqual([]);
      expect(await ids(engine, 'nieuwe')).toHaveLength(1);
    });
  });

  describe('the failure-injection hook', () => {
    it('makes every call fail with SearchUnavailableError, changing nothing, until it is lifted', async () => {
      engine = new EmbeddedSearchEngine({ path: ':memory:' });
      const before = doc('before', { title: 'Er al voor de storing' });
      await engine.upsert([before]);
      engine.setAvailable(false);
      const during = doc('during', { title: 'Tijdens de storing' });
      const calls: (() => Promise<unknown>)[] = [
        () => engine.ensureIndex(),
        () => engine.upsert([during]),
        () => engine.delete([before.id]),
        () => engine.search({ query: 'storing', accessKeys: PUB }),
        () => engine.suggest({ prefix: 'sto', accessKeys: PUB }),
        () => engine.documentVersions(),
        () =>
          engine.rebuild(
            (async function* () {
              yield [during];
            })(),
          ),
      ];
      for (const call of calls) await expect(call()).rejects.toBeInstanceOf(SearchUnavailableError);
      expect(await engine.health()).toEqual({
        ok: false,
        detail: 'embedded: unavailable (failure injection)',
      });
      engine.setAvailable(true);
      expect((await engine.health()).ok).toBe(true);
      expect(await ids(engine, 'storing')).toEqual([before.id]);
    });

    it('can start unavailable', async () => {
      engine = new EmbeddedSearchEngine({ path: ':memory:', available: false });
      await expect(engine.search({ query: '', accessKeys: PUB })).rejects.toBeInstanceOf(
        SearchUnavailableError,
      );
      engine.setAvailable(true);
      expect((await engine.search({ query: '', accessKeys: PUB })).totalCount).toBe(0);
    });

    it('fails a rebuild that loses the engine halfway and keeps the old index', async () => {
      engine = new EmbeddedSearchEngine({ path: ':memory:' });
      const old = doc('old', { title: 'Oude inhoud' });
      await engine.upsert([old]);
      const self = engine;
      async function* batches(): AsyncIterable<readonly SearchDocument[]> {
        yield [doc('new', { title: 'Nieuwe inhoud' })];
        self.setAvailable(false);
        yield [doc('newer', { title: 'Nog nieuwere inhoud' })];
      }
      await expect(engine.rebuild(batches())).rejects.toBeInstanceOf(SearchUnavailableError);
      engine.setAvailable(true);
      expect(await ids(engine, 'inhoud')).toEqual([old.id]);
    });
  });

  describe('durability (a SQLite file)', () => {
    let dir: string;
    let path: string;
    const first = doc('first', { title: 'Eerste document over zwerfafval' });
    const second = doc('second', { title: 'Tweede document over zwerfafval' });

    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'ksp-embedded-'));
      path = join(dir, 'search.sqlite');
    });
    afterEach(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('finds the same documents in a new instance on the same file, deletions included', async () => {
      path = join(dir, 'nested', 'folder', 'search.sqlite'); // created when missing
      engine = new EmbeddedSearchEngine({ path });
      await engine.upsert([first, second]);
      await engine.delete([first.id]);
      await engine.close();
      engine = new EmbeddedSearchEngine({ path });
      expect(await ids(engine, 'zwerfafval')).toEqual([second.id]);
      expect(await engine.documentVersions()).toEqual([{ id: second.id, updatedAt: second.updatedAt }]);
    });

    it('answers the same after a restart from its snapshot as before', async () => {
      const words = [
        'jeugdzorg',
        'armoede',
        'woningbouw',
        'fietspad',
        'laadpaal',
        'wijkteam',
        'omgevingswet',
      ];
      const many = Array.from({ length: 3000 }, (_, i) =>
        doc(`snap-${i}`, {
          title: `${words[i % 7]} en ${words[(i * 3) % 7]} in kern ${i % 50}`,
          body: `Verslag ${i}: ${words[(i * 5) % 7]}, ${words[(i + 2) % 7]} en de gemeente.`,
          tags: [words[i % 5]],
          accessKeys: i % 4 === 0 ? ['m:GM0344'] : ['pub'],
        }),
      );
      engine = new EmbeddedSearchEngine({ path });
      await engine.upsert(many);
      await engine.delete(many.slice(0, 10).map((d) => d.id));
      const requests: SearchRequest[] = [
        { query: 'gemeente', accessKeys: PUB, facets: ['tags', 'type'], limit: 50 },
        { query: 'jeugdzrog armoede', accessKeys: ['pub', 'm:GM0344'], facets: ['tags'] },
        { query: 'wijkt', accessKeys: PUB, sort: 'NEWEST', offset: 30, limit: 10 },
        { query: '', accessKeys: PUB, sort: 'TITLE', limit: 20 },
      ];
      // Scores may move a little (deleted documents leave the term statistics at compaction); what
      // a reader sees must not.
      const seen = async (request: SearchRequest) => {
        const result = await engine.search(request);
        return { ...result, hits: result.hits.map(({ score: _score, ...hit }) => hit) };
      };
      const before = [];
      for (const request of requests) before.push(await seen(request));
      await engine.close();
      engine = new EmbeddedSearchEngine({ path });
      for (const [i, request] of requests.entries()) expect(await seen(request)).toEqual(before[i]);
      expect(await engine.documentVersions()).toHaveLength(2990);
    });

    it('replays the writes made after the last snapshot (a crash before close)', async () => {
      engine = new EmbeddedSearchEngine({ path });
      await engine.upsert([first, second]);
      await engine.close(); // saves a snapshot
      const crashed = new EmbeddedSearchEngine({ path });
      await crashed.delete([first.id]);
      const third = doc('third', { title: 'Derde document over zwerfafval' });
      await crashed.upsert([third, { ...second, title: 'Tweede document, herschreven' }]);
      // A second process starts on the file while the first never closed (no new snapshot).
      engine = new EmbeddedSearchEngine({ path });
      expect(await ids(engine, 'zwerfafval')).toEqual([third.id]);
      expect(await ids(engine, 'herschreven')).toEqual([second.id]);
      await crashed.close();
    });

    it('re-indexes from the documents when the snapshot is unreadable', async () => {
      engine = new EmbeddedSearchEngine({ path });
      await engine.upsert([first, second]);
      await engine.close();
      const sqlite = createRequire(__filename)('better-sqlite3') as new (file: string) => {
        exec(sql: string): void;
        close(): void;
      };
      const db = new sqlite(path);
      db.exec("UPDATE search_snapshot SET data = x'0001' WHERE part LIKE 'postings%'");
      db.close();
      engine = new EmbeddedSearchEngine({ path });
      expect((await ids(engine, 'zwerfafval')).sort()).toEqual([first.id, second.id].sort());
    });

    it('keeps the old content on disk when a rebuild fails, and the new one when it succeeds', async () => {
      engine = new EmbeddedSearchEngine({ path });
      await engine.upsert([first]);
      async function* failing(): AsyncIterable<readonly SearchDocument[]> {
        yield [second];
        throw new Error('source gone');
      }
      await expect(engine.rebuild(failing())).rejects.toThrow('source gone');
      await engine.close();
      engine = new EmbeddedSearchEngine({ path });
      expect(await ids(engine, 'zwerfafval')).toEqual([first.id]);
      async function* working(): AsyncIterable<readonly SearchDocument[]> {
        yield [second];
      }
      await engine.rebuild(working());
      await engine.close();
      engine = new EmbeddedSearchEngine({ path });
      expect(await ids(engine, 'zwerfafval')).toEqual([second.id]);
    });
  });
});
