/**
 * The in-memory index of the embedded engine: the vocabulary, the postings and the per-document
 * columns that filters, facets and sorting read. Everything per document is a slot in typed
 * arrays (doc ids are dense integers); a replaced or deleted document leaves a tombstone that
 * `compact` removes.
 */
import { SEARCH_DOCUMENT_TYPES, type SearchDocument, type SearchDocumentType } from '../search-engine';
import {
  COMPLEX_CHAR,
  FOLD_CHARS,
  MAX_WORD_LENGTH,
  STOP_WORDS,
  SynonymTable,
  WordScanner,
  fold,
  isHyphen,
  stem,
} from './analyzer';
import {
  RaggedColumn,
  ValueDictionary,
  growFloat32,
  growFloat64,
  growInt32,
  growUint16,
  growUint32,
  growUint8,
} from './columns';
import { PostingsPool } from './postings';
import { FNV_START, SurfaceTable, hashRange, hashStep } from './surface-table';
import { SnapshotReader, SnapshotWriter, withCapacity } from './snapshot';
import { Trie } from './trie';

export const FIELD_COUNT = 5;
export const FIELD_TITLE = 0;
export const FIELD_TAGS = 1;
export const FIELD_SUMMARY = 2;
export const FIELD_BODY = 3;
export const FIELD_FULL_TEXT = 4;

/**
 * Per-field term frequencies packed in 32 bits (saturated): title 4 bits, tags 4, summary 6, body 8,
 * full text 10. BM25 saturates long before these limits.
 */
export const TF_SHIFT = [0, 4, 8, 14, 22] as const;
export const TF_MAX = [15, 15, 63, 255, 1023] as const;
/** Full-text bits of a packed tf (non-zero: the term occurs in the full text). */
export const FULL_TEXT_SHIFT = 22;

/** Words per field that are indexed (Meilisearch indexes the first 65 535 positions too). */
const MAX_FIELD_WORDS = 65_535;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

/** BM25F: field weights and length normalisation per field (title, tags, summary, body, full text). */
export const FIELD_WEIGHTS = [5, 3, 2, 1, 0.2] as const;
const FIELD_B = [0.4, 0.3, 0.6, 0.75, 0.9] as const;

export const NULL_YEAR = -2147483648;

/** Type names by type id. */
export const SEARCH_TYPE_NAMES: readonly string[] = SEARCH_DOCUMENT_TYPES;

export const TYPE_IDS: ReadonlyMap<SearchDocumentType, number> = new Map(
  SEARCH_DOCUMENT_TYPES.map((type, i) => [type, i]),
);

/** The multi-valued fields that filters and facets use, in one column each. */
export type MultiValueField = 'policyDomainPaths' | 'municipalityCodes' | 'regionIds' | 'tags';
export const MULTI_VALUE_FIELDS: readonly MultiValueField[] = [
  'policyDomainPaths',
  'municipalityCodes',
  'regionIds',
  'tags',
];

export interface MultiValueColumn {
  readonly column: RaggedColumn;
  readonly dictionary: ValueDictionary;
}

interface CompiledPhrase {
  readonly terms: Int32Array;
  readonly groupTerm: number;
}

/** Collation key of a title: folded, punctuation and spaces before digits before letters. */
export function titleSortKey(title: string): string {
  return fold(title).replace(NON_WORD, '\u0001');
}

const NON_WORD = /[^\p{L}\p{M}\p{N}]/gu;

export class EmbeddedIndex {
  readonly synonyms: SynonymTable;

  // Vocabulary: terms are stems (and one synthetic term per synonym group).
  readonly terms: string[] = [];
  private readonly termIds = new Map<string, number>();
  /** Folded surface word → its stem's term id; -1 for stop words. */
  surfaces = new SurfaceTable();
  /** Surface words → stem term id: typo and prefix search (see `surfaceTrie`). */
  private readonly trie = new Trie();
  /** Reversed stems → term id: stems that end with a query word (see `reversedStemTrie`). */
  private readonly reversedTrie = new Trie();
  /** Per term its first surface id + 1 (0: none); per surface id the next one of the same term (-1: none). */
  private firstSurfaceOfTerm = new Int32Array(1024);
  private nextSurfaceOfTerm = new Int32Array(1024);
  /** Surface ids and term ids not yet in the tries (filled lazily, sorted when many: see `flushTries`). */
  private pendingSurfaces: number[] = [];
  private pendingStems: number[] = [];
  df = new Uint32Array(1024);
  /** 1 when some synonym phrase starts with the term. */
  private synonymStart = new Uint8Array(1024);
  private readonly phrasesByFirstTerm = new Map<number, CompiledPhrase[]>();
  /** Term id of each synonym group's synthetic term. */
  readonly groupTerms: number[] = [];
  /** Group terms of the groups a term belongs to as a one-word synonym. */
  readonly groupTermsOfTerm = new Map<number, number[]>();
  postings = new PostingsPool();

