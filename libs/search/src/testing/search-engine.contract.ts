/**
 * The shared contract of the `SearchEngine` port: one Jest suite that every adapter's spec runs, so
 * that the embedded engine and Meilisearch are proven to behave the same. It asserts what a user
 * would notice — what is found, what is not, counts, order, snippets — never how an engine works.
 *
 *   describeSearchEngineContract('embedded', async () => new EmbeddedSearchEngine(…));
 *   describeSearchEngineContract('meilisearch', async () => engineOnAFreshIndex(), { eventually: true });
 *
 * `createEngine` must return an engine over a fresh, empty index (a new index name, a new
 * directory) every time it is called: each write test gets its own engine, the read-only blocks
 * share one per block. The suite calls `ensureIndex()` first and `close()` at the end.
 *
 * Test support only (not exported from `@ksp/search`); adapters' specs import it by relative path.
 */
import {
  SEARCH_FACET_FIELDS,
  searchDocumentId,
  type FacetValueCount,
  type SearchDocument,
  type SearchDocumentType,
  type SearchEngine,
  type SearchFacetField,
  type SearchFilter,
  type SearchRequest,
  type SearchResult,
} from '../lib/search-engine';
import { corpusAccessKeys, corpusDocuments, corpusQueries, type CorpusQuery } from './corpus';

