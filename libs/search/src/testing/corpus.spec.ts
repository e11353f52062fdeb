import { SEARCH_DOCUMENT_TYPES, searchDocumentId, type SearchDocument } from '../lib/search-engine';
import { corpusDocuments, corpusQueries, type CorpusQuery } from './corpus';
import { generateCorpus, readDirectoryReference } from './corpus/generate';

const ref = readDirectoryReference();
const docs = corpusDocuments();
const queries = corpusQueries();
const byId = new Map(docs.map((d) => [d.id, d]));

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
const ACCESS_KEY = new RegExp(`^(pub|mem|m:GM\\d{4}|r:(PV|VR)\\d{2}|c:(PV|VR)\\d{2}|u:${UUID}|o:${UUID})$`);
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const STATUSES: Record<SearchDocument['type'], readonly string[]> = {
  question: ['OPEN', 'ANSWERED', 'CLOSED'],
  report: ['PUBLISHED', 'SUBMITTED', 'ARCHIVED'],
  expertise_profile: ['AVAILABLE', 'LIMITED', 'UNAVAILABLE'],
  dossier: ['PUBLISHED'],
};

function text(d: SearchDocument): string {
  return [d.title, d.summary, d.body, d.fullText, ...d.tags].join('\n').toLowerCase();
}