  // Documents.
  /** Slots used (live + tombstones). */
  docCount = 0;
  liveCount = 0;
  deadCount = 0;
  alive = new Uint8Array(1024);
  type = new Uint8Array(1024);
  status = new Uint32Array(1024);
  year = new Int32Array(1024);
  createdAt = new Float64Array(1024);
  ids: string[] = [];
  entityIds: string[] = [];
  titles: string[] = [];
  titleKeys: string[] = [];
  updatedAts: string[] = [];
  /** Whether the document has a full text (its snippet needs a read of the stored text). */
  hasFullText = new Uint8Array(1024);
  readonly docOfId = new Map<string, number>();
  /** Words per field, `doc * FIELD_COUNT + field`. */
  lengths = new Uint32Array(1024 * FIELD_COUNT);
  /** BM25 length normalisation per field, `1 / (1 - b + b * length / average)`. */
  norms = new Float32Array(1024 * FIELD_COUNT);
  private readonly lengthSums = new Float64Array(FIELD_COUNT);
  private readonly fieldDocs = new Float64Array(FIELD_COUNT);
  private readonly normAverages = new Float64Array(FIELD_COUNT).fill(1);
  readonly accessKeys: MultiValueColumn = { column: new RaggedColumn(), dictionary: new ValueDictionary() };
  readonly statuses = new ValueDictionary();
  readonly multi: Readonly<Record<MultiValueField, MultiValueColumn>> = {
    policyDomainPaths: { column: new RaggedColumn(), dictionary: new ValueDictionary() },
    municipalityCodes: { column: new RaggedColumn(), dictionary: new ValueDictionary() },
    regionIds: { column: new RaggedColumn(), dictionary: new ValueDictionary() },
    tags: { column: new RaggedColumn(), dictionary: new ValueDictionary() },
  };

  // Scratch of `add`.
  private readonly scanner = new WordScanner();
  private stream = new Int32Array(1024);
  /** Per term `[stamp, slot]`: the term's slot in this document when stamp is the current add. */
  private termScratch = new Int32Array(2048);
  private slotTerm = new Int32Array(256);
  /** Per slot the packed per-field frequencies (saturating counters, see `TF_SHIFT`). */
  private slotTf = new Uint32Array(256);
  private slots = 0;
  private addStamp = 0;
  /** Folded characters of the word being scanned (a compound's parts one after the other). */
  private wordBuffer = new Uint16Array(256);

  constructor(synonyms: SynonymTable) {
    this.synonyms = synonyms;
    for (const word of STOP_WORDS) this.surfaces.add(word, -1);
    for (const phrases of synonyms.groups) {
      const groupTerm = this.termOf(`\u0001${this.groupTerms.length}`);
      this.groupTerms.push(groupTerm);
      for (const phrase of phrases) {
        const terms = Int32Array.from(phrase.stems.map((s) => this.termOf(s)));
        this.synonymStart[terms[0]] = 1;
        const list = this.phrasesByFirstTerm.get(terms[0]) ?? [];
        list.push({ terms, groupTerm });
        this.phrasesByFirstTerm.set(terms[0], list);
        if (terms.length === 1) {
          const groups = this.groupTermsOfTerm.get(terms[0]) ?? [];
          if (!groups.includes(groupTerm)) groups.push(groupTerm);
          this.groupTermsOfTerm.set(terms[0], groups);
        }
      }
    }
  }

  get termCount(): number {
    return this.terms.length;
  }

