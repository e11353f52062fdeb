/**
 * A deterministic generator of search documents and queries for benchmarks: the four document types
 * with Dutch text of the gemeente domain, real BBV taakvelden and CBS gemeente codes (from
 * libs/directory/data), regions, years, statuses and the policy layer's access keys (`pub`, `mem`,
 * `m:GM0344`, `r:<region>`, `c:<region>`, `u:<uuid>`). Same seed, same documents: randomness comes
 * only from a seeded PRNG (mulberry32), never from `Math.random`.
 *
 * Text is drawn from a Zipf distribution over a vocabulary of real domain words, their plurals and
 * compounds (`armoede` + `beleid` → `armoedebeleid`), Dutch function words (stop words included, as
 * in real text) and a long tail of rare made-up words (names, jargon, typos), so that the
 * vocabulary grows with the corpus like real text does. About `fullTextShare` of the reports carry a
 * long extracted file text (2 000–10 000 words).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { SearchDocument, SearchDocumentType } from '@ksp/search';

const DATA_DIR = join(__dirname, '../../../../libs/directory/data');

/** A seeded PRNG (mulberry32): `next()` in [0, 1). */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  uuid(): string {
    const hex = (n: number) =>
      Array.from({ length: n }, () => Math.floor(this.next() * 16).toString(16)).join('');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${this.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  }
}

/** Zipf-distributed ranks 0..n-1 (exponent `s`), sampled by binary search over the cumulative weights. */
class Zipf {
  private readonly cumulative: Float64Array;

