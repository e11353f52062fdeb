import type { DirectoryData } from '@ksp/directory';
import { searchDocumentId, type SearchDocument } from '@ksp/search';
import { QUESTIONS } from './questions';
import { Random } from './random';
import { FIRST_NAMES, GENERIC_WORK, LAST_NAMES, ROLES, TOPICS, TOPIC_BY_CODE, type Topic } from './topics';

/**
 * A generated but realistic corpus for the hub of the provinces of Utrecht and Gelderland:
 * expertise profiles of beleidsmedewerkers (and a few kennisinstellingen) across the gemeenten and
 * taakvelden, reports of the last fifteen years, and answered questions. Deterministic: the same
 * seed gives the same corpus.
 */
export type Level = 'EXPERT' | 'GEVORDERD' | 'BASIS';

export interface CorpusProfile {
  readonly id: string;
  readonly kind: 'USER' | 'ORGANISATION';
  readonly userId: string | null;
  readonly displayName: string;
  readonly organisationCode: string;
  readonly municipalityCode: string;
  /** The taakveld they really work in (ground truth for the labels). */
  readonly topic: string;
  readonly level: Level;
  /** A second field they know something of. */
  readonly secondary: { readonly code: string; readonly level: Level } | null;
  readonly availability: 'AVAILABLE' | 'LIMITED' | 'UNAVAILABLE';
  readonly keywords: readonly string[];
  readonly bio: string;
  readonly trackRecord: {
    readonly answersGiven: number;
    readonly acceptedAnswers: number;
    readonly medianMinutesToFirstAnswer: number | null;
  };
}

export interface CorpusReport {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly topic: string;
  readonly municipalityCode: string;
  readonly publisherName: string;
  readonly publicationDate: string;
  readonly year: number;
  readonly tags: readonly string[];
}

export interface CorpusQuestion {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly topic: string;
  readonly municipalityCode: string;
  readonly tags: readonly string[];
}

export interface Corpus {
  readonly profiles: readonly CorpusProfile[];
  readonly reports: readonly CorpusReport[];
  readonly questions: readonly CorpusQuestion[];
}

export interface CorpusOptions {
  readonly seed: number;
  /** Profiles per hub gemeente (about). */
  readonly profilesPerMunicipality: number;
  readonly reports: number;
  readonly questions: number;
}

export const EVAL_CORPUS: CorpusOptions = {
  seed: 20261129,
  profilesPerMunicipality: 8,
  reports: 600,
  questions: 400,
};

const HUB_PROVINCES = ['Utrecht', 'Gelderland'];
const KENNISINSTELLINGEN = [
  { code: 'HU', name: 'Hogeschool Utrecht', municipality: 'GM0344' },
  { code: 'HAN', name: 'Hogeschool van Arnhem en Nijmegen', municipality: 'GM0202' },
  { code: 'RU', name: 'Radboud Universiteit', municipality: 'GM0268' },
  { code: 'WUR', name: 'Wageningen University & Research', municipality: 'GM0289' },
  { code: 'UU', name: 'Universiteit Utrecht', municipality: 'GM0344' },
];
const REPORT_TYPES = ['Evaluatie', 'Onderzoek naar', 'Monitor', 'Beleidsnotitie over', 'Handreiking voor'];

