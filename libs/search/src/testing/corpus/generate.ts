/**
 * Generates `documents.json`, the Dutch relevance corpus, from the hand-written topic templates in
 * `./templates`. Deterministic: every random choice (gemeente, date, access scope, names) is drawn
 * from a generator seeded with the document's own id, so the output only changes when a template
 * does, and adding a document does not change the others.
 *
 *   node -r @swc-node/register libs/search/src/testing/corpus/generate.ts
 *
 * `corpus.spec.ts` regenerates the corpus in memory and fails when `documents.json` is out of date.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { searchDocumentId, type SearchDocument, type SearchDocumentType } from '../../lib/search-engine';
import { BESTUUR_VEILIGHEID } from './templates/bestuur-veiligheid';
import { FYSIEK } from './templates/fysiek';
import { GEZONDHEID_BURGERZAKEN } from './templates/gezondheid-burgerzaken';
import { LEEFOMGEVING } from './templates/leefomgeving';
import { SOCIAAL_INKOMEN } from './templates/sociaal-inkomen';
import { SOCIAAL_JEUGD_WMO } from './templates/sociaal-jeugd-wmo';
import type { AccessScope, ReportKind, Topic } from './templates/types';

export const TOPICS: readonly Topic[] = [
  ...SOCIAAL_JEUGD_WMO,
  ...SOCIAAL_INKOMEN,
  ...FYSIEK,
  ...LEEFOMGEVING,
  ...GEZONDHEID_BURGERZAKEN,
  ...BESTUUR_VEILIGHEID,
];

/** The reference data of libs/directory (read at generation time and by the corpus spec). */
export const DIRECTORY_DATA_DIR = join(__dirname, '..', '..', '..', '..', 'directory', 'data');

export const DOCUMENTS_PATH = join(__dirname, 'documents.json');

/**
 * The gemeenten of the fictional hub: the provinces Utrecht and part of Noord-Holland and
 * Gelderland (veiligheidsregio's Utrecht, Gooi en Vechtstreek, Amsterdam-Amstelland,
 * Gelderland-Midden). Utrecht's gemeenten are listed twice as often, as the hub's core.
 */
const HUB_GEMEENTEN: readonly string[] = [
  // VR09 Utrecht
  ...['GM0344', 'GM0307', 'GM0355', 'GM0356', 'GM0321', 'GM0310', 'GM0632', 'GM1904', 'GM0353'],
  ...['GM0345', 'GM0342', 'GM0308', 'GM0312', 'GM0352', 'GM1581', 'GM0736', 'GM0331', 'GM0335'],
  ...['GM0589', 'GM0327', 'GM0313', 'GM0340', 'GM1961', 'GM0351'],
  ...['GM0344', 'GM0307', 'GM0355', 'GM0356', 'GM0321', 'GM0310', 'GM0632', 'GM1904', 'GM0345'],
  // VR14 Gooi en Vechtstreek, VR13 Amsterdam-Amstelland, VR07 Gelderland-Midden
  ...['GM0402', 'GM0406', 'GM1942', 'GM1696', 'GM0376'],
  ...['GM0363', 'GM0362', 'GM0384', 'GM0451', 'GM0358', 'GM0437'],
  ...['GM0202', 'GM0228', 'GM0289', 'GM0275', 'GM0203', 'GM0267'],
];

const INSTITUTES: readonly string[] = [
  'Onderzoeksbureau Lokaal Inzicht',
  'Kennisinstituut Stad en Regio',
  'Bureau Beleid en Praktijk',
  'Stichting Kennis Dichtbij',
  'Onderzoekscollectief Midden-Nederland',
];

const FEMALE_NAMES = [
  'Sanne', 'Anouk', 'Fleur', 'Lotte', 'Eva', 'Iris', 'Marloes', 'Femke', 'Inge', 'Noor',
  'Esther', 'Karin', 'Mirjam', 'Janneke', 'Yasmina', 'Fatima', 'Priya', 'Ilse', 'Renate', 'Marieke',
]; // prettier-ignore
const MALE_NAMES = [
  'Daan', 'Jeroen', 'Bas', 'Thijs', 'Mark', 'Ruben', 'Pieter', 'Joost', 'Niels', 'Sander',
  'Erik', 'Mohammed', 'Youssef', 'Koen', 'Martijn', 'Wouter', 'Hans', 'Rik', 'Dennis', 'Stefan',
]; // prettier-ignore
const SURNAMES = [
  'de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot',
  'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra',
  'Smits', 'de Graaf', 'van der Meer', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Berg',
  'El Amrani', 'Yilmaz', 'Ramdin', 'van Dam', 'Hoekstra', 'Willems', 'Verhoeven', 'Kuipers',
  'Schouten', 'Postma',
]; // prettier-ignore