  /** The term id of a stem (or of a synthetic `\u0001…` term), created when missing. */
  termOf(stemValue: string): number {
    let id = this.termIds.get(stemValue);
    if (id !== undefined) return id;
    id = this.terms.length;
    this.terms.push(stemValue);
    this.termIds.set(stemValue, id);
    const size = id + 1;
    if (this.df.length < size) {
      this.df = growUint32(this.df, size);
      this.synonymStart = growUint8(this.synonymStart, size);
    }
    if (this.termScratch.length < 2 * size) this.termScratch = growInt32(this.termScratch, 2 * size);
    if (this.firstSurfaceOfTerm.length < size)
      this.firstSurfaceOfTerm = growInt32(this.firstSurfaceOfTerm, size);
    this.postings.ensureTerms(size);
    if (!stemValue.startsWith('\u0001')) this.pendingStems.push(id);
    return id;
  }

  /** The trie of surface words (typo and prefix search), up to date. */
  get surfaceTrie(): Trie {
    this.flushTries();
    return this.trie;
  }

  /** The trie of reversed stems (compound heads: stems ending with a query word), up to date. */
  get reversedStemTrie(): Trie {
    this.flushTries();
    return this.reversedTrie;
  }

  /**
   * Inserts the words that entered the vocabulary since the last search. Many at once (a load) are
   * sorted first: inserting in order makes each insert find its path at the head of the sibling lists.
   */
  private flushTries(): void {
    if (this.pendingSurfaces.length > 0) {
      const keys = this.surfaces.keys;
      const values = this.surfaces.values;
      const ids = this.pendingSurfaces;
      this.pendingSurfaces = [];
      if (ids.length > 256) ids.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
      for (const id of ids) this.trie.insert(keys[id], values[id]);
    }
    if (this.pendingStems.length > 0) {
      const ids = this.pendingStems;
      this.pendingStems = [];
      const reversed = ids.map((id) => reverse(this.terms[id]));
      const order = ids.map((_, i) => i);
      if (ids.length > 256) {
        order.sort((a, b) => (reversed[a] < reversed[b] ? -1 : reversed[a] > reversed[b] ? 1 : 0));
      }
      for (const i of order) this.reversedTrie.insert(reversed[i], ids[i]);
    }
  }

  /** The term id of a stem, or -1 when it is not in the vocabulary. */
  findTerm(stemValue: string): number {
    return this.termIds.get(stemValue) ?? -1;
  }

  /** The term id of a folded surface word (-1 for a stop word); new words enter the vocabulary. */
  termOfSurface(surface: string): number {
    return this.termOfRange(surface, 0, surface.length);
  }

  /** `termOfSurface` of `text[start, end)`, without cutting the word out when it is known. */
  termOfRange(text: string, start: number, end: number): number {
    const hash = hashRange(text, start, end);
    const id = this.surfaces.find(text, start, end, hash);
    if (id >= 0) return this.surfaces.values[id];
    const surface = text.slice(start, end);
    const term = this.termOf(stem(surface));
    this.addSurface(surface, term, hash);
    return term;
  }

  private addSurface(surface: string, term: number, hash: number): void {
    const id = this.surfaces.add(surface, term, hash);
    this.pendingSurfaces.push(id);
    if (term < 0) return;
    this.nextSurfaceOfTerm = growInt32(this.nextSurfaceOfTerm, id + 1);
    this.nextSurfaceOfTerm[id] = this.firstSurfaceOfTerm[term] - 1;
    this.firstSurfaceOfTerm[term] = id + 1;
  }

  /** The surface words (folded) whose stem is `term`. */
  surfacesOfTerm(term: number): string[] {
    const words: string[] = [];
    for (let id = this.firstSurfaceOfTerm[term] - 1; id >= 0; id = this.nextSurfaceOfTerm[id]) {
      words.push(this.surfaces.keys[id]);
    }
    return words;
  }

  /** The term of a known surface word `text[start, end)`: -1 stop word, -2 unknown. */
  knownTermOfRange(text: string, start: number, end: number): number {
    const id = this.surfaces.find(text, start, end);
    return id < 0 ? -2 : this.surfaces.values[id];
  }

  /** Like `termOfSurface` without adding anything: -2 when the word and its stem are unknown. */
  lookupSurface(surface: string): number {
    const known = this.surfaces.get(surface);
    if (known !== undefined) return known;
    const term = this.termIds.get(stem(surface));
    return term === undefined ? -2 : term;
  }