function hasWord(d: SearchDocument, word: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${word}($|[^\\p{L}\\p{N}])`, 'u').test(text(d));
}

describe('the Dutch relevance corpus', () => {
  it('is what generate.ts makes of the templates (run it after changing a template)', () => {
    expect(generateCorpus(ref)).toEqual(docs);
  });

  it('has at least 200 documents of all four types', () => {
    expect(docs.length).toBeGreaterThanOrEqual(200);
    for (const type of SEARCH_DOCUMENT_TYPES) {
      expect({ type, present: docs.some((d) => d.type === type) }).toEqual({ type, present: true });
    }
  });

  it('has unique ids of the form searchDocumentId(type, entityId), valid for Meilisearch', () => {
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.id).toBe(searchDocumentId(d.type, d.entityId));
      expect(d.id).toMatch(/^[A-Za-z0-9_-]{1,511}$/);
    }
  });

  it('uses existing taakvelden, with policyDomainPaths = the codes plus their hoofdstuk', () => {
    for (const d of docs) {
      const expected = new Set<string>();
      for (const code of d.policyDomainCodes) {
        const taakveld = ref.taakvelden.get(code);
        expect({ id: d.id, code, exists: taakveld !== undefined }).toEqual({ id: d.id, code, exists: true });
        expected.add(code);
        if (taakveld?.parent) expected.add(taakveld.parent);
      }
      expect({ id: d.id, paths: [...d.policyDomainPaths].sort() }).toEqual({
        id: d.id,
        paths: [...expected].sort(),
      });
    }
    const hoofdstukken = new Set(docs.flatMap((d) => d.policyDomainPaths.filter((p) => !p.includes('.'))));
    expect(hoofdstukken.size).toBeGreaterThanOrEqual(8);
  });

  it('uses existing gemeenten, with the province and veiligheidsregio ids of libs/directory as regions', () => {
    for (const d of docs) {
      const regions = new Set<string>();
      for (const code of d.municipalityCodes) {
        const g = ref.gemeenten.get(code);
        expect({ id: d.id, code, exists: g !== undefined }).toEqual({ id: d.id, code, exists: true });
        if (g) regions.add(g.provinceCode).add(g.vrCode);
      }
      expect({ id: d.id, regions: [...d.regionIds].sort() }).toEqual({
        id: d.id,
        regions: [...regions].sort(),
      });
    }
  });

  it('has plausible years, statuses, dates, tags and access keys', () => {
    const created = new Set<string>();
    for (const d of docs) {
      if (d.type === 'expertise_profile') expect(d.year).toBeNull();
      else expect(d.year).toEqual(expect.any(Number));
      if (d.year !== null) {
        expect(d.year).toBeGreaterThanOrEqual(2018);
        expect(d.year).toBeLessThanOrEqual(2026);
      }
      expect(STATUSES[d.type]).toContain(d.status);
      expect(d.createdAt).toMatch(ISO_UTC);
      expect(d.updatedAt).toMatch(ISO_UTC);
      expect(d.updatedAt >= d.createdAt).toBe(true);
      created.add(d.createdAt);
      for (const tag of d.tags) expect(tag).toBe(tag.toLowerCase());
      expect(d.accessKeys.length).toBeGreaterThan(0);
      for (const key of d.accessKeys) {
        expect(key).toMatch(ACCESS_KEY);
        if (key.startsWith('m:')) expect(ref.gemeenten.has(key.slice(2))).toBe(true);
      }
      if (d.type === 'report') expect(d.fullText.length).toBeGreaterThan(500);
      else expect(d.fullText).toBe('');
    }
    expect(created.size).toBe(docs.length);
    const open = docs.filter((d) => d.accessKeys.includes('pub') || d.accessKeys.includes('mem'));
    expect(open.length / docs.length).toBeGreaterThan(0.75);
    for (const prefix of ['m:', 'r:', 'u:']) {
      expect(docs.some((d) => d.accessKeys.some((k) => k.startsWith(prefix)))).toBe(true);
    }
    expect(docs.some((d) => !d.accessKeys.some((k) => k === 'pub' || k === 'mem' || /^[mr]:/.test(k)))).toBe(
      true,
    );
  });

  it('keeps out the words that queries reach only through synonyms, stemming or compounds', () => {
    for (const word of [
      'huisvuil',
      'onroerendezaakbelasting',
      'privacywet',
      'persoonsgebonden',
      'schuldsanering',
      'oplaadpunt',
      'laadpalen',
      'kinderarmoede',
      'inzameling',
      'inzamelen',
    ]) {
      expect({ word, in: docs.filter((d) => hasWord(d, word)).map((d) => d.id) }).toEqual({ word, in: [] });
    }
  });

  it.each([
    ['report-jeugdtoegang-r1', 'jeugdhulp'],
    ['question-jeugdinkoop-v3', 'jeugdzorg'],
    ['report-wmobegeleiding-r1', 'wmo'],
    ['question-wmohh-v2', 'wet maatschappelijke ondersteuning'],
    ['report-energie-r1', 'res'],
    ['report-energie-r2', 'regionale energiestrategie'],
    ['report-bijstand-r1', 'bijstand'],
    ['report-bijstand-r1', 'bijstandsuitkering'],
    ['report-bijstand-r2', 'participatiewet'],
  ])('%s does not say "%s" (its synonym queries depend on it)', (id, word) => {
    const d = byId.get(id);
    expect(d).toBeDefined();
    if (d) expect(hasWord(d, word)).toBe(false);
  });
});

describe('the relevance queries', () => {
  it('are at least 40, with unique ids, of every kind', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(queries.map((q) => q.id)).size).toBe(queries.length);
    const kinds = new Set(queries.map((q) => q.kind));
    for (const kind of [
      'typo',
      'synonym',
      'inflection',
      'multiword',
      'stopwords',
      'prefix',
      'filter',
      'access',
      'compound',
    ]) {
      expect(kinds).toContain(kind);
    }
    for (const q of queries) expect(q.compound === true).toBe(q.kind === 'compound');
  });

  it.each(queries.map((q) => [q.id, q] as const))(
    '%s expects documents that exist and can be found',
    (_id, q: CorpusQuery) => {
      expect(q.k).toBeGreaterThanOrEqual(1);
      const wanted = [...(q.expected ?? []), ...(q.expectedAnyOf ?? [])];
      expect(wanted.length + (q.absent ?? []).length).toBeGreaterThan(0);
      expect((q.expected ?? []).length).toBeLessThanOrEqual(q.k);
      for (const id of [...wanted, ...(q.absent ?? [])]) {
        expect({ id, exists: byId.has(id) }).toEqual({ id, exists: true });
      }
      for (const id of wanted) {
        const d = byId.get(id);
        if (!d) continue;
        if (q.accessKeys) expect(d.accessKeys.some((k) => q.accessKeys?.includes(k))).toBe(true);
        if (q.filter?.types) expect(q.filter.types).toContain(d.type);
        if (q.filter?.policyDomains)
          expect(q.filter.policyDomains.some((p) => d.policyDomainPaths.includes(p))).toBe(true);
        if (q.filter?.years) expect(q.filter.years).toContain(d.year);
      }
      for (const id of q.absent ?? []) {
        const d = byId.get(id);
        if (d && q.accessKeys) expect(d.accessKeys.some((k) => q.accessKeys?.includes(k))).toBe(false);
      }
    },
  );
});