  constructor(n: number, s: number) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, s);
      this.cumulative[i] = sum;
    }
    for (let i = 0; i < n; i++) this.cumulative[i] /= sum;
  }

  sample(random: Random): number {
    const x = random.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// Nouns of the domain (singular; plurals are derived).
const NOUNS = `gemeente woning huisvesting jeugdzorg jeugdhulp armoede schuld schuldhulpverlening bijstand
participatie wijkteam mantelzorg ouderenzorg dementie eenzaamheid welzijn sport cultuur bibliotheek onderwijs
leerlingenvervoer kinderopvang laaggeletterdheid inburgering statushouder asielzoeker opvang veiligheid
ondermijning handhaving toezicht vergunning omgevingswet omgevingsvisie omgevingsplan bestemmingsplan woningbouw
nieuwbouw huur corporatie energietransitie warmtenet zonnepaneel laadpaal klimaatadaptatie wateroverlast
riolering afval grondstof economie mobiliteit vervoer fiets parkeerplaats verkeersveiligheid ondernemer
bedrijventerrein winkelcentrum toerisme recreatie landbouw natuur biodiversiteit begroting jaarrekening
gemeentefonds belasting dienstverlening digitalisering privacy informatiebeveiliging archief burgerzaken
dorpsraad raadsvoorstel coalitieakkoord wethouder raad college inwoner jongere oudere gezin kind ouder school
leerling docent huisarts zorgaanbieder aanbieder contract inkoop aanbesteding subsidie regeling uitkering
voorziening indicatie beschikking bezwaar klacht melding signaal buurt wijk dorp kern regio provincie rijk
ministerie wet beleid plan aanpak visie strategie programma project pilot onderzoek evaluatie monitor rapport
advies nota notitie brief vraag antwoord ervaring resultaat effect kosten budget tekort overschot reserve
risico kans knelpunt oplossing maatregel afspraak samenwerking partner netwerk overleg bijeenkomst
werkgroep expertise kennis deskundige specialist medewerker team organisatie afdeling dienst loket website
formulier aanvraag procedure termijn wachtlijst wachttijd doelgroep vrijwilliger vereniging stichting
woningcorporatie huurder eigenaar grond kavel perceel gebouw pand school sporthal zwembad speeltuin park
bos water dijk weg straat brug rotonde fietspad stoep verlichting boom groenstrook plein markt haven station
bus trein taxi deelauto auto parkeervergunning emissie stikstof geluid lucht bodem asbest energie warmte gas
stroom isolatie renovatie verduurzaming sloop transformatie leegstand woonruimte starter senior
mantelzorger begeleiding dagbesteding beschermd wonen maatschappelijke opvang verslaving psychiatrie
huiselijk geweld kindermishandeling veilig thuis preventie gezondheid overgewicht roken alcohol drugs
vaccinatie ggd crisis rampenbestrijding brandweer politie boa cameratoezicht overlast criminaliteit
inbraak vandalisme jeugdoverlast hangplek sportvereniging cultuurhuis museum theater muziekschool festival
evenement horeca terras sluitingstijd vergunningverlening bouwvergunning omgevingsvergunning
welstand monument erfgoed archeologie grondexploitatie`
  .split(/\s+/)
  .filter((word) => word.length > 0);

// Heads and tails for compounds (armoede + beleid → armoedebeleid).
const COMPOUND_HEADS = `armoede jeugd woning energie klimaat afval water verkeer sport cultuur zorg
onderwijs school wijk buurt dorp regio gemeente inwoner ouderen jongeren gezins schuld werk bedrijfs
omgevings bestemmings grond huur koop bouw fiets parkeer veiligheids gezondheids welzijns participatie
informatie privacy archief burger dienst subsidie inkoop begrotings belasting natuur groen warmte zonne
wind laad mobiliteits vervoers handhavings toezicht vergunning`
  .split(/\s+/)
  .filter((w) => w.length > 0);
const COMPOUND_TAILS = `beleid plan aanpak visie programma regeling budget fonds team loket raad
overleg netwerk monitor onderzoek rapport nota agenda strategie opgave transitie voorziening
aanbod vraag tekort kosten project pilot lijst kaart regels norm wet akkoord convenant traject`
  .split(/\s+/)
  .filter((w) => w.length > 0);

const ADJECTIVES = `regionale lokale nieuwe goede sociale duurzame betaalbare kwetsbare groene veilige
gezonde digitale integrale preventieve structurele tijdelijke extra eerste laatste grote kleine
belangrijke mogelijke nodige huidige landelijke gemeentelijke provinciale openbare maatschappelijke
financiële juridische praktische concrete passende snelle effectieve gezamenlijke`
  .split(/\s+/)
  .filter((w) => w.length > 0);

const VERBS = `hebben willen weten zoeken delen regelen organiseren aanpakken verbeteren versnellen
ondersteunen betrekken uitvoeren inzetten ontwikkelen evalueren onderzoeken financieren realiseren
voorkomen beperken verminderen verhogen afspreken samenwerken vragen antwoorden helpen bouwen
investeren monitoren bespreken besluiten`
  .split(/\s+/)
  .filter((w) => w.length > 0);

const FUNCTION_WORDS = `de het een van in op voor met en is zijn wordt worden dat die er om te aan
bij door over naar als ook nog wel niet geen meer veel hoe wat wie waar welke andere onze hun deze
kunnen moeten zouden hebben heeft zijn was tot uit per via`
  .split(/\s+/)
  .filter((w) => w.length > 0);

const SYLLABLES = `ba be bo de di do ge go ha he ho ja jo ka ke ko la le lo ma me mo na ne no pa pe po ra
re ro sa se so ta te to va ve vo wa we wo za ze zo aar eer oor uur ijk ing erd ens olt ink amp ster berg
dam dijk veld huis wijk hof bos broek`
  .split(/\s+/)
  .filter((w) => w.length > 0);

function plural(noun: string): string {
  if (/(e|el|er|em|en|ie|ier)$/.test(noun)) return `${noun}s`;
  if (/[aiou]$/.test(noun)) return `${noun}s`;
  const last = noun[noun.length - 1];
  const beforeLast = noun[noun.length - 2];
  const vowels = 'aeiou';
  // Double the last consonant after a single short vowel (bus → bussen), undouble long vowels (straat → straten).
  if (
    !vowels.includes(last) &&
    vowels.includes(beforeLast) &&
    !vowels.includes(noun[noun.length - 3] ?? '')
  ) {
    return `${noun}${last}en`;
  }
  if (!vowels.includes(last) && beforeLast === noun[noun.length - 3] && vowels.includes(beforeLast)) {
    return `${noun.slice(0, -2)}${last}en`;
  }
  return `${noun}en`;
}

interface Taakveld {
  readonly code: string;
  readonly parent: string;
}

interface Gemeente {
  readonly code: string;
  readonly provinceCode: string;
  readonly veiligheidsregioCode: string;
}

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(join(DATA_DIR, file), 'utf8'), { columns: true }) as Record<string, string>[];
}

function loadTaakvelden(): Taakveld[] {
  return readCsv('taakvelden.csv')
    .filter((row) => row['level'] === 'taakveld' && row['status'] === 'current')
    .map((row) => ({ code: row['code'], parent: row['parent'] }));
}

function loadGemeenten(): Gemeente[] {
  return readCsv('gemeenten.csv').map((row) => ({
    code: row['code'],
    provinceCode: row['province_code'],
    veiligheidsregioCode: row['veiligheidsregio_code'],
  }));
}

/** The words of the corpus, most frequent first (Zipf rank = index). */
export interface Vocabulary {
  /** Domain words: nouns, plurals, compounds, adjectives, verbs (what queries are made of). */
  readonly domain: readonly string[];
  /** Everything text is drawn from: function words interleaved with domain words, then the rare tail. */
  readonly all: readonly string[];
}