  isSynonymStart(term: number): boolean {
    return term >= 0 && this.synonymStart[term] === 1;
  }

  phrasesStartingWith(term: number): readonly CompiledPhrase[] {
    return this.phrasesByFirstTerm.get(term) ?? [];
  }

  /** The phrases (as terms) of the synonym groups with these group terms. */
  phrasesOfGroups(groupTerms: readonly number[]): Int32Array[] {
    const phrases: Int32Array[] = [];
    for (const list of this.phrasesByFirstTerm.values()) {
      for (const phrase of list) if (groupTerms.includes(phrase.groupTerm)) phrases.push(phrase.terms);
    }
    return phrases;
  }

  get capacity(): number {
    return this.alive.length;
  }

  private ensureDocs(size: number): void {
    if (this.alive.length >= size) return;
    this.alive = growUint8(this.alive, size);
    const capacity = this.alive.length;
    this.type = growUint8(this.type, capacity);
    this.status = growUint32(this.status, capacity);
    this.year = growInt32(this.year, capacity);
    this.createdAt = growFloat64(this.createdAt, capacity);
    this.hasFullText = growUint8(this.hasFullText, capacity);
    this.lengths = growUint32(this.lengths, capacity * FIELD_COUNT);
    this.norms = growFloat32(this.norms, capacity * FIELD_COUNT);
  }

  /** Adds (or replaces, by `id`) a document. Returns its doc id. */
  add(document: SearchDocument): number {
    const existing = this.docOfId.get(document.id);
    if (existing !== undefined) this.remove(existing);
    const doc = this.docCount++;
    this.ensureDocs(doc + 1);
    this.alive[doc] = 1;
    this.liveCount++;
    this.docOfId.set(document.id, doc);
    this.type[doc] = TYPE_IDS.get(document.type) ?? 0;
    this.status[doc] = this.statuses.intern(document.status);
    this.year[doc] = document.year === null ? NULL_YEAR : document.year;
    const created = Date.parse(document.createdAt);
    this.createdAt[doc] = Number.isNaN(created) ? 0 : created;
    this.ids[doc] = document.id;
    this.entityIds[doc] = document.entityId;
    this.titles[doc] = document.title;
    this.titleKeys[doc] = titleSortKey(document.title);
    this.updatedAts[doc] = document.updatedAt;
    this.hasFullText[doc] = document.fullText.length > 0 ? 1 : 0;
    this.accessKeys.column.append(
      doc,
      document.accessKeys.map((key) => this.accessKeys.dictionary.intern(key)),
    );
    for (const field of MULTI_VALUE_FIELDS) {
      const { column, dictionary } = this.multi[field];
      column.append(
        doc,
        [...new Set(document[field])].map((value) => dictionary.intern(value)),
      );
    }

    // Text: per-field term frequencies of this document, then one posting per distinct term.
    this.addStamp++;
    if (this.addStamp > 0x3fffffff) {
      this.addStamp = 1;
      this.termScratch.fill(0);
    }
    this.slots = 0;
    const texts = [
      document.title,
      document.tags.join(' , '),
      document.summary,
      document.body,
      document.fullText,
    ];
    for (let field = 0; field < FIELD_COUNT; field++) {
      const length = texts[field].length === 0 ? 0 : this.analyzeField(field, texts[field]);
      this.lengths[doc * FIELD_COUNT + field] = length;
      if (length > 0) {
        this.lengthSums[field] += length;
        this.fieldDocs[field]++;
      }
      this.norms[doc * FIELD_COUNT + field] = this.norm(field, length, this.normAverages[field]);
    }
    for (let slot = 0; slot < this.slots; slot++) {
      const term = this.slotTerm[slot];
      this.postings.add(term, doc, this.slotTf[slot]);
      this.df[term]++;
    }
    return doc;
  }

  private norm(field: number, length: number, average: number): number {
    if (length === 0) return 0;
    const b = FIELD_B[field];
    return 1 / (1 - b + (b * length) / average);
  }