const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
]; // prettier-ignore

const KIND_NOUN: Record<ReportKind, string> = {
  ONDERZOEK: 'onderzoeksrapport',
  EVALUATIE: 'evaluatierapport',
  MONITOR: 'monitorrapport',
  BELEIDSNOTA: 'beleidsdocument',
  HANDREIKING: 'handreiking',
};

const METHODS: readonly string[] = [
  'Voor dit onderzoek zijn beleidsdocumenten en registratiegegevens van de gemeente {gemeente} geanalyseerd over de periode {periode}. Daarnaast zijn interviews gehouden met {stakeholders}. De bevindingen zijn besproken in een werksessie met beleidsmedewerkers uit {regio}.',
  'De studie combineert cijfers uit de eigen administratie over de periode {periode} met een enquête onder {stakeholders}. In totaal vulden {n} respondenten de vragenlijst in; dat is voldoende om uitspraken te doen op gemeentelijk niveau.',
  'Het onderzoek is uitgevoerd in drie stappen: een verkenning van de literatuur en van de aanpak in vergelijkbare gemeenten, gesprekken met {stakeholders}, en een analyse van kosten en gebruik over de periode {periode}. Waar mogelijk zijn de uitkomsten vergeleken met landelijke cijfers.',
  'Dit document bouwt voort op eerdere rapportages aan de gemeenteraad van {gemeente} en op de ervaringen van {stakeholders}. Het beschrijft de huidige situatie, de opgave voor de komende jaren en de keuzes die daarbij horen.',
];

interface Gemeente {
  readonly code: string;
  readonly name: string;
  readonly provinceCode: string;
  readonly vrCode: string;
  readonly vrName: string;
}

export interface DirectoryReference {
  readonly gemeenten: ReadonlyMap<string, Gemeente>;
  readonly neighbours: ReadonlyMap<string, readonly string[]>;
  /** Taakveld code → name and parent (hoofdstuk) code. */
  readonly taakvelden: ReadonlyMap<string, { readonly name: string; readonly parent: string | null }>;
}

type CsvRow = Record<string, string>;

function readCsv(file: string): CsvRow[] {
  return parse(readFileSync(join(DIRECTORY_DATA_DIR, file)), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  }) as CsvRow[];
}

function column(row: CsvRow, name: string): string {
  const value = row[name];
  if (value === undefined) throw new Error(`missing column ${name}`);
  return value;
}