export function buildVocabulary(seed = 7, rareWords = 250_000): Vocabulary {
  const random = new Random(seed);
  const domain: string[] = [];
  const seen = new Set<string>();
  const add = (word: string) => {
    if (!seen.has(word)) {
      seen.add(word);
      domain.push(word);
    }
  };
  for (const noun of NOUNS) {
    add(noun);
    add(plural(noun));
  }
  for (const adjective of ADJECTIVES) add(adjective);
  for (const verb of VERBS) add(verb);
  for (const head of COMPOUND_HEADS) {
    for (const tail of COMPOUND_TAILS) if (random.chance(0.45)) add(head + tail);
  }
  // Shuffle the domain words so that frequency does not follow the lists' order.
  for (let i = domain.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [domain[i], domain[j]] = [domain[j], domain[i]];
  }
  const all: string[] = [];
  // Function words are the most frequent, then the domain words, then rare words.
  for (let i = 0; i < Math.max(FUNCTION_WORDS.length, domain.length); i++) {
    if (i < FUNCTION_WORDS.length) all.push(FUNCTION_WORDS[i]);
    if (i < domain.length) all.push(domain[i]);
  }
  const rare = new Set<string>();
  while (rare.size < rareWords) {
    const syllables = random.int(2, 5);
    let word = '';
    for (let k = 0; k < syllables; k++) word += random.pick(SYLLABLES);
    if (!seen.has(word)) rare.add(word);
  }
  for (const word of rare) all.push(word);
  return { domain, all };
}

export interface GeneratorOptions {
  readonly seed?: number;
  readonly documents: number;
  /** Share of reports with a long full text (default 0.08, i.e. ~2% of all documents). */
  readonly fullTextShare?: number;
}

export interface Corpus {
  readonly vocabulary: Vocabulary;
  readonly taakvelden: readonly Taakveld[];
  readonly gemeenten: readonly Gemeente[];
  /** Region ids as the hub stores them (provinces and veiligheidsregio's). */
  readonly regions: readonly string[];
}

export function loadCorpus(seed = 7): Corpus {
  const gemeenten = loadGemeenten();
  const regions = [...new Set(gemeenten.flatMap((g) => [g.provinceCode, g.veiligheidsregioCode]))].sort();
  return { vocabulary: buildVocabulary(seed), taakvelden: loadTaakvelden(), gemeenten, regions };
}

const TYPES: readonly { type: SearchDocumentType; share: number; statuses: readonly string[] }[] = [
  { type: 'question', share: 0.45, statuses: ['OPEN', 'ANSWERED', 'CLOSED'] },
  { type: 'report', share: 0.25, statuses: ['PUBLISHED', 'SUBMITTED', 'ARCHIVED'] },
  { type: 'expertise_profile', share: 0.22, statuses: ['ACTIVE'] },
  { type: 'dossier', share: 0.08, statuses: ['PUBLISHED'] },
];