  private touch(term: number, field: number): void {
    const scratch = this.termScratch;
    let slot: number;
    if (scratch[2 * term] === this.addStamp) {
      slot = scratch[2 * term + 1];
    } else {
      slot = this.slots++;
      if (slot >= this.slotTerm.length) {
        this.slotTerm = growInt32(this.slotTerm, slot + 1);
        this.slotTf = growUint32(this.slotTf, slot + 1);
      }
      scratch[2 * term] = this.addStamp;
      scratch[2 * term + 1] = slot;
      this.slotTerm[slot] = term;
      this.slotTf[slot] = 0;
    }
    const shift = TF_SHIFT[field];
    const packed = this.slotTf[slot];
    if (((packed >>> shift) & TF_MAX[field]) < TF_MAX[field]) this.slotTf[slot] = packed + (1 << shift);
  }

  /** Adds a word (a compound's whole form or a part) to the field; returns its term (-1: skip). */
  private wordTerm(buffer: Uint16Array, start: number, length: number, hash: number): number {
    if (length > MAX_WORD_LENGTH) return -1;
    const id = this.surfaces.findChars(buffer, start, length, hash);
    if (id >= 0) return this.surfaces.values[id];
    const surface = String.fromCharCode(...buffer.subarray(start, start + length));
    const term = this.termOf(stem(surface));
    this.addSurface(surface, term, hash);
    return term;
  }

  /**
   * Indexes one field's text; returns its length in (non-stop) words. Folds, splits and hashes in
   * one pass over the characters (`FOLD_CHARS`); texts with characters that need Unicode folding
   * (`ĳ`, decomposed accents, other scripts) take `analyzeFolded` instead.
   */
  private analyzeField(field: number, text: string): number {
    const n = text.length;
    if (NON_ASCII.test(text)) {
      for (let i = 0; i < n; i++) {
        if (FOLD_CHARS[text.charCodeAt(i)] === COMPLEX_CHAR) return this.analyzeFolded(field, fold(text));
      }
    }
    if (this.stream.length < n) this.stream = new Int32Array(Math.min(n, MAX_FIELD_WORDS) + 1);
    const stream = this.stream;
    let buffer = this.wordBuffer;
    let length = 0;
    let words = 0;
    let hasSynonym = false;
    let compoundParts = 0;
    let compoundHash = FNV_START;
    let used = 0; // characters of the current compound in the buffer
    let firstPartTerm = -1;
    let i = 0;
    while (i < n && words < MAX_FIELD_WORDS) {
      let c = FOLD_CHARS[text.charCodeAt(i)];
      if (c === 0) {
        i++;
        continue;
      }
      // One word (a part, if a hyphen joins it to the next).
      const partStart = used;
      let partHash = FNV_START;
      while (c !== 0) {
        if (used === buffer.length) buffer = this.wordBuffer = growUint16(buffer, used + 1);
        buffer[used++] = c;
        partHash = hashStep(partHash, c);
        compoundHash = hashStep(compoundHash, c);
        if (++i === n) break;
        c = FOLD_CHARS[text.charCodeAt(i)];
      }
      words++;
      const partTerm = this.wordTerm(buffer, partStart, used - partStart, partHash);
      compoundParts++;
      const joined = i + 1 < n && isHyphen(text.charCodeAt(i)) && FOLD_CHARS[text.charCodeAt(i + 1)] !== 0;
      if (joined) {
        if (compoundParts === 1) firstPartTerm = partTerm;
        else if (partTerm >= 0) this.touch(partTerm, field);
        i++;
        continue;
      }
      let term: number;
      if (compoundParts === 1) {
        term = partTerm;
      } else {
        term = this.wordTerm(buffer, 0, used, compoundHash);
        if (firstPartTerm >= 0 && firstPartTerm !== term) this.touch(firstPartTerm, field);
        if (partTerm >= 0 && partTerm !== term) this.touch(partTerm, field);
      }
      compoundParts = 0;
      compoundHash = FNV_START;
      used = 0;
      if (term < 0) continue;
      this.touch(term, field);
      stream[length++] = term;
      if (this.synonymStart[term] === 1) hasSynonym = true;
    }
    if (hasSynonym) this.addSynonyms(field, length);
    return length;
  }