export function readDirectoryReference(): DirectoryReference {
  const gemeenten = new Map<string, Gemeente>();
  for (const r of readCsv('gemeenten.csv')) {
    gemeenten.set(column(r, 'code'), {
      code: column(r, 'code'),
      name: column(r, 'name'),
      provinceCode: column(r, 'province_code'),
      vrCode: column(r, 'veiligheidsregio_code'),
      vrName: column(r, 'veiligheidsregio_name'),
    });
  }
  const neighbours = new Map<string, string[]>();
  for (const r of readCsv('gemeente-neighbours.csv')) {
    const a = column(r, 'code_a');
    const b = column(r, 'code_b');
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  for (const list of neighbours.values()) list.sort();
  const taakvelden = new Map<string, { name: string; parent: string | null }>();
  for (const r of readCsv('taakvelden.csv')) {
    taakvelden.set(column(r, 'code'), { name: column(r, 'name'), parent: column(r, 'parent') || null });
  }
  return { gemeenten, neighbours, taakvelden };
}

/** A deterministic random source (mulberry32) seeded with a string. */
function random(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  const value = list[Math.floor(rnd() * list.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

/** A UUID (version 4 layout) derived from a seed. */
function uuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function personName(rnd: () => number, female: boolean): string {
  return `${pick(rnd, female ? FEMALE_NAMES : MALE_NAMES)} ${pick(rnd, SURNAMES)}`;
}

/** The hub's "now": nothing is created or changed after it. */
const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const DAY = 86_400_000;

function dateIn(rnd: () => number, year: number): number {
  const start = Date.UTC(year, 0, 2, 7, 0, 0);
  const end = Math.min(Date.UTC(year, 11, 20, 18, 0, 0), NOW - 14 * DAY);
  return start + Math.floor(rnd() * ((end - start) / 1000)) * 1000;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

class Generator {
  private readonly documents: SearchDocument[] = [];
  private readonly profileNames = new Set<string>();

  constructor(private readonly ref: DirectoryReference) {}

  run(topics: readonly Topic[]): SearchDocument[] {
    for (const topic of topics) this.topic(topic);
    return this.uniqueTimes(this.documents);
  }

  private gemeente(code: string): Gemeente {
    const g = this.ref.gemeenten.get(code);
    if (!g) throw new Error(`unknown gemeente ${code}`);
    return g;
  }

  private paths(codes: readonly string[]): string[] {
    const paths = new Set<string>();
    for (const code of codes) {
      const taakveld = this.ref.taakvelden.get(code);
      if (!taakveld) throw new Error(`unknown taakveld ${code}`);
      paths.add(code);
      if (taakveld.parent) paths.add(taakveld.parent);
    }
    return [...paths];
  }

  private regions(codes: readonly string[]): string[] {
    const regions = new Set<string>();
    for (const code of codes) {
      const g = this.gemeente(code);
      regions.add(g.provinceCode);
      regions.add(g.vrCode);
    }
    return [...regions];
  }

  private fill(text: string, vars: { gemeente: Gemeente; buur: Gemeente; year: number }): string {
    return text
      .replaceAll('{gemeente}', vars.gemeente.name)
      .replaceAll('{buur}', vars.buur.name)
      .replaceAll('{regio}', `de regio ${vars.gemeente.vrName}`)
      .replaceAll('{jaar}', String(vars.year));
  }

  /** Access keys per ADR 0008: the scope's keys, plus the author's, the organisation's and the coordinators'. */
  private accessKeys(
    scope: AccessScope,
    entityId: string,
    home: Gemeente,
    author: Gemeente | null,
    organisationSeed: string,
  ): string[] {
    const keys: string[] = [];
    if (scope === 'PUBLIC') keys.push('pub');
    if (scope === 'MEMBERS') keys.push('mem');
    if (scope === 'NEIGHBOURS') {
      keys.push(`m:${home.code}`, ...(this.ref.neighbours.get(home.code) ?? []).map((c) => `m:${c}`));
    }
    if (scope === 'REGION') keys.push(`r:${home.vrCode}`);
    keys.push(`u:${uuid(`user:${entityId}`)}`, `o:${uuid(`organisation:${organisationSeed}`)}`);
    if (author) keys.push(`c:${author.provinceCode}`, `c:${author.vrCode}`);
    return keys;
  }

  private scope(rnd: () => number, weights: readonly (readonly [AccessScope, number])[]): AccessScope {
    let r = rnd();
    for (const [scope, weight] of weights) {
      if (r < weight) return scope;
      r -= weight;
    }
    return weights[0]?.[0] ?? 'PUBLIC';
  }

  private author(rnd: () => number, code: string | undefined): { gemeente: Gemeente; buur: Gemeente } {
    const gemeente = this.gemeente(code ?? pick(rnd, HUB_GEMEENTEN));
    const buur = this.gemeente(pick(rnd, this.ref.neighbours.get(gemeente.code) ?? [gemeente.code]));
    return { gemeente, buur };
  }

  private push(
    type: SearchDocumentType,
    entityId: string,
    fields: Omit<SearchDocument, 'id' | 'type' | 'entityId' | 'policyDomainPaths' | 'regionIds'>,
  ): void {
    this.documents.push({
      id: searchDocumentId(type, entityId),
      type,
      entityId,
      title: fields.title,
      summary: fields.summary,
      body: fields.body,
      fullText: fields.fullText,
      tags: fields.tags,
      policyDomainCodes: fields.policyDomainCodes,
      policyDomainPaths: this.paths(fields.policyDomainCodes),
      municipalityCodes: fields.municipalityCodes,
      regionIds: this.regions(fields.municipalityCodes),
      year: fields.year,
      status: fields.status,
      accessKeys: fields.accessKeys,
      updatedAt: fields.updatedAt,
      createdAt: fields.createdAt,
    });
  }

  private times(rnd: () => number, year: number): { createdAt: string; updatedAt: string } {
    const created = dateIn(rnd, year);
    const updated = Math.min(created + Math.floor(rnd() * 90 * DAY), NOW);
    return { createdAt: iso(created), updatedAt: iso(Math.max(updated, created)) };
  }

  private topic(topic: Topic): void {
    topic.questions.forEach((q, i) => {
      const entityId = `${topic.key}-v${i + 1}`;
      const rnd = random(entityId);
      const { gemeente, buur } = this.author(rnd, q.gemeente);
      const year = q.year ?? 2018 + Math.floor(rnd() * 9);
      const scope =
        q.access ??
        this.scope(rnd, [
          ['MEMBERS', 0.4],
          ['PUBLIC', 0.35],
          ['NEIGHBOURS', 0.12],
          ['REGION', 0.13],
        ]);
      const vars = { gemeente, buur, year };
      const text = this.fill(q.text, vars);
      const answer = q.answer ? this.fill(q.answer, vars) : '';
      const addressed =
        scope === 'NEIGHBOURS' ? (this.ref.neighbours.get(gemeente.code) ?? []) : answer ? [buur.code] : [];
      this.push('question', entityId, {
        title: this.fill(q.title, vars),
        summary: text.length > 300 ? `${text.slice(0, 300).trimEnd()}…` : text,
        body: answer ? `${text}\n\n${answer}` : text,
        fullText: '',
        tags: [...(q.tags ?? topic.tags)],
        policyDomainCodes: [...(q.domains ?? topic.domains)],
        municipalityCodes: [...new Set([gemeente.code, ...addressed])],
        year,
        status: answer ? 'ANSWERED' : q.closed ? 'CLOSED' : 'OPEN',
        accessKeys: this.accessKeys(scope, entityId, gemeente, gemeente, gemeente.code),
        ...this.times(rnd, year),
      });
    });

    topic.reports.forEach((r, i) => {
      const entityId = `${topic.key}-r${i + 1}`;
      const rnd = random(entityId);
      const { gemeente, buur } = this.author(rnd, r.gemeente);
      const year = r.year ?? 2018 + Math.floor(rnd() * 9);
      const status = r.status ?? (year <= 2019 && rnd() < 0.4 ? 'ARCHIVED' : 'PUBLISHED');
      const scope =
        r.access ??
        (status === 'SUBMITTED'
          ? 'PRIVATE'
          : this.scope(rnd, [
              ['PUBLIC', 0.6],
              ['MEMBERS', 0.3],
              ['REGION', 0.1],
            ]));
      const vars = { gemeente, buur, year };
      const publisher = r.byInstitute ? pick(rnd, INSTITUTES) : `de gemeente ${gemeente.name}`;
      const authors = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => personName(rnd, rnd() < 0.5));
      const method = this.fill(pick(rnd, METHODS), vars)
        .replaceAll('{stakeholders}', r.stakeholders ?? topic.stakeholders)
        .replaceAll('{periode}', `${year - 3}-${year - 1}`)
        .replaceAll('{n}', String(200 + Math.floor(rnd() * 900)));
      const published = this.times(rnd, year);
      const month = MONTHS[new Date(published.createdAt).getUTCMonth()] ?? 'januari';
      const summary = this.fill(r.summary, vars);
      const fullText = [
        'Samenvatting',
        summary,
        'Aanleiding en aanpak',
        method,
        ...(r.background === false
          ? []
          : ['Achtergrond', ...topic.background.map((p) => this.fill(p, vars))]),
        'Bevindingen en aanbevelingen',
        ...r.paragraphs.map((p) => this.fill(p, vars)),
        'Colofon',
        `Dit ${KIND_NOUN[r.kind]} is in ${month} ${year} uitgebracht door ${publisher}. Auteurs: ${authors.join(', ')}.`,
      ].join('\n\n');
      this.push('report', entityId, {
        title: this.fill(r.title, vars),
        summary,
        body: authors.join(', '),
        fullText,
        tags: [...(r.tags ?? topic.tags)],
        policyDomainCodes: [...(r.domains ?? topic.domains)],
        municipalityCodes: [gemeente.code],
        year,
        status,
        accessKeys: this.accessKeys(scope, entityId, gemeente, gemeente, gemeente.code),
        ...published,
      });
    });

    topic.experts.forEach((e, i) => {
      const entityId = `${topic.key}-e${i + 1}`;
      const rnd = random(entityId);
      const { gemeente } = this.author(rnd, e.gemeente);
      const female = e.knows.startsWith('Zij ');
      let name = personName(rnd, female);
      while (this.profileNames.has(name)) name = personName(rnd, female);
      this.profileNames.add(name);
      const organisation = e.institute ?? `de gemeente ${gemeente.name}`;
      const bio = `${name} werkt als ${e.role} bij ${organisation}. ${e.knows}`;
      const domains = [...(e.domains ?? topic.domains)];
      const domainNames = domains.map((c) => this.ref.taakvelden.get(c)?.name ?? c);
      const scope = e.access ?? (rnd() < 0.6 ? 'MEMBERS' : 'PUBLIC');
      const author = e.institute ? null : gemeente;
      this.push('expertise_profile', entityId, {
        title: name,
        summary: bio.length > 300 ? `${bio.slice(0, 300).trimEnd()}…` : bio,
        body: [bio, ...domainNames].join('\n'),
        fullText: '',
        tags: [...e.keywords],
        policyDomainCodes: domains,
        municipalityCodes: author ? [author.code] : [],
        year: null,
        status: e.availability ?? 'AVAILABLE',
        accessKeys: this.accessKeys(scope, entityId, gemeente, author, e.institute ?? gemeente.code),
        ...this.times(rnd, 2018 + Math.floor(rnd() * 9)),
      });
    });

    (topic.dossiers ?? []).forEach((d, i) => {
      const entityId = `${topic.key}-d${i + 1}`;
      const rnd = random(entityId);
      const { gemeente, buur } = this.author(rnd, d.gemeente);
      const year = d.year ?? 2020 + Math.floor(rnd() * 7);
      const scope =
        d.access ??
        this.scope(rnd, [
          ['MEMBERS', 0.5],
          ['PUBLIC', 0.3],
          ['REGION', 0.2],
        ]);
      const vars = { gemeente, buur, year };
      const intro = this.fill(d.intro, vars);
      this.push('dossier', entityId, {
        title: this.fill(d.title, vars),
        summary: intro,
        body: [intro, ...d.notes.map((n) => this.fill(n, vars))].join('\n'),
        fullText: '',
        tags: [...(d.tags ?? topic.tags)],
        policyDomainCodes: [...(d.domains ?? topic.domains)],
        municipalityCodes: [gemeente.code],
        year,
        status: 'PUBLISHED',
        accessKeys: this.accessKeys(scope, entityId, gemeente, gemeente, gemeente.code),
        ...this.times(rnd, year),
      });
    });
  }

  /** Makes every `createdAt` unique (a second later on a tie), so that NEWEST has one right order. */
  private uniqueTimes(documents: SearchDocument[]): SearchDocument[] {
    const seen = new Set<string>();
    return documents.map((d) => {
      let created = Date.parse(d.createdAt);
      while (seen.has(iso(created))) created += 1000;
      seen.add(iso(created));
      const updated = Math.max(Date.parse(d.updatedAt), created);
      return { ...d, createdAt: iso(created), updatedAt: iso(updated) };
    });
  }
}

/** The corpus as `documents.json` holds it. */
export function generateCorpus(ref: DirectoryReference = readDirectoryReference()): SearchDocument[] {
  const documents = new Generator(ref).run(TOPICS);
  const ids = new Set<string>();
  for (const d of documents) {
    if (ids.has(d.id)) throw new Error(`duplicate id ${d.id}`);
    ids.add(d.id);
    const leftover = /\{[a-z]+\}/.exec(`${d.title} ${d.summary} ${d.body} ${d.fullText}`);
    if (leftover) throw new Error(`${d.id}: placeholder ${leftover[0]} not filled`);
  }
  return documents;
}

async function main(): Promise<void> {
  const prettier = await import('prettier');
  const documents = generateCorpus();
  const options = (await prettier.resolveConfig(DOCUMENTS_PATH)) ?? {};
  const json = await prettier.format(JSON.stringify(documents), { ...options, filepath: DOCUMENTS_PATH });
  writeFileSync(DOCUMENTS_PATH, json);
  const byType = new Map<string, number>();
  for (const d of documents) byType.set(d.type, (byType.get(d.type) ?? 0) + 1);
  process.stdout.write(`${documents.length} documents written to ${DOCUMENTS_PATH}\n`);
  for (const [type, count] of byType) process.stdout.write(`  ${type}: ${count}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