function capitalize(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** Generates `documents` search documents, deterministically for a seed. */
export function* generateSearchDocuments(
  options: GeneratorOptions,
  corpus = loadCorpus(),
): Generator<SearchDocument> {
  const random = new Random(options.seed ?? 42);
  const fullTextShare = options.fullTextShare ?? 0.08;
  const { vocabulary, taakvelden, gemeenten } = corpus;
  const textZipf = new Zipf(vocabulary.all.length, 1.07);
  const domainZipf = new Zipf(vocabulary.domain.length, 0.9);
  const users = Array.from({ length: 5000 }, () => random.uuid());
  const word = () => vocabulary.all[textZipf.sample(random)];
  const domainWord = () => vocabulary.domain[domainZipf.sample(random)];
  const sentence = (words: number) => {
    const parts: string[] = [];
    for (let i = 0; i < words; i++) parts.push(random.chance(0.35) ? domainWord() : word());
    return `${capitalize(parts.join(' '))}.`;
  };
  const text = (words: number) => {
    const sentences: string[] = [];
    let left = words;
    while (left > 0) {
      const n = Math.min(left, random.int(6, 16));
      sentences.push(sentence(n));
      left -= n;
    }
    return sentences.join(' ');
  };
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  for (let i = 0; i < options.documents; i++) {
    let x = random.next();
    let kind = TYPES[0];
    for (const candidate of TYPES) {
      if (x < candidate.share) {
        kind = candidate;
        break;
      }
      x -= candidate.share;
    }
    const entityId = random.uuid();
    const codes = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(taakvelden)))];
    const places = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(gemeenten)))];
    const created = start + Math.floor(random.next() * span);
    const updated = created + Math.floor(random.next() * 30 * 86_400_000);
    const author = random.pick(places);
    const accessKeys: string[] = [];
    const visibility = random.next();
    if (visibility < 0.55) accessKeys.push('pub');
    else if (visibility < 0.75) accessKeys.push('mem');
    else if (visibility < 0.87) accessKeys.push(`m:${author.code}`);
    else if (visibility < 0.94) accessKeys.push(`r:${author.veiligheidsregioCode}`);
    else accessKeys.push(`u:${random.pick(users)}`);
    if (random.chance(0.05)) accessKeys.push(`c:${author.provinceCode}`);
    const title = capitalize(
      Array.from({ length: random.int(4, 9) }, () => (random.chance(0.6) ? domainWord() : word())).join(' '),
    );
    const isReport = kind.type === 'report';
    const fullText = isReport && random.chance(fullTextShare) ? text(random.int(2000, 10_000)) : '';
    yield {
      id: `${kind.type}-${entityId}`,
      type: kind.type,
      entityId,
      title,
      summary: text(random.int(15, 30)),
      body: text(random.int(90, 130)),
      fullText,
      tags: [...new Set(Array.from({ length: random.int(0, 4) }, () => domainWord()))],
      policyDomainCodes: codes.map((t) => t.code),
      policyDomainPaths: [...new Set(codes.flatMap((t) => [t.code, t.parent]))],
      municipalityCodes: places.map((g) => g.code),
      regionIds: [...new Set(places.flatMap((g) => [g.provinceCode, g.veiligheidsregioCode]))],
      year: random.chance(0.9) ? new Date(created).getUTCFullYear() : null,
      status: random.pick(kind.statuses),
      accessKeys,
      updatedAt: new Date(updated).toISOString(),
      createdAt: new Date(created).toISOString(),
    };
  }
}

export interface BenchQuery {
  readonly query: string;
  /** The reader's keys: `pub`, `mem`, their gemeente, region and own user key. */
  readonly accessKeys: readonly string[];
}

/** Introduces one typo (substitution, deletion, insertion or transposition) after the first letter. */
export function withTypo(random: Random, word: string): string {
  if (word.length < 5) return word;
  const at = random.int(1, word.length - 2);
  const letter = random.pick([...'abcdefghijklmnopqrstuvwxyz']);
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter + word.slice(at);
    default:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  }
}

/**
 * Queries of 2–3 domain words (about half of them with one typo), each with the access keys of a
 * reader (a member of some gemeente).
 */
export function generateSearchQueries(
  options: { readonly seed?: number; readonly count: number; readonly typoShare?: number },
  corpus = loadCorpus(),
): BenchQuery[] {
  const random = new Random(options.seed ?? 99);
  const typoShare = options.typoShare ?? 0.5;
  // Queries use the frequent half of the domain words (what people search for is found often).
  const words = corpus.vocabulary.domain.slice(0, Math.ceil(corpus.vocabulary.domain.length / 2));
  const queries: BenchQuery[] = [];
  for (let i = 0; i < options.count; i++) {
    const n = random.int(2, 3);
    const parts = Array.from({ length: n }, () => random.pick(words));
    if (random.chance(typoShare)) {
      const k = random.int(0, n - 1);
      parts[k] = withTypo(random, parts[k]);
    }
    const gemeente = random.pick(corpus.gemeenten);
    queries.push({
      query: parts.join(' '),
      accessKeys: [
        'pub',
        'mem',
        `m:${gemeente.code}`,
        `r:${gemeente.veiligheidsregioCode}`,
        `u:${random.uuid()}`,
      ],
    });
  }
  return queries;
}

/** Prefixes as typed into a search box: the start (3–8 letters) of a domain word, sometimes after a full word. */
export function generateSuggestPrefixes(
  options: { readonly seed?: number; readonly count: number },
  corpus = loadCorpus(),
): BenchQuery[] {
  const random = new Random(options.seed ?? 1234);
  const words = corpus.vocabulary.domain;
  const prefixes: BenchQuery[] = [];
  for (let i = 0; i < options.count; i++) {
    const word = random.pick(words);
    const prefix = word.slice(0, Math.min(word.length, random.int(3, 8)));
    const gemeente = random.pick(corpus.gemeenten);
    prefixes.push({
      query: random.chance(0.3) ? `${random.pick(words)} ${prefix}` : prefix,
      accessKeys: ['pub', 'mem', `m:${gemeente.code}`, `r:${gemeente.veiligheidsregioCode}`],
    });
  }
  return prefixes;
}