function levelOf(r: Random): Level {
  const x = r.next();
  return x < 0.45 ? 'EXPERT' : x < 0.85 ? 'GEVORDERD' : 'BASIS';
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export class CorpusGenerator {
  private readonly names: Map<string, string>;
  readonly hub: string[];
  private readonly all: string[];
  private readonly neighbours: Map<string, string[]>;

  constructor(data: DirectoryData) {
    this.names = new Map(data.municipalities.map((m) => [m.code, m.name]));
    this.hub = data.municipalities.filter((m) => HUB_PROVINCES.includes(m.province)).map((m) => m.code);
    this.all = data.municipalities.map((m) => m.code);
    this.neighbours = new Map();
    for (const n of data.neighbours) {
      this.neighbours.set(n.a, [...(this.neighbours.get(n.a) ?? []), n.b]);
      this.neighbours.set(n.b, [...(this.neighbours.get(n.b) ?? []), n.a]);
    }
  }

  name(code: string): string {
    return this.names.get(code) ?? code;
  }

  neighboursOf(code: string): readonly string[] {
    return this.neighbours.get(code) ?? [];
  }

  generate(o: CorpusOptions): Corpus {
    const r = new Random(o.seed);
    const profiles: CorpusProfile[] = [];
    let n = 0;
    const newProfile = (
      municipalityCode: string,
      topic: Topic,
      organisation?: (typeof KENNISINSTELLINGEN)[number],
    ) => {
      const id = `p${String(++n).padStart(6, '0')}`;
      profiles.push(this.profile(r, id, municipalityCode, topic, organisation));
    };
    for (const code of this.hub) {
      const count = Math.max(1, Math.round(o.profilesPerMunicipality * (0.6 + r.next() * 0.8)));
      for (let i = 0; i < count; i++) newProfile(code, r.pick(TOPICS));
    }
    // People elsewhere in the country (the hub is open to them) and kennisinstellingen.
    const elsewhere = Math.round(this.hub.length * o.profilesPerMunicipality * 0.12);
    for (let i = 0; i < elsewhere; i++) newProfile(r.pick(this.all), r.pick(TOPICS));
    for (let i = 0; i < Math.round(this.hub.length * o.profilesPerMunicipality * 0.04); i++) {
      const org = r.pick(KENNISINSTELLINGEN);
      newProfile(org.municipality, r.pick(TOPICS), org);
    }
    // Every labelled question has someone in its field close by (a hub is built for that), and
    // someone in its field far away.
    for (const q of QUESTIONS) {
      const topic = TOPIC_BY_CODE.get(q.policyDomainCode)!;
      const near = [q.municipalityCode, ...this.neighboursOf(q.municipalityCode)];
      if (!profiles.some((p) => p.topic === topic.code && near.includes(p.municipalityCode))) {
        newProfile(r.pick(this.neighboursOf(q.municipalityCode)), topic);
      }
    }

    const reports: CorpusReport[] = [];
    for (let i = 0; i < o.reports; i++) {
      const topic = r.pick(TOPICS);
      const municipalityCode = r.chance(0.85) ? r.pick(this.hub) : r.pick(this.all);
      const year = r.int(2011, 2026);
      const where = this.name(municipalityCode);
      const subject = r.pick(topic.reports);
      const kind = r.pick(REPORT_TYPES);
      reports.push({
        id: `r${String(i + 1).padStart(6, '0')}`,
        title: `${kind} ${subject} in ${where} (${year})`,
        summary: `${capitalise(subject)} in de gemeente ${where}: ${r.pick(topic.work)}. ${r.pick(GENERIC_WORK)}`,
        topic: topic.code,
        municipalityCode,
        publisherName: `Gemeente ${where}`,
        publicationDate: `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
        year,
        tags: r.sample(topic.keywords, r.int(1, 2)),
      });
    }

    const questions: CorpusQuestion[] = [];
    for (let i = 0; i < o.questions; i++) {
      const topic = r.pick(TOPICS);
      const municipalityCode = r.pick(this.hub);
      questions.push({
        id: `a${String(i + 1).padStart(6, '0')}`,
        title: `${capitalise(r.pick(topic.keywords))}: hoe doen jullie dat?`,
        body: `Wij werken aan ${r.pick(topic.work)}. Antwoord: bij ons gaat het om ${r.pick(topic.work)}.`,
        topic: topic.code,
        municipalityCode,
        tags: r.sample(topic.keywords, 1),
      });
    }
    return { profiles, reports, questions };
  }

  private profile(
    r: Random,
    id: string,
    municipalityCode: string,
    topic: Topic,
    organisation?: (typeof KENNISINSTELLINGEN)[number],
  ): CorpusProfile {
    const level = levelOf(r);
    const family = TOPICS.filter((t) => t.family === topic.family && t.code !== topic.code);
    const secondaryTopic = r.chance(0.35)
      ? family.length && r.chance(0.6)
        ? r.pick(family)
        : r.pick(TOPICS.filter((t) => t.code !== topic.code))
      : null;
    const [w1, w2] = r.sample(topic.work, 2);
    const where = this.name(municipalityCode);
    const sentences = organisation
      ? [`Lectoraat en onderzoeksgroep van ${organisation.name}.`, `Onderzoek naar ${w1} en ${w2}.`]
      : [`${r.pick(ROLES)} bij de gemeente ${where}.`, `Houdt zich bezig met ${w1} en ${w2}.`];
    if (secondaryTopic) sentences.push(`Daarnaast ervaring met ${r.pick(secondaryTopic.work)}.`);
    sentences.push(...r.sample(GENERIC_WORK, r.int(1, 2)));
    if (r.chance(0.2)) sentences.push(`Ook betrokken bij ${r.pick(r.pick(TOPICS).work)}.`);
    const given = level === 'EXPERT' ? r.int(0, 6) : level === 'GEVORDERD' ? r.int(0, 3) : r.int(0, 1);
    const accepted = Math.round(given * r.next());
    const x = r.next();
    return {
      id,
      kind: organisation ? 'ORGANISATION' : 'USER',
      userId: organisation ? null : `u-${id}`,
      displayName: organisation ? organisation.name : `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`,
      organisationCode: organisation ? organisation.code : municipalityCode,
      municipalityCode,
      topic: topic.code,
      level,
      secondary: secondaryTopic
        ? { code: secondaryTopic.code, level: r.chance(0.5) ? 'GEVORDERD' : 'BASIS' }
        : null,
      availability: x < 0.9 ? 'AVAILABLE' : x < 0.97 ? 'LIMITED' : 'UNAVAILABLE',
      keywords: r.sample(topic.keywords, r.int(1, 3)),
      bio: sentences.join(' '),
      trackRecord: {
        answersGiven: given,
        acceptedAnswers: accepted,
        medianMinutesToFirstAnswer: given ? r.int(60, 14 * 24 * 60) : null,
      },
    };
  }
}

/** The corpus as the hub's search index holds it (as the discovery library maps content). */
export function searchDocuments(
  corpus: Corpus,
  paths: (codes: readonly string[]) => string[],
  regionsOf: (codes: readonly string[]) => string[],
  taakveldName: (code: string) => string,
): SearchDocument[] {
  const at = '2026-01-01T00:00:00.000Z';
  const keys = ['mem'];
  const docs: SearchDocument[] = [];
  for (const p of corpus.profiles) {
    const codes = [p.topic, ...(p.secondary ? [p.secondary.code] : [])];
    docs.push({
      id: searchDocumentId('expertise_profile', p.id),
      type: 'expertise_profile',
      entityId: p.id,
      title: p.displayName,
      summary: p.bio,
      body: [p.bio, ...codes.map(taakveldName)].join('\n'),
      fullText: '',
      tags: p.keywords,
      policyDomainCodes: codes,
      policyDomainPaths: paths(codes),
      municipalityCodes: [p.municipalityCode],
      regionIds: regionsOf([p.municipalityCode]),
      year: null,
      status: p.availability,
      accessKeys: keys,
      updatedAt: at,
      createdAt: at,
    });
  }
  for (const r of corpus.reports) {
    docs.push({
      id: searchDocumentId('report', r.id),
      type: 'report',
      entityId: r.id,
      title: r.title,
      summary: r.summary,
      body: '',
      fullText: '',
      tags: r.tags,
      policyDomainCodes: [r.topic],
      policyDomainPaths: paths([r.topic]),
      municipalityCodes: [r.municipalityCode],
      regionIds: regionsOf([r.municipalityCode]),
      year: r.year,
      status: 'PUBLISHED',
      accessKeys: keys,
      updatedAt: at,
      createdAt: `${r.publicationDate}T00:00:00.000Z`,
    });
  }
  for (const q of corpus.questions) {
    docs.push({
      id: searchDocumentId('question', q.id),
      type: 'question',
      entityId: q.id,
      title: q.title,
      summary: q.body,
      body: q.body,
      fullText: '',
      tags: q.tags,
      policyDomainCodes: [q.topic],
      policyDomainPaths: paths([q.topic]),
      municipalityCodes: [q.municipalityCode],
      regionIds: regionsOf([q.municipalityCode]),
      year: 2025,
      status: 'ANSWERED',
      accessKeys: keys,
      updatedAt: at,
      createdAt: at,
    });
  }
  return docs;
}