  /** `analyzeField` for a text folded with `fold` (the general, slower path). */
  private analyzeFolded(field: number, folded: string): number {
    const scanner = this.scanner;
    const count = scanner.scan(folded, MAX_FIELD_WORDS);
    if (this.stream.length < count) this.stream = new Int32Array(count);
    const stream = this.stream;
    let length = 0;
    let hasSynonym = false;
    for (let i = 0; i < count;) {
      let end = i;
      while (end + 1 < count && scanner.joined[end + 1] === 1) end++;
      let term: number;
      if (end === i) {
        const start = scanner.starts[i];
        const stop = scanner.ends[i];
        term = stop - start > MAX_WORD_LENGTH ? -1 : this.termOfRange(folded, start, stop);
      } else {
        let whole = '';
        for (let k = i; k <= end; k++) whole += folded.slice(scanner.starts[k], scanner.ends[k]);
        term = whole.length > MAX_WORD_LENGTH ? -1 : this.termOfSurface(whole);
        for (let k = i; k <= end; k++) {
          const start = scanner.starts[k];
          const stop = scanner.ends[k];
          if (stop - start > MAX_WORD_LENGTH) continue;
          const part = this.termOfRange(folded, start, stop);
          if (part >= 0 && part !== term) this.touch(part, field);
        }
      }
      i = end + 1;
      if (term < 0) continue;
      this.touch(term, field);
      stream[length++] = term;
      if (this.synonymStart[term] === 1) hasSynonym = true;
    }
    if (hasSynonym) this.addSynonyms(field, length);
    return length;
  }

  /** Adds the synonym group terms of the phrases in the field's word stream. */
  private addSynonyms(field: number, length: number): void {
    const stream = this.stream;
    for (let k = 0; k < length; k++) {
      const term = stream[k];
      if (this.synonymStart[term] !== 1) continue;
      for (const phrase of this.phrasesByFirstTerm.get(term) ?? []) {
        if (matchesAt(stream, length, k, phrase.terms)) this.touch(phrase.groupTerm, field);
      }
    }
  }

  remove(doc: number): void {
    if (this.alive[doc] === 0) return;
    this.alive[doc] = 0;
    this.liveCount--;
    this.deadCount++;
    this.docOfId.delete(this.ids[doc]);
    for (let field = 0; field < FIELD_COUNT; field++) {
      const length = this.lengths[doc * FIELD_COUNT + field];
      if (length > 0) {
        this.lengthSums[field] -= length;
        this.fieldDocs[field]--;
      }
    }
    this.titles[doc] = '';
    this.titleKeys[doc] = '';
    this.updatedAts[doc] = '';
    this.entityIds[doc] = '';
  }

  removeById(id: string): boolean {
    const doc = this.docOfId.get(id);
    if (doc === undefined) return false;
    this.remove(doc);
    return true;
  }

  /** Average length of a field over the documents that have it. */
  averageLength(field: number): number {
    return this.fieldDocs[field] > 0 ? this.lengthSums[field] / this.fieldDocs[field] : 1;
  }

  /**
   * Recomputes the length normalisation of every document when an average field length moved more
   * than 10% since the last time (cheap: one pass over the lengths).
   */
  refreshNorms(): void {
    let stale = false;
    for (let field = 0; field < FIELD_COUNT; field++) {
      const average = this.averageLength(field);
      const ratio = average / this.normAverages[field];
      if (ratio > 1.1 || ratio < 0.9) stale = true;
    }
    if (!stale) return;
    for (let field = 0; field < FIELD_COUNT; field++) this.normAverages[field] = this.averageLength(field);
    for (let doc = 0; doc < this.docCount; doc++) {
      for (let field = 0; field < FIELD_COUNT; field++) {
        const i = doc * FIELD_COUNT + field;
        this.norms[i] = this.norm(field, this.lengths[i], this.normAverages[field]);
      }
    }
  }

  /** Builds what the first search would otherwise build (the tries of new words). */
  prepareForSearch(): void {
    this.flushTries();
  }

  /** Whether enough tombstones piled up to make `compact` worth its pass over the postings. */
  get needsCompaction(): boolean {
    return this.deadCount > 1000 && this.deadCount > this.docCount * 0.2;
  }