export interface SearchEngineContractOptions {
  /**
   * The engine applies writes asynchronously: reads after writes are retried until they pass (or
   * `eventuallyTimeoutMs` passes). Default false: the port promises that awaited writes are applied.
   */
  readonly eventually?: boolean;
  /** Default 15 000. */
  readonly eventuallyTimeoutMs?: number;
  /**
   * `false` declares that the engine does not split Dutch compound words (`armoede` does not find
   * `armoedebeleid` without prefix matching); the compound tests are then skipped, not failed.
   */
  readonly compounds?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

/** Fixture documents are created after every corpus document, an hour apart. */
const FIXTURE_EPOCH = Date.UTC(2026, 10, 20, 8, 0, 0);

function fixture(
  type: SearchDocumentType,
  entityId: string,
  order: number,
  fields: Partial<Omit<SearchDocument, 'id' | 'type' | 'entityId'>> & { title: string },
): SearchDocument {
  const createdAt = new Date(FIXTURE_EPOCH + order * 3_600_000).toISOString();
  return {
    id: searchDocumentId(type, entityId),
    type,
    entityId,
    summary: '',
    body: '',
    fullText: '',
    tags: [],
    policyDomainCodes: [],
    policyDomainPaths: [],
    municipalityCodes: [],
    regionIds: [],
    year: 2026,
    status: 'PUBLISHED',
    accessKeys: ['pub'],
    updatedAt: createdAt,
    createdAt,
    ...fields,
  };
}

/** Readers: a civil servant of Amsterdam, and one of Utrecht. */
const AMSTERDAM: readonly string[] = ['pub', 'mem', 'm:GM0363'];
const UTRECHT: readonly string[] = ['pub', 'mem', 'm:GM0344'];

/** Only for readers holding `m:GM0344`. */
const SECRET = fixture('question', 'contract-secret', 1, {
  title: 'Jeugdcriminaliteit in Kanaleneiland: vertrouwelijke casusbespreking',
  summary: 'Bespreking van een groep jongeren in Kanaleneiland die betrokken is bij drugshandel.',
  body: 'Bespreking van een groep jongeren in Kanaleneiland die betrokken is bij drugshandel. Wie heeft ervaring met een persoonsgerichte aanpak?',
  tags: ['contract-geheim', 'ondermijning'],
  policyDomainCodes: ['1.2'],
  policyDomainPaths: ['1.2', '1'],
  municipalityCodes: ['GM0344', 'GM9901'],
  regionIds: ['PV26', 'VR09', 'REGIO-CONTRACT-GEHEIM'],
  year: 2026,
  status: 'CONTRACT-GEHEIM',
  accessKeys: ['m:GM0344'],
});

const VISIBLE_JEUGDCRIMINALITEIT = fixture('question', 'contract-jeugdcriminaliteit', 2, {
  title: 'Jeugdcriminaliteit in kleine kernen: preventie met jongerenwerk',
  summary: 'Hoe zetten jullie het jongerenwerk in om te voorkomen dat jongeren in de criminaliteit belanden?',
  body: 'Hoe zetten jullie het jongerenwerk in om te voorkomen dat jongeren in de criminaliteit belanden?',
  tags: ['jongerenwerk'],
  policyDomainCodes: ['1.2'],
  policyDomainPaths: ['1.2', '1'],
  municipalityCodes: ['GM0363'],
  regionIds: ['PV27', 'VR13'],
  status: 'OPEN',
  accessKeys: ['pub'],
});

/** Markup in the text fields must come back escaped. */
const XSS = fixture('report', 'contract-xss', 3, {
  title: 'Vuurwerkoverlast <script>alert(1)</script> & handhaving rond de jaarwisseling',
  summary:
    'Een analyse van vuurwerkoverlast <img src=x onerror=alert(2)> in drie wijken, met "aanbevelingen" voor handhaving.',
  fullText:
    'Vuurwerkoverlast rond de jaarwisseling <b>neemt toe</b>. De gemeente onderzocht meldingen, schade en de inzet van handhavers in drie wijken.',
  tags: ['veiligheid'],
  policyDomainCodes: ['1.2'],
  policyDomainPaths: ['1.2', '1'],
  municipalityCodes: ['GM0363'],
  regionIds: ['PV27', 'VR13'],
});

const LONG_TEXT = [
  'De kademuren en werven in de binnenstad zijn grotendeels meer dan honderd jaar oud. Een inspectie in de afgelopen jaren liet zien dat een deel van de muren scheef staat, dat de houten funderingspalen zijn aangetast en dat bomen op de kade de muren extra belasten.',
  'De gemeente heeft daarom een programma opgesteld met drie sporen: het monitoren van de muren met sensoren, het tijdelijk ondersteunen van de zwakste delen en het stap voor stap vervangen van de constructies waar dat nodig is. Bewoners en ondernemers aan de grachten worden vooraf geïnformeerd.',
  'Tijdens de werkzaamheden wordt het verkeer op de kades beperkt. Laden en lossen gebeurt op vaste tijden, en voor de werfkelders worden afspraken gemaakt met de huurders. Waar mogelijk blijven de bomen behouden, soms met een nieuwe groeiplaats.',
  'De kosten zijn hoog. Voor de komende tien jaar is een investering nodig van enkele honderden miljoenen euro. De gemeente zoekt daarom samenwerking met het Rijk en met andere gemeenten met historische kades, en deelt de kennis uit het programma.',
  'Het programma wordt elk jaar geëvalueerd. De evaluatie beschrijft de staat van de muren, de voortgang van de werkzaamheden en de ervaringen van bewoners en ondernemers. Daarbij wordt ook gekeken naar de overlast van bouwverkeer en de bereikbaarheid van winkels.',
  'Een laatste aandachtspunt is het vakmanschap: er zijn weinig aannemers met ervaring in historische constructies. Het programma investeert daarom in opleiding. De eerste resultaten van het kademuurherstel laten zien dat een goede voorbereiding met bewoners de overlast beperkt en de planning haalbaar maakt, ook als de ondergrond anders blijkt dan verwacht.',
].join('\n\n');

const LONG = fixture('report', 'contract-long', 4, {
  title: 'Onderhoud van kademuren en werven',
  summary: 'De staat van de historische kademuren en het programma voor onderhoud.',
  fullText: LONG_TEXT,
  policyDomainCodes: ['2.1'],
  policyDomainPaths: ['2.1', '2'],
});

/** Stored with taakveld 6.752 only (its path adds hoofdstuk 6). */
const TAAKVELD_6752 = fixture('dossier', 'contract-6752', 5, {
  title: 'Casuïstiek ambulante hulp aan gezinnen',
  summary: 'Voorbeelden van ambulante hulp aan gezinnen, verzameld door de regio.',
  policyDomainCodes: ['6.752'],
  policyDomainPaths: ['6.752', '6'],
});

/** For sort TITLE: created in a different order than their titles. */
const BY_TITLE = [
  fixture('dossier', 'contract-sort-economie', 6, { title: 'Economie in beeld' }),
  fixture('dossier', 'contract-sort-afval', 7, { title: 'Afvalbeleid in beeld' }),
  fixture('dossier', 'contract-sort-duurzaamheid', 8, { title: 'Duurzaamheid in beeld' }),
  fixture('dossier', 'contract-sort-begraven', 9, { title: 'Begraafplaatsen in beeld' }),
  fixture('dossier', 'contract-sort-cultuur', 10, { title: 'Cultuurbeleid in beeld' }),
];

const FIXTURES: readonly SearchDocument[] = [
  SECRET,
  VISIBLE_JEUGDCRIMINALITEIT,
  XSS,
  LONG,
  TAAKVELD_6752,
  ...BY_TITLE,
];

// ---------------------------------------------------------------------------------------------
// The reference: what a reader should get, computed from the documents themselves
// ---------------------------------------------------------------------------------------------

function visibleTo(doc: SearchDocument, keys: readonly string[]): boolean {
  return doc.accessKeys.some((k) => keys.includes(k));
}

function passes(doc: SearchDocument, filter: SearchFilter | undefined): boolean {
  if (!filter) return true;
  const any = <T>(wanted: readonly T[] | undefined, values: readonly T[]): boolean =>
    !wanted || wanted.length === 0 || wanted.some((w) => values.includes(w));
  return (
    any(filter.types, [doc.type]) &&
    any(filter.policyDomains, doc.policyDomainPaths) &&
    any(filter.municipalities, doc.municipalityCodes) &&
    any(filter.regions, doc.regionIds) &&
    any(filter.years, doc.year === null ? [] : [doc.year]) &&
    any(filter.statuses, [doc.status]) &&
    any(filter.tags, doc.tags) &&
    any(filter.ids, [doc.id])
  );
}

function facetValues(doc: SearchDocument, field: SearchFacetField): readonly string[] {
  switch (field) {
    case 'type':
      return [doc.type];
    case 'year':
      return doc.year === null ? [] : [String(doc.year)];
    case 'status':
      return [doc.status];
    default:
      return doc[field];
  }
}

function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every value with its count, count descending then value ascending (not cut at 100). */
function referenceFacet(docs: readonly SearchDocument[], field: SearchFacetField): FacetValueCount[] {
  const counts = new Map<string, number>();
  for (const d of docs)
    for (const v of new Set(facetValues(d, field))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || byCode(a.value, b.value));
}

/**
 * The facet must hold the right count for every value it lists, in the port's order, as many
 * values as there are (at most 100), and must not leave out a value that is more frequent than
 * one it lists. Only values tied at the cut of 100 may differ.
 */
function expectFacet(
  field: string,
  actual: readonly FacetValueCount[] | undefined,
  expected: FacetValueCount[],
): void {
  const label = `facet ${field}`;
  expect({ label, length: actual?.length }).toEqual({ label, length: Math.min(100, expected.length) });
  const list = actual ?? [];
  const ordered = [...list].sort((a, b) => b.count - a.count || byCode(a.value, b.value));
  expect({ label, order: list.map((v) => v.value) }).toEqual({ label, order: ordered.map((v) => v.value) });
  const counts = new Map(expected.map((v) => [v.value, v.count]));
  expect({ label, values: list.map((v) => ({ value: v.value, count: counts.get(v.value) ?? 0 })) }).toEqual({
    label,
    values: list.map((v) => ({ value: v.value, count: v.count })),
  });
  const smallest = list.length > 0 ? Math.min(...list.map((v) => v.count)) : 0;
  const listed = new Set(list.map((v) => v.value));
  expect({ label, missing: expected.filter((v) => v.count > smallest && !listed.has(v.value)) }).toEqual({
    label,
    missing: [],
  });
}

function newestFirst(a: SearchDocument, b: SearchDocument): number {
  return byCode(b.createdAt, a.createdAt);
}

// ---------------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------------

const MARK = /<\/?mark>/g;

/** The only markup is `<mark>…</mark>`; everything else is escaped. */
function expectHtmlSafe(html: string): void {
  const text = html.replace(MARK, '');
  expect({ html, unescaped: /[<>]/.test(text) }).toEqual({ html, unescaped: false });
  expect({ html, bareAmpersand: /&(?!(amp|lt|gt|quot|apos|#39|#x27);)/.test(text) }).toEqual({
    html,
    bareAmpersand: false,
  });
  expect({ html, balanced: (html.match(/<mark>/g) ?? []).length }).toEqual({
    html,
    balanced: (html.match(/<\/mark>/g) ?? []).length,
  });
}

function unescapeHtml(html: string): string {
  return html
    .replace(MARK, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&(apos|#39|#x27);/g, "'")
    .replace(/&amp;/g, '&');
}

function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

// ---------------------------------------------------------------------------------------------
// Helpers over an engine
// ---------------------------------------------------------------------------------------------

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Every hit of a request, page by page (100 at a time), with the totals each page reported. */
async function allHits(
  engine: SearchEngine,
  request: SearchRequest,
): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  for (let offset = 0; offset < 10_000; offset += 100) {
    const page = await engine.search({ ...request, offset, limit: 100 });
    totals.push(page.totalCount);
    ids.push(...page.hits.map((h) => h.id));
    if (page.hits.length < 100 || offset + 100 >= page.totalCount) break;
  }
  return { ids, totals };
}

async function indexAll(engine: SearchEngine, docs: readonly SearchDocument[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 50) await engine.upsert(docs.slice(i, i + 50));
}

function searchDoc(
  entityId: string,
  order: number,
  fields: Partial<Omit<SearchDocument, 'id' | 'type' | 'entityId'>> & { title: string },
): SearchDocument {
  return fixture('report', entityId, order, fields);
}

// ---------------------------------------------------------------------------------------------
// The suite
// ---------------------------------------------------------------------------------------------

export function describeSearchEngineContract(
  name: string,
  createEngine: () => Promise<SearchEngine>,
  options: SearchEngineContractOptions = {},
): void {
  const timeout = options.eventuallyTimeoutMs ?? 15_000;

  /** Runs `assertion`; for an `eventually` engine, retries it until it passes or time is up. */
  async function check(assertion: () => Promise<void>): Promise<void> {
    if (!options.eventually) return assertion();
    const deadline = Date.now() + timeout;
    for (;;) {
      try {
        return await assertion();
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await sleep(100);
      }
    }
  }

  async function freshEngine(): Promise<SearchEngine> {
    const engine = await createEngine();
    await engine.ensureIndex();
    return engine;
  }

  async function ids(engine: SearchEngine, query: string, accessKeys: readonly string[]): Promise<string[]> {
    return (await engine.search({ query, accessKeys, limit: 100 })).hits.map((h) => h.id);
  }

  describe(`SearchEngine contract: ${name}`, () => {
    // -------------------------------------------------------------------------------------------
    describe('writing', () => {
      let engine: SearchEngine;
      beforeEach(async () => {
        engine = await freshEngine();
      });
      afterEach(async () => {
        await engine.close();
      });

      const zwerfafval = searchDoc('contract-zwerfafval', 1, {
        title: 'Zwerfafval in parken en plantsoenen',
        summary: 'Een aanpak van zwerfafval met bewoners en scholen.',
        updatedAt: '2026-01-10T09:00:00.000Z',
      });
      const kermis = searchDoc('contract-kermis', 2, {
        title: 'Kermis en jaarmarkt: draaiboek voor de vergunning',
        updatedAt: '2026-02-11T10:30:00.000Z',
      });
      const speeltuin = searchDoc('contract-speeltuin', 3, {
        title: 'Speeltuinen inspecteren: veiligheid van toestellen',
        updatedAt: '2026-03-12T11:45:00.000Z',
      });

      it('reports health and keeps the content when ensureIndex runs again', async () => {
        const health = await engine.health();
        expect(health.ok).toBe(true);
        expect(typeof health.detail).toBe('string');
        await engine.upsert([zwerfafval]);
        await engine.ensureIndex();
        await check(async () => expect(await ids(engine, 'zwerfafval', ['pub'])).toEqual([zwerfafval.id]));
      });

      it('finds a document after it is upserted', async () => {
        expect((await engine.search({ query: 'zwerfafval', accessKeys: ['pub'] })).totalCount).toBe(0);
        await engine.upsert([zwerfafval]);
        await check(async () => {
          const result = await engine.search({ query: 'zwerfafval', accessKeys: ['pub'] });
          expect(result.totalCount).toBe(1);
          expect(result.hits).toHaveLength(1);
          const [hit] = result.hits;
          expect(hit).toMatchObject({ id: zwerfafval.id, type: 'report', entityId: 'contract-zwerfafval' });
          expect(typeof hit?.score).toBe('number');
        });
      });

      it('replaces a document upserted again under the same id: the old text no longer matches', async () => {
        await engine.upsert([zwerfafval]);
        await check(async () => expect(await ids(engine, 'zwerfafval', ['pub'])).toEqual([zwerfafval.id]));
        const replaced: SearchDocument = {
          ...zwerfafval,
          title: 'Hondenpoep in parken en plantsoenen',
          summary: 'Een aanpak van hondenpoep met bewoners en handhaving.',
          updatedAt: '2026-04-01T08:00:00.000Z',
        };
        await engine.upsert([replaced]);
        await check(async () => {
          expect(await ids(engine, 'zwerfafval', ['pub'])).toEqual([]);
          expect(await ids(engine, 'hondenpoep', ['pub'])).toEqual([zwerfafval.id]);
          expect((await engine.search({ query: '', accessKeys: ['pub'] })).totalCount).toBe(1);
          expect(await engine.documentVersions()).toEqual([
            { id: zwerfafval.id, updatedAt: '2026-04-01T08:00:00.000Z' },
          ]);
        });
      });

      it('applies new access keys when a document is upserted again', async () => {
        await engine.upsert([zwerfafval]);
        await check(async () => expect(await ids(engine, 'zwerfafval', ['pub'])).toEqual([zwerfafval.id]));
        await engine.upsert([{ ...zwerfafval, accessKeys: ['m:GM0344'] }]);
        await check(async () => {
          expect(await ids(engine, 'zwerfafval', ['pub'])).toEqual([]);
          expect((await engine.search({ query: '', accessKeys: ['pub'] })).totalCount).toBe(0);
          expect(await ids(engine, 'zwerfafval', ['m:GM0344'])).toEqual([zwerfafval.id]);
        });
      });

      it('upserts idempotently', async () => {
        await engine.upsert([zwerfafval, kermis]);
        await engine.upsert([zwerfafval, kermis]);
        await engine.upsert([]);
        await check(async () => {
          expect((await engine.search({ query: '', accessKeys: ['pub'] })).totalCount).toBe(2);
          expect(await ids(engine, 'zwerfafval', ['pub'])).toEqual([zwerfafval.id]);
        });
      });

      it('deletes documents; deleting unknown ids, an empty list or twice is fine', async () => {
        await engine.upsert([zwerfafval, kermis, speeltuin]);
        await check(async () =>
          expect((await engine.search({ query: '', accessKeys: ['pub'] })).totalCount).toBe(3),
        );
        await engine.delete([zwerfafval.id, 'report-contract-does-not-exist']);
        await engine.delete([]);
        await engine.delete([zwerfafval.id]);
        await check(async () => {
          expect(await ids(engine, 'zwerfafval', ['pub'])).toEqual([]);
          expect(await ids(engine, 'kermis', ['pub'])).toEqual([kermis.id]);
          const all = await engine.search({ query: '', accessKeys: ['pub'] });
          expect(all.totalCount).toBe(2);
          expect(all.hits.map((h) => h.id).sort()).toEqual([kermis.id, speeltuin.id].sort());
        });
      });

      it('lists every document id with its updatedAt', async () => {
        expect(await engine.documentVersions()).toEqual([]);
        await engine.upsert([
          zwerfafval,
          kermis,
          { ...speeltuin, accessKeys: ['u:9b2f3c4e-0000-4000-8000-000000000001'] },
        ]);
        await check(async () => {
          const versions = [...(await engine.documentVersions())].sort((a, b) => byCode(a.id, b.id));
          expect(versions).toEqual(
            [zwerfafval, kermis, speeltuin]
              .map((d) => ({ id: d.id, updatedAt: d.updatedAt }))
              .sort((a, b) => byCode(a.id, b.id)),
          );
        });
      });

      it('rebuild replaces the whole content: documents not in the rebuild are gone', async () => {
        await engine.upsert([zwerfafval, kermis]);
        await check(async () => expect(await ids(engine, 'zwerfafval', ['pub'])).toEqual([zwerfafval.id]));
        async function* batches(): AsyncIterable<readonly SearchDocument[]> {
          yield [speeltuin];
          yield [{ ...kermis, title: 'Kermis: nieuw draaiboek', updatedAt: '2026-05-05T05:05:05.000Z' }];
          yield [];
        }
        expect(await engine.rebuild(batches())).toEqual({ documents: 2 });
        await check(async () => {
          expect(await ids(engine, 'zwerfafval', ['pub'])).toEqual([]);
          expect(await ids(engine, 'speeltuinen', ['pub'])).toEqual([speeltuin.id]);
          expect(await ids(engine, 'draaiboek', ['pub'])).toEqual([kermis.id]);
          expect(await ids(engine, 'jaarmarkt', ['pub'])).toEqual([]);
          const versions = [...(await engine.documentVersions())].sort((a, b) => byCode(a.id, b.id));
          expect(versions).toEqual([
            { id: kermis.id, updatedAt: '2026-05-05T05:05:05.000Z' },
            { id: speeltuin.id, updatedAt: speeltuin.updatedAt },
          ]);
        });
      });

      it('a rebuild whose source fails leaves the old index searchable and unchanged', async () => {
        await engine.upsert([zwerfafval]);
        await check(async () => expect(await ids(engine, 'zwerfafval', ['pub'])).toEqual([zwerfafval.id]));
        async function* failing(): AsyncIterable<readonly SearchDocument[]> {
          yield [kermis];
          throw new Error('the source database went away');
        }
        await expect(engine.rebuild(failing())).rejects.toThrow();
        await check(async () => {
          expect(await ids(engine, 'zwerfafval', ['pub'])).toEqual([zwerfafval.id]);
          expect(await ids(engine, 'kermis', ['pub'])).toEqual([]);
          expect(await engine.documentVersions()).toEqual([
            { id: zwerfafval.id, updatedAt: zwerfafval.updatedAt },
          ]);
        });
        await engine.upsert([speeltuin]);
        await check(async () => expect(await ids(engine, 'speeltuinen', ['pub'])).toEqual([speeltuin.id]));
      });
    });

    // -------------------------------------------------------------------------------------------
    describe('on the corpus: visibility, filters, facets, sorting, paging, snippets, suggestions', () => {
      const docs: readonly SearchDocument[] = [...corpusDocuments(), ...FIXTURES];
      const allKeys = [...new Set(docs.flatMap((d) => d.accessKeys))];
      const byId = new Map(docs.map((d) => [d.id, d]));
      const visible = (keys: readonly string[], filter?: SearchFilter) =>
        docs.filter((d) => visibleTo(d, keys) && passes(d, filter));
      const doc = (id: string): SearchDocument => {
        const d = byId.get(id);
        if (!d) throw new Error(`the engine returned an unknown id ${id}`);
        return d;
      };
      let engine: SearchEngine;

      beforeAll(async () => {
        engine = await freshEngine();
        await indexAll(engine, docs);
        await check(async () =>
          expect((await engine.search({ query: '', accessKeys: allKeys, limit: 1 })).totalCount).toBe(
            docs.length,
          ),
        );
      });
      afterAll(async () => {
        await engine?.close();
      });

      describe('access keys', () => {
        it('hides a document from a reader without its keys: not in hits, totals or any facet', async () => {
          const found = await engine.search({
            query: 'Kanaleneiland',
            accessKeys: AMSTERDAM,
            facets: SEARCH_FACET_FIELDS,
          });
          expect(found.totalCount).toBe(0);
          expect(found.hits).toEqual([]);
          for (const field of SEARCH_FACET_FIELDS) expect(found.facets[field] ?? []).toEqual([]);

          const all = await engine.search({
            query: '',
            accessKeys: AMSTERDAM,
            facets: SEARCH_FACET_FIELDS,
            limit: 1,
          });
          expect(all.totalCount).toBe(visible(AMSTERDAM).length);
          const counted = SEARCH_FACET_FIELDS.flatMap((f) => (all.facets[f] ?? []).map((v) => v.value));
          for (const secretValue of [
            'contract-geheim',
            'GM9901',
            'REGIO-CONTRACT-GEHEIM',
            'CONTRACT-GEHEIM',
          ]) {
            expect(counted).not.toContain(secretValue);
          }
          expect((all.facets.municipalityCodes ?? []).find((v) => v.value === 'GM0344')?.count ?? 0).toBe(
            visible(AMSTERDAM).filter((d) => d.municipalityCodes.includes('GM0344')).length,
          );
          expect((await allHits(engine, { query: '', accessKeys: AMSTERDAM })).ids).not.toContain(SECRET.id);
          const viaIds = await engine.search({
            query: '',
            accessKeys: AMSTERDAM,
            filter: { ids: [SECRET.id, VISIBLE_JEUGDCRIMINALITEIT.id] },
          });
          expect(viaIds.hits.map((h) => h.id)).toEqual([VISIBLE_JEUGDCRIMINALITEIT.id]);
          expect(viaIds.totalCount).toBe(1);
        });

        it('shows it to a reader holding one of its keys, in hits, totals and facets', async () => {
          const found = await engine.search({
            query: 'Kanaleneiland',
            accessKeys: UTRECHT,
            facets: ['tags', 'status'],
          });
          expect(found.totalCount).toBe(1);
          expect(found.hits.map((h) => h.id)).toEqual([SECRET.id]);
          expect(found.facets.tags).toEqual(
            expect.arrayContaining([
              { value: 'contract-geheim', count: 1 },
              { value: 'ondermijning', count: 1 },
            ]),
          );
          const all = await engine.search({ query: '', accessKeys: UTRECHT, limit: 1 });
          expect(all.totalCount).toBe(visible(UTRECHT).length);
          // Within hoofdstuk 1 (fewer than 100 tags, so no value is cut off).
          const safety = await engine.search({
            query: '',
            accessKeys: UTRECHT,
            filter: { policyDomains: ['1'] },
            facets: ['tags', 'municipalityCodes', 'regionIds', 'status'],
          });
          expect(safety.facets.tags).toContainEqual({ value: 'contract-geheim', count: 1 });
          expect(safety.facets.municipalityCodes).toContainEqual({ value: 'GM9901', count: 1 });
          expect(safety.facets.regionIds).toContainEqual({ value: 'REGIO-CONTRACT-GEHEIM', count: 1 });
          expect(safety.facets.status).toContainEqual({ value: 'CONTRACT-GEHEIM', count: 1 });
        });

        it('finds nothing for a reader without keys', async () => {
          for (const query of ['', 'jeugdhulp', 'Kanaleneiland']) {
            const result = await engine.search({ query, accessKeys: [], facets: SEARCH_FACET_FIELDS });
            expect(result.totalCount).toBe(0);
            expect(result.hits).toEqual([]);
            for (const field of SEARCH_FACET_FIELDS) expect(result.facets[field] ?? []).toEqual([]);
          }
          expect(await engine.suggest({ prefix: 'jeug', accessKeys: [] })).toEqual([]);
        });
      });

      describe('filters (OR within a field, AND across fields)', () => {
        const cases: readonly (readonly [string, SearchFilter])[] = [
          ['one type', { types: ['report'] }],
          ['two types', { types: ['question', 'dossier'] }],
          ['hoofdstuk 6 (finds taakvelden such as 6.752)', { policyDomains: ['6'] }],
          ['taakveld 6.752', { policyDomains: ['6.752'] }],
          ['two taakvelden', { policyDomains: ['6.752', '7.3'] }],
          ['municipalities', { municipalities: ['GM0344', 'GM0307'] }],
          ['a veiligheidsregio', { regions: ['VR13'] }],
          ['a province', { regions: ['PV25'] }],
          ['years', { years: [2021, 2022] }],
          ['a status', { statuses: ['OPEN'] }],
          ['statuses', { statuses: ['PUBLISHED', 'ANSWERED'] }],
          ['a tag', { tags: ['wmo'] }],
          ['tags', { tags: ['armoede', 'ozb'] }],
          ['ids', { ids: ['report-afval-r1', 'question-wmohh-v1', 'dossier-contract-6752', SECRET.id] }],
          ['empty lists do not filter', { types: [], tags: [] }],
          ['type AND hoofdstuk AND years', { types: ['report'], policyDomains: ['6'], years: [2023, 2024] }],
          ['type AND status', { types: ['expertise_profile'], statuses: ['LIMITED'] }],
          [
            'years AND profiles (which have no year): nothing',
            { types: ['expertise_profile'], years: [2022] },
          ],
          ['an unknown value: nothing', { municipalities: ['GM9999'] }],
        ];

        it.each(cases)('%s: exactly the visible documents that pass', async (_label, filter) => {
          const expected = visible(AMSTERDAM, filter);
          const { ids: found, totals } = await allHits(engine, { query: '', accessKeys: AMSTERDAM, filter });
          expect(new Set(totals)).toEqual(new Set([expected.length]));
          expect([...found].sort()).toEqual(expected.map((d) => d.id).sort());
        });

        it('filters by hoofdstuk through policyDomainPaths: 6 finds a document stored as 6.752 only', async () => {
          const found = await allHits(engine, {
            query: '',
            accessKeys: AMSTERDAM,
            filter: { policyDomains: ['6'] },
          });
          expect(found.ids).toContain(TAAKVELD_6752.id);
          expect(found.ids).toContain('report-jeugdinkoop-r1');
        });

        it('combines a filter with a text query', async () => {
          const filter: SearchFilter = { types: ['report'], policyDomains: ['6'] };
          const result = await engine.search({
            query: 'jeugdhulp',
            accessKeys: AMSTERDAM,
            filter,
            limit: 100,
          });
          expect(result.totalCount).toBeGreaterThan(0);
          expect(result.hits.length).toBe(Math.min(100, result.totalCount));
          for (const hit of result.hits) {
            expect(passes(doc(hit.id), filter)).toBe(true);
            expect(visibleTo(doc(hit.id), AMSTERDAM)).toBe(true);
          }
          const unfiltered = await engine.search({ query: 'jeugdhulp', accessKeys: AMSTERDAM, limit: 1 });
          expect(unfiltered.totalCount).toBeGreaterThan(result.totalCount);
        });
      });

      describe('facets', () => {
        it('counts every visible document, not just the page, ordered by count then value', async () => {
          const result = await engine.search({
            query: '',
            accessKeys: AMSTERDAM,
            facets: SEARCH_FACET_FIELDS,
            limit: 1,
          });
          expect(result.hits).toHaveLength(1);
          for (const field of SEARCH_FACET_FIELDS) {
            expectFacet(field, result.facets[field], referenceFacet(visible(AMSTERDAM), field));
          }
        });

        it('counts what passes the filter', async () => {
          const filter: SearchFilter = { types: ['report', 'question'], regions: ['VR09'] };
          const result = await engine.search({
            query: '',
            accessKeys: AMSTERDAM,
            filter,
            facets: SEARCH_FACET_FIELDS,
          });
          for (const field of SEARCH_FACET_FIELDS) {
            expectFacet(field, result.facets[field], referenceFacet(visible(AMSTERDAM, filter), field));
          }
        });

        it('counts all matches of a text query, not just the page', async () => {
          const result = await engine.search({
            query: 'jeugdhulp',
            accessKeys: AMSTERDAM,
            facets: ['type', 'year', 'policyDomainPaths'],
            limit: 2,
          });
          expect(result.hits).toHaveLength(2);
          expect(result.totalCount).toBeGreaterThan(2);
          const types = result.facets.type ?? [];
          expect(types.reduce((sum, v) => sum + v.count, 0)).toBe(result.totalCount);
          const years = result.facets.year ?? [];
          expect(years.reduce((sum, v) => sum + v.count, 0)).toBeLessThanOrEqual(result.totalCount);
          expect(years.reduce((sum, v) => sum + v.count, 0)).toBeGreaterThan(2);
          expect([...types].sort((a, b) => b.count - a.count || byCode(a.value, b.value))).toEqual(types);
          const all = await allHits(engine, { query: 'jeugdhulp', accessKeys: AMSTERDAM });
          expect(all.ids).toHaveLength(result.totalCount);
          expectFacet('type', types, referenceFacet(all.ids.map(doc), 'type'));
          expectFacet('year', years, referenceFacet(all.ids.map(doc), 'year'));
          expectFacet(
            'policyDomainPaths',
            result.facets.policyDomainPaths,
            referenceFacet(all.ids.map(doc), 'policyDomainPaths'),
          );
        });

        it('returns only the facets asked for', async () => {
          const result = await engine.search({ query: '', accessKeys: AMSTERDAM, facets: ['type'] });
          expect(result.facets.type?.length).toBeGreaterThan(0);
          for (const field of SEARCH_FACET_FIELDS.filter((f) => f !== 'type')) {
            expect(result.facets[field] ?? []).toEqual([]);
          }
          const none = await engine.search({ query: '', accessKeys: AMSTERDAM });
          for (const field of SEARCH_FACET_FIELDS) expect(none.facets[field] ?? []).toEqual([]);
        });
      });

      describe('sorting and paging', () => {
        it('NEWEST and OLDEST order everything visible by createdAt', async () => {
          const newest = visible(AMSTERDAM)
            .sort(newestFirst)
            .map((d) => d.id);
          expect((await allHits(engine, { query: '', accessKeys: AMSTERDAM, sort: 'NEWEST' })).ids).toEqual(
            newest,
          );
          expect((await allHits(engine, { query: '', accessKeys: AMSTERDAM, sort: 'OLDEST' })).ids).toEqual(
            [...newest].reverse(),
          );
        });

        it('without a query, RELEVANCE (the default) is NEWEST', async () => {
          const newest = visible(AMSTERDAM)
            .sort(newestFirst)
            .map((d) => d.id);
          const result = await engine.search({ query: '', accessKeys: AMSTERDAM, limit: 50 });
          expect(result.hits.map((h) => h.id)).toEqual(newest.slice(0, 50));
          const relevance = await engine.search({
            query: '',
            accessKeys: AMSTERDAM,
            sort: 'RELEVANCE',
            limit: 50,
          });
          expect(relevance.hits.map((h) => h.id)).toEqual(newest.slice(0, 50));
        });

        it('TITLE orders by title', async () => {
          const result = await engine.search({
            query: '',
            accessKeys: AMSTERDAM,
            filter: { ids: BY_TITLE.map((d) => d.id) },
            sort: 'TITLE',
          });
          expect(result.hits.map((h) => doc(h.id).title)).toEqual([
            'Afvalbeleid in beeld',
            'Begraafplaatsen in beeld',
            'Cultuurbeleid in beeld',
            'Duurzaamheid in beeld',
            'Economie in beeld',
          ]);
        });

        it('sorts the matches of a text query by date when asked', async () => {
          const relevance = await allHits(engine, { query: 'jeugdhulp', accessKeys: AMSTERDAM });
          const newest = await allHits(engine, { query: 'jeugdhulp', accessKeys: AMSTERDAM, sort: 'NEWEST' });
          expect([...newest.ids].sort()).toEqual([...relevance.ids].sort());
          expect(newest.ids).toEqual(
            newest.ids
              .map(doc)
              .sort(newestFirst)
              .map((d) => d.id),
          );
        });

        it('pages with offset and limit: constant totalCount, no duplicates, nothing missed', async () => {
          const expected = visible(AMSTERDAM)
            .sort(newestFirst)
            .map((d) => d.id);
          const seen: string[] = [];
          for (let offset = 0; offset < expected.length; offset += 7) {
            const page = await engine.search({
              query: '',
              accessKeys: AMSTERDAM,
              sort: 'NEWEST',
              offset,
              limit: 7,
            });
            expect(page.totalCount).toBe(expected.length);
            expect(page.hits.length).toBe(Math.min(7, expected.length - offset));
            seen.push(...page.hits.map((h) => h.id));
          }
          expect(new Set(seen).size).toBe(seen.length);
          expect(seen).toEqual(expected);
        });

        it('pages a relevance-ranked query consistently', async () => {
          const whole = await engine.search({ query: 'jeugdhulp', accessKeys: AMSTERDAM, limit: 40 });
          expect(whole.totalCount).toBeGreaterThan(10);
          const pages: string[] = [];
          for (let offset = 0; offset < Math.min(40, whole.totalCount); offset += 5) {
            const page = await engine.search({ query: 'jeugdhulp', accessKeys: AMSTERDAM, offset, limit: 5 });
            expect(page.totalCount).toBe(whole.totalCount);
            pages.push(...page.hits.map((h) => h.id));
          }
          expect(new Set(pages).size).toBe(pages.length);
          expect(pages).toEqual(whole.hits.map((h) => h.id));
        });

        it('returns 20 hits by default and at most 100; an offset past the end gives no hits', async () => {
          const total = visible(AMSTERDAM).length;
          expect(total).toBeGreaterThan(100);
          expect((await engine.search({ query: '', accessKeys: AMSTERDAM })).hits).toHaveLength(20);
          expect((await engine.search({ query: '', accessKeys: AMSTERDAM, limit: 1000 })).hits).toHaveLength(
            100,
          );
          const past = await engine.search({
            query: '',
            accessKeys: AMSTERDAM,
            offset: total + 10,
            limit: 10,
          });
          expect(past.hits).toEqual([]);
          expect(past.totalCount).toBe(total);
        });
      });

      describe('highlights', () => {
        const highlightsOf = (result: SearchResult, id: string) =>
          result.hits.find((h) => h.id === id)?.highlights ?? [];

        it('marks the matched word in a snippet', async () => {
          const result = await engine.search({ query: 'mantelzorgwaardering', accessKeys: allKeys });
          const highlights = highlightsOf(result, 'question-mantelzorg-v1');
          expect(highlights.length).toBeGreaterThan(0);
          const title = highlights.find((h) => h.field === 'title');
          expect(title?.snippet).toMatch(/<mark>mantelzorgwaardering<\/mark>/i);
          for (const h of highlights) {
            expect(['title', 'summary', 'body', 'fullText', 'tags']).toContain(h.field);
            expectHtmlSafe(h.snippet);
          }
        });

        it('escapes markup in the text: only <mark> is HTML', async () => {
          const result = await engine.search({ query: 'vuurwerkoverlast', accessKeys: AMSTERDAM });
          expect(result.hits.map((h) => h.id)).toContain(XSS.id);
          const highlights = highlightsOf(result, XSS.id);
          const title = highlights.find((h) => h.field === 'title');
          expect(title?.snippet).toMatch(/<mark>vuurwerkoverlast<\/mark>/i);
          expect(title?.snippet).toContain('&lt;script&gt;');
          expect(unescapeHtml(title?.snippet ?? '')).toBe(XSS.title);
          for (const h of highlights) {
            expect(h.snippet).not.toMatch(/<(script|img|b)\b/i);
            expectHtmlSafe(h.snippet);
          }
        });

        it('cuts a long field to a window around the match', async () => {
          const result = await engine.search({ query: 'kademuurherstel', accessKeys: AMSTERDAM });
          expect(result.hits.map((h) => h.id)).toEqual([LONG.id]);
          const fullText = highlightsOf(result, LONG.id).find((h) => h.field === 'fullText');
          expect(fullText?.snippet).toMatch(/<mark>kademuurherstel<\/mark>/i);
          const words = (fullText?.snippet ?? '').replace(MARK, '').split(/\s+/).filter(Boolean);
          expect(words.length).toBeLessThanOrEqual(60);
          expect(fullText?.snippet).toContain('…');
          expectHtmlSafe(fullText?.snippet ?? '');
        });

        it('gives HTML-safe snippets for every hit, and none when highlight is false', async () => {
          for (const query of ['jeugdhulp', 'wmo eigen bijdrage', 'afval & "diftar" <script>']) {
            const result = await engine.search({ query, accessKeys: allKeys, limit: 50 });
            for (const hit of result.hits) for (const h of hit.highlights) expectHtmlSafe(h.snippet);
          }
          const plain = await engine.search({ query: 'jeugdhulp', accessKeys: allKeys, highlight: false });
          expect(plain.hits.length).toBeGreaterThan(0);
          for (const hit of plain.hits) expect(hit.highlights).toEqual([]);
        });
      });

      describe('suggestions', () => {
        it('suggests visible titles with a word starting with the prefix', async () => {
          const suggestions = await engine.suggest({ prefix: 'jeug', accessKeys: AMSTERDAM });
          expect(suggestions.length).toBeGreaterThan(0);
          expect(suggestions.length).toBeLessThanOrEqual(8);
          for (const s of suggestions) {
            const d = doc(s.id);
            expect(visibleTo(d, AMSTERDAM)).toBe(true);
            expect(s).toMatchObject({ type: d.type, entityId: d.entityId, title: d.title });
            expect(
              fold(s.title)
                .split(/[^\p{L}\p{N}]+/u)
                .some((w) => w.startsWith('jeug')),
            ).toBe(true);
            expect(s.highlighted).toContain('<mark>');
            expectHtmlSafe(s.highlighted);
            expect(unescapeHtml(s.highlighted)).toBe(s.title);
          }
          expect(suggestions.some((s) => /\bjeugd/i.test(s.title))).toBe(true);
        });

        it('never suggests what the reader may not see', async () => {
          const amsterdam = (await engine.suggest({ prefix: 'jeugdcrim', accessKeys: AMSTERDAM })).map(
            (s) => s.id,
          );
          expect(amsterdam).toContain(VISIBLE_JEUGDCRIMINALITEIT.id);
          expect(amsterdam).not.toContain(SECRET.id);
          const utrecht = (await engine.suggest({ prefix: 'jeugdcrim', accessKeys: UTRECHT })).map(
            (s) => s.id,
          );
          expect(utrecht).toEqual(expect.arrayContaining([SECRET.id, VISIBLE_JEUGDCRIMINALITEIT.id]));
          expect(await engine.suggest({ prefix: 'kanalenei', accessKeys: AMSTERDAM })).toEqual([]);
        });

        it('filters by type and respects the limit', async () => {
          const reports = await engine.suggest({
            prefix: 'evaluatie',
            accessKeys: allKeys,
            types: ['report'],
          });
          expect(reports.length).toBeGreaterThan(0);
          for (const s of reports) expect(s.type).toBe('report');
          expect(
            (await engine.suggest({ prefix: 'evaluatie', accessKeys: allKeys, limit: 2 })).length,
          ).toBeLessThanOrEqual(2);
          expect(
            (await engine.suggest({ prefix: 'evaluatie', accessKeys: allKeys, limit: 2 })).length,
          ).toBeGreaterThan(0);
        });

        it('escapes markup in suggested titles', async () => {
          const [suggestion] = await engine.suggest({ prefix: 'vuurwerk', accessKeys: AMSTERDAM });
          expect(suggestion?.id).toBe(XSS.id);
          expect(suggestion?.title).toBe(XSS.title);
          expect(suggestion?.highlighted).toContain('&lt;script&gt;');
          expectHtmlSafe(suggestion?.highlighted ?? '');
          expect(unescapeHtml(suggestion?.highlighted ?? '')).toBe(XSS.title);
        });
      });
    });

    // -------------------------------------------------------------------------------------------
    describe('Dutch', () => {
      const nl = (entityId: string, order: number, title: string, body: string): SearchDocument =>
        fixture('report', `contract-nl-${entityId}`, order, { title, body, summary: '' });
      const JEUGDZORG = nl(
        'jeugdzorg',
        1,
        'Wachttijden jeugdzorg in de regio',
        'Gezinnen wachten maanden op jeugdzorg.',
      );
      const JEUGDHULP = nl(
        'jeugdhulp',
        2,
        'Inkoop van jeugdhulp door kleine gemeenten',
        'Samen inkopen van jeugdhulp.',
      );
      const WMO = nl(
        'wmo',
        3,
        'Eigen bijdrage Wmo voor huishoudelijke hulp',
        'De Wmo kent een abonnementstarief.',
      );
      const WMO_LONG = nl(
        'wmo-voluit',
        4,
        'Evaluatie van de Wet maatschappelijke ondersteuning in Houten',
        'Cliënten over de Wet maatschappelijke ondersteuning.',
      );
      const RES = nl(
        'res',
        5,
        'Inwoners praten mee over de RES',
        'De RES beschrijft zoekgebieden voor wind en zon.',
      );
      const RES_LONG = nl(
        'res-voluit',
        6,
        'Zoekgebieden voor windmolens in de regionale energiestrategie',
        'Afspraken in de regionale energiestrategie.',
      );
      const BIJSTAND = nl(
        'bijstand',
        7,
        'Handhaving in de bijstand',
        'Heronderzoek bij mensen in de bijstand.',
      );
      const PARTICIPATIEWET = nl(
        'participatiewet',
        8,
        'Tegenprestatie onder de Participatiewet',
        'Vrijwilligerswerk als tegenprestatie.',
      );
      const WONING = nl(
        'woning',
        9,
        'Een leegstaande winkel ombouwen tot woning',
        'Ombouw van een winkelpand tot één woning.',
      );
      const WONINGEN = nl(
        'woningen',
        10,
        'Tijdelijke woningen op een braakliggend terrein',
        'Zestig woningen voor spoedzoekers.',
      );
      const KOSTEN = nl(
        'kosten',
        11,
        'Kosten jeugdzorg stijgen fors',
        'Gemeenten betalen steeds meer; oorzaken zijn verwijzingen en tarieven.',
      );
      const ARMOEDEBELEID = nl(
        'armoedebeleid',
        12,
        'Nieuw armoedebeleid voor gezinnen met kinderen',
        'Het armoedebeleid richt zich op kindregelingen en schulden.',
      );
      const SPORTAKKOORD = nl(
        'sportakkoord',
        13,
        'Lokaal sportakkoord ondertekend',
        'Verenigingen en scholen tekenden het sportakkoord.',
      );
      const UNRELATED = nl(
        'parkeren',
        14,
        'Parkeervergunningen in de binnenstad',
        'Het college verhoogt de tarieven voor parkeervergunningen in de binnenstad; bewoners betalen meer.',
      );
      const DUTCH = [
        JEUGDZORG,
        JEUGDHULP,
        WMO,
        WMO_LONG,
        RES,
        RES_LONG,
        BIJSTAND,
        PARTICIPATIEWET,
        WONING,
        WONINGEN,
        KOSTEN,
        ARMOEDEBELEID,
        SPORTAKKOORD,
        UNRELATED,
      ];
      let engine: SearchEngine;

      beforeAll(async () => {
        engine = await freshEngine();
        await engine.upsert(DUTCH);
        await check(async () =>
          expect((await engine.search({ query: '', accessKeys: ['pub'] })).totalCount).toBe(DUTCH.length),
        );
      });
      afterAll(async () => {
        await engine?.close();
      });

      async function find(query: string, request: Partial<SearchRequest> = {}): Promise<string[]> {
        return (await engine.search({ query, accessKeys: ['pub'], limit: 100, ...request })).hits.map(
          (h) => h.id,
        );
      }

      it('tolerates typos: jeugdzrog finds jeugdzorg, bijstamd finds bijstand', async () => {
        const jeugdzrog = await find('jeugdzrog');
        expect(jeugdzrog).toContain(JEUGDZORG.id);
        expect(jeugdzrog).not.toContain(UNRELATED.id);
        expect(await find('bijstamd')).toContain(BIJSTAND.id);
      });

      it('does not correct typos when typoTolerance is false', async () => {
        expect(await find('jeugdzrog', { typoTolerance: false })).not.toContain(JEUGDZORG.id);
      });

      it.each([
        ['wmo', WMO_LONG.title, WMO_LONG],
        ['wet maatschappelijke ondersteuning', WMO.title, WMO],
        ['jeugdhulp', JEUGDZORG.title, JEUGDZORG],
        ['jeugdzorg', JEUGDHULP.title, JEUGDHULP],
        ['res', RES_LONG.title, RES_LONG],
        ['regionale energiestrategie', RES.title, RES],
        ['bijstand', PARTICIPATIEWET.title, PARTICIPATIEWET],
        ['participatiewet', BIJSTAND.title, BIJSTAND],
      ] as const)('finds synonyms: "%s" finds "%s"', async (query, _title, expected) => {
        const found = await find(query);
        expect(found).toContain(expected.id);
        expect(found).not.toContain(UNRELATED.id);
      });

      it('finds other inflections: woningen finds woning, woning finds woningen', async () => {
        const plural = await find('woningen');
        expect(plural).toContain(WONING.id);
        expect(plural).not.toContain(UNRELATED.id);
        const singular = await find('woning', { prefixLastWord: false });
        expect(singular).toContain(WONINGEN.id);
        expect(singular).not.toContain(UNRELATED.id);
      });

      it('ignores stop words: "de kosten van de jeugdzorg" finds the document about those costs first', async () => {
        const found = await find('de kosten van de jeugdzorg');
        expect(found[0]).toBe(KOSTEN.id);
        expect(found).not.toContain(UNRELATED.id);
      });

      it('matches the last word as a prefix: armoedebel finds armoedebeleid, evalua finds evaluatie', async () => {
        expect(await find('armoedebel')).toContain(ARMOEDEBELEID.id);
        expect(await find('nieuw armoedebel')).toContain(ARMOEDEBELEID.id);
        expect(await find('evalua')).toContain(WMO_LONG.id);
        // Not with prefixLastWord false (a word that is no compound, so no engine can reach it otherwise).
        expect(await find('evalua', { prefixLastWord: false })).not.toContain(WMO_LONG.id);
      });

      (options.compounds === false ? it.skip : it)(
        options.compounds === false
          ? 'splits compounds — skipped: this engine declares it does not decompound (compounds: false)'
          : 'splits compounds: armoede finds armoedebeleid, akkoord finds sportakkoord',
        async () => {
          const armoede = await find('armoede', { prefixLastWord: false });
          expect(armoede).toContain(ARMOEDEBELEID.id);
          expect(armoede).not.toContain(UNRELATED.id);
          expect(await find('akkoord', { prefixLastWord: false })).toContain(SPORTAKKOORD.id);
        },
      );
    });

    // -------------------------------------------------------------------------------------------
    describe('relevance on the Dutch corpus', () => {
      const docs = corpusDocuments();
      const byId = new Map(docs.map((d) => [d.id, d]));
      const readerOfAll = corpusAccessKeys();
      const queries = corpusQueries();
      let engine: SearchEngine;

      beforeAll(async () => {
        engine = await freshEngine();
        await indexAll(engine, docs);
        await check(async () =>
          expect((await engine.search({ query: '', accessKeys: readerOfAll, limit: 1 })).totalCount).toBe(
            docs.length,
          ),
        );
      });
      afterAll(async () => {
        await engine?.close();
      });

      /** The reasons a query's expectations fail (empty when they hold). */
      async function problems(q: CorpusQuery): Promise<string[]> {
        const accessKeys = q.accessKeys ?? readerOfAll;
        const result = await engine.search({
          query: q.query,
          accessKeys,
          limit: 100,
          ...(q.filter ? { filter: q.filter } : {}),
          ...(q.options ?? {}),
        });
        const ids = result.hits.map((h) => h.id);
        const top = ids.slice(0, q.k);
        const found: string[] = [];
        const missing = (q.expected ?? []).filter((id) => !top.includes(id));
        if (missing.length > 0) found.push(`not in the top ${q.k}: ${missing.join(', ')}`);
        if (q.expectedAnyOf && !q.expectedAnyOf.some((id) => top.includes(id))) {
          found.push(`none of ${q.expectedAnyOf.join(', ')} in the top ${q.k}`);
        }
        const leaked = (q.absent ?? []).filter((id) => ids.includes(id));
        if (leaked.length > 0) found.push(`must not be found: ${leaked.join(', ')}`);
        const wrong = ids.filter((id) => {
          const d = byId.get(id);
          return !d || !visibleTo(d, accessKeys) || !passes(d, q.filter);
        });
        if (wrong.length > 0) found.push(`invisible or filtered out, yet found: ${wrong.join(', ')}`);
        if (found.length > 0)
          found.push(
            `top ${q.k} was: ${top.map((id) => `${id} (${byId.get(id)?.title ?? '?'})`).join(' | ')}`,
          );
        return found;
      }

      async function run(selected: readonly CorpusQuery[], label: string): Promise<void> {
        const failures: { id: string; query: string; problems: string[] }[] = [];
        const perKind = new Map<string, { passed: number; total: number }>();
        for (const q of selected) {
          const found = await problems(q);
          const tally = perKind.get(q.kind) ?? { passed: 0, total: 0 };
          tally.total += 1;
          if (found.length === 0) tally.passed += 1;
          else failures.push({ id: q.id, query: q.query, problems: found });
          perKind.set(q.kind, tally);
        }
        const passed = selected.length - failures.length;
        const lines = [
          `${name}: ${label}: ${passed}/${selected.length} queries passed`,
          `  by kind: ${[...perKind].map(([kind, t]) => `${kind} ${t.passed}/${t.total}`).join(', ')}`,
          ...failures.flatMap((f) => [
            `  FAILED ${f.id} ("${f.query}")`,
            ...f.problems.map((p) => `    ${p}`),
          ]),
        ];
        console.log(lines.join('\n'));
        expect(failures).toEqual([]);
      }

      it('finds the expected documents for every (non-compound) query of queries.json', async () => {
        await run(
          queries.filter((q) => !q.compound),
          'relevance',
        );
      });

      (options.compounds === false ? it.skip : it)(
        options.compounds === false
          ? 'compound queries — skipped: this engine declares it does not decompound (compounds: false)'
          : 'finds the expected documents for the compound queries',
        async () => {
          await run(
            queries.filter((q) => q.compound),
            'compounds',
          );
        },
      );
    });
  });
}