  /**
   * Drops tombstones: renumbers documents and rewrites the postings without them. With `tight`, also
   * when there are none: the rewritten postings lose the room that growing blocks left (about a
   * third after a bulk load).
   */
  compact(tight = false): void {
    if (this.deadCount === 0 && !tight) return;
    const documents = this.docCount;
    const newId = new Int32Array(documents).fill(-1);
    let live = 0;
    for (let doc = 0; doc < documents; doc++) if (this.alive[doc] === 1) newId[doc] = live++;
    this.postings = this.postings.compact(newId, this.terms.length, this.df);
    for (let doc = 0; doc < documents; doc++) {
      const target = newId[doc];
      if (target < 0 || target === doc) continue;
      this.alive[target] = 1;
      this.type[target] = this.type[doc];
      this.status[target] = this.status[doc];
      this.year[target] = this.year[doc];
      this.createdAt[target] = this.createdAt[doc];
      this.hasFullText[target] = this.hasFullText[doc];
      this.ids[target] = this.ids[doc];
      this.entityIds[target] = this.entityIds[doc];
      this.titles[target] = this.titles[doc];
      this.titleKeys[target] = this.titleKeys[doc];
      this.updatedAts[target] = this.updatedAts[doc];
      for (let field = 0; field < FIELD_COUNT; field++) {
        this.lengths[target * FIELD_COUNT + field] = this.lengths[doc * FIELD_COUNT + field];
        this.norms[target * FIELD_COUNT + field] = this.norms[doc * FIELD_COUNT + field];
      }
    }
    this.alive.fill(0, live);
    this.ids.length = live;
    this.entityIds.length = live;
    this.titles.length = live;
    this.titleKeys.length = live;
    this.updatedAts.length = live;
    this.accessKeys.column.compact(newId, documents);
    for (const field of MULTI_VALUE_FIELDS) this.multi[field].column.compact(newId, documents);
    this.docOfId.clear();
    for (let doc = 0; doc < live; doc++) this.docOfId.set(this.ids[doc], doc);
    this.docCount = live;
    this.deadCount = 0;
  }

  /**
   * The whole index as snapshot parts. Compacts first (no tombstones) and builds the tries, so that
   * the snapshot is exactly what a restore needs; the postings are written tight.
   */
  save(writer: SnapshotWriter): void {
    this.compact();
    this.flushTries();
    const documents = this.docCount;
    const terms = this.terms.length;
    writer.json('index', {
      documents,
      terms,
      surfaces: this.surfaces.size,
      lengthSums: [...this.lengthSums],
      fieldDocs: [...this.fieldDocs],
      normAverages: [...this.normAverages],
    });
    writer.json('terms', this.terms);
    this.surfaces.save(writer);
    this.trie.save(writer, 'trie');
    this.reversedTrie.save(writer, 'reversedTrie');
    writer.array('firstSurfaceOfTerm', this.firstSurfaceOfTerm.subarray(0, terms));
    writer.array('nextSurfaceOfTerm', this.nextSurfaceOfTerm.subarray(0, this.surfaces.size));
    writer.array('df', this.df.subarray(0, terms));
    this.postings.save(writer, terms);
    writer.array('doc.type', this.type.subarray(0, documents));
    writer.array('doc.status', this.status.subarray(0, documents));
    writer.array('doc.year', this.year.subarray(0, documents));
    writer.array('doc.createdAt', this.createdAt.subarray(0, documents));
    writer.array('doc.hasFullText', this.hasFullText.subarray(0, documents));
    writer.array('doc.lengths', this.lengths.subarray(0, documents * FIELD_COUNT));
    writer.array('doc.norms', this.norms.subarray(0, documents * FIELD_COUNT));
    writer.json('doc.strings', {
      ids: this.ids,
      entityIds: this.entityIds,
      titles: this.titles,
      titleKeys: this.titleKeys,
      updatedAts: this.updatedAts,
    });
    this.accessKeys.column.save(writer, 'accessKeys', documents);
    this.accessKeys.dictionary.save(writer, 'accessKeys.dictionary');
    this.statuses.save(writer, 'statuses');
    for (const field of MULTI_VALUE_FIELDS) {
      this.multi[field].column.save(writer, field, documents);
      this.multi[field].dictionary.save(writer, `${field}.dictionary`);
    }
  }

  /**
   * An index restored from a snapshot made with the same synonyms (the caller checks that through
   * a fingerprint). Throws when the snapshot is inconsistent; the caller then re-indexes.
   */
  static restore(synonyms: SynonymTable, reader: SnapshotReader): EmbeddedIndex {
    const index = new EmbeddedIndex(synonyms);
    const meta = reader.json<{
      documents: number;
      terms: number;
      surfaces: number;
      lengthSums: number[];
      fieldDocs: number[];
      normAverages: number[];
    }>('index');
    const terms = reader.json<string[]>('terms');
    // The constructor made the synonym terms first; the snapshot must start with the same ones.
    for (let id = 0; id < index.terms.length; id++) {
      if (terms[id] !== index.terms[id]) throw new Error('The snapshot was made with other synonyms');
    }
    for (let id = index.terms.length; id < terms.length; id++) index.termOf(terms[id]);
    if (index.terms.length !== meta.terms) throw new Error('The snapshot terms are inconsistent');
    index.pendingSurfaces = [];
    index.pendingStems = [];
    index.surfaces = SurfaceTable.load(reader);
    index.trie.load(reader, 'trie');
    index.reversedTrie.load(reader, 'reversedTrie');
    const termCapacity = index.df.length;
    index.firstSurfaceOfTerm = withCapacity(
      reader.int32('firstSurfaceOfTerm'),
      termCapacity,
      (n) => new Int32Array(n),
    );
    index.nextSurfaceOfTerm = reader.int32('nextSurfaceOfTerm');
    index.df = withCapacity(reader.uint32('df'), termCapacity, (n) => new Uint32Array(n));
    index.postings = PostingsPool.load(reader, meta.terms);
    index.postings.ensureTerms(termCapacity);

    const documents = meta.documents;
    index.ensureDocs(documents + 1);
    const capacity = index.alive.length;
    index.alive.fill(1, 0, documents);
    index.type.set(reader.uint8('doc.type'));
    index.status.set(reader.uint32('doc.status'));
    index.year.set(reader.int32('doc.year'));
    index.createdAt.set(reader.float64('doc.createdAt'));
    index.hasFullText.set(reader.uint8('doc.hasFullText'));
    index.lengths = withCapacity(
      reader.uint32('doc.lengths'),
      capacity * FIELD_COUNT,
      (n) => new Uint32Array(n),
    );
    index.norms = withCapacity(
      reader.float32('doc.norms'),
      capacity * FIELD_COUNT,
      (n) => new Float32Array(n),
    );
    const strings = reader.json<{
      ids: string[];
      entityIds: string[];
      titles: string[];
      titleKeys: string[];
      updatedAts: string[];
    }>('doc.strings');
    index.ids = strings.ids;
    index.entityIds = strings.entityIds;
    index.titles = strings.titles;
    index.titleKeys = strings.titleKeys;
    index.updatedAts = strings.updatedAts;
    if (index.ids.length !== documents) throw new Error('The snapshot documents are inconsistent');
    for (let doc = 0; doc < documents; doc++) index.docOfId.set(index.ids[doc], doc);
    index.docCount = documents;
    index.liveCount = documents;
    index.deadCount = 0;
    for (let field = 0; field < FIELD_COUNT; field++) {
      index.lengthSums[field] = meta.lengthSums[field];
      index.fieldDocs[field] = meta.fieldDocs[field];
      index.normAverages[field] = meta.normAverages[field];
    }
    index.accessKeys.column.load(reader, 'accessKeys', documents);
    index.accessKeys.dictionary.load(reader, 'accessKeys.dictionary');
    index.statuses.load(reader, 'statuses');
    for (const field of MULTI_VALUE_FIELDS) {
      index.multi[field].column.load(reader, field, documents);
      index.multi[field].dictionary.load(reader, `${field}.dictionary`);
    }
    return index;
  }

  /** Rough bytes of the typed arrays (for diagnostics). */
  get approximateBytes(): number {
    return this.postings.bytes + this.capacity * (FIELD_COUNT * 8 + 24);
  }
}

function matchesAt(stream: Int32Array, length: number, at: number, terms: Int32Array): boolean {
  if (at + terms.length > length) return false;
  for (let i = 0; i < terms.length; i++) if (stream[at + i] !== terms[i]) return false;
  return true;
}

function reverse(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

export { reverse as reverseString };
