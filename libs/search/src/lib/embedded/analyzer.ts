/**
 * Dutch text analysis of the embedded engine, shared by indexing, querying and highlighting:
 *
 * - folding: lower case, diacritics removed (`café` → `cafe`, `geëscaleerde` → `geescaleerde`,
 *   `ĳ` → `ij`);
 * - words: runs of letters and digits; words joined by a hyphen (`pv-panelen`, `Noord-Holland`) are
 *   also one compound word, indexed both whole (`pvpanelen`) and as its parts;
 * - Dutch stop words (the Snowball list of `DUTCH_STOP_WORDS`) are dropped;
 * - Snowball Dutch stemming (`@orama/stemmers`), so that `woning` and `woningen` are one term;
 * - synonym groups (`DUTCH_SYNONYMS` plus extra groups), also multi-word: each phrase is a sequence
 *   of stems, and a group is found through any of its phrases.
 */
import { stemmer } from '@orama/stemmers/dutch';
import { DUTCH_STOP_WORDS, DUTCH_SYNONYMS } from '../dutch';

/** 1 for the UTF-16 code units that belong to words: letters, combining marks and digits. */
const WORD_CHARS = (() => {
  const table = new Uint8Array(65536);
  const word = /[\p{L}\p{M}\p{N}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (c < 128) {
      table[c] = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
    } else {
      table[c] = word.test(String.fromCharCode(c)) ? 1 : 0;
    }
  }
  return table;
})();

export function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

const COMBINING_MARKS = /\p{M}/gu;

// eslint-disable-next-line no-control-regex
const NON_ASCII_CHARS = /[^\u0000-\u007f]/g;
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = char.normalize('NFKD').replace(COMBINING_MARKS, '');
    if (foldedChars.size < 10_000) foldedChars.set(char, folded);
  }
  return folded;
}

/** Lower case without diacritics (each non-ASCII character decomposed, its marks dropped). */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.replace(NON_ASCII_CHARS, foldChar) : lower;
}

/** Marks a word character that `FOLD_CHARS` cannot fold on its own (the text needs `fold`). */
export const COMPLEX_CHAR = 0xffff;

/**
 * Per UTF-16 code unit: 0 for a separator, the folded character for letters and digits of Latin-1
 * and Latin Extended (`É` → `e`, `ë` → `e`), or `COMPLEX_CHAR` for everything that folds to more or
 * less than one character or is outside those blocks (`ĳ`, combining marks, other scripts). Lets
 * indexing fold, split and hash a text in one pass without creating strings.
 */
export const FOLD_CHARS = (() => {
  const table = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (WORD_CHARS[c] === 0) continue;
    if (c < 128) {
      table[c] = c >= 65 && c <= 90 ? c + 32 : c;
    } else if (c < 0x250) {
      const folded = fold(String.fromCharCode(c));
      table[c] =
        folded.length === 1 && WORD_CHARS[folded.charCodeAt(0)] === 1 && folded.charCodeAt(0) < 0x250
          ? folded.charCodeAt(0)
          : COMPLEX_CHAR;
    } else {
      table[c] = COMPLEX_CHAR;
    }
  }
  return table;
})();

export function isWordChar(c: number): boolean {
  return WORD_CHARS[c] === 1;
}

/** Words longer than this are not indexed (identifiers, URLs glued together, garbage). */
export const MAX_WORD_LENGTH = 48;

/**
 * Splits a text into words. After `scan`, word `i` is `text.slice(starts[i], ends[i])`, and
 * `joined[i]` is 1 when it follows word `i - 1` after exactly one hyphen (a compound such as
 * `pv-panelen` is words 0 and 1 with `joined[1] = 1`). Buffers are reused between calls.
 */
export class WordScanner {
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  joined = new Uint8Array(1024);
  count = 0;

  scan(text: string, maxWords = Number.MAX_SAFE_INTEGER): number {
    let count = 0;
    const length = text.length;
    let i = 0;
    let previousEnd = -2;
    while (i < length && count < maxWords) {
      while (i < length && WORD_CHARS[text.charCodeAt(i)] === 0) i++;
      if (i >= length) break;
      const start = i;
      while (i < length && WORD_CHARS[text.charCodeAt(i)] === 1) i++;
      if (count === this.starts.length) this.grow();
      this.starts[count] = start;
      this.ends[count] = i;
      this.joined[count] = previousEnd === start - 1 && isHyphen(text.charCodeAt(start - 1)) ? 1 : 0;
      previousEnd = i;
      count++;
    }
    this.count = count;
    return count;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const joined = new Uint8Array(size);
    joined.set(this.joined);
    this.starts = starts;
    this.ends = ends;
    this.joined = joined;
  }

  /** Index of the last word of the compound that starts at word `i`. */
  compoundEnd(i: number): number {
    let j = i;
    while (j + 1 < this.count && this.joined[j + 1] === 1) j++;
    return j;
  }
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export const STOP_WORDS: ReadonlySet<string> = new Set(DUTCH_STOP_WORDS.map(fold));

/** The stem of a folded word; words with digits stay as they are. */
export function stem(word: string): string {
  return hasDigit(word) ? word : stemmer(word);
}

/** A folded word of a query (or of a synonym phrase) with its stem. */
export interface AnalyzedWord {
  readonly surface: string;
  readonly stem: string;
}

/** One word of a query; a hyphenated compound also lists its parts. */
export interface QueryWord extends AnalyzedWord {
  readonly parts: readonly AnalyzedWord[];
}

function analyzeWord(surface: string): AnalyzedWord {
  return { surface, stem: stem(surface) };
}

/**
 * The words of a text as a query sees them: folded, compounds joined (with their parts), stop words
 * dropped — unless every word is a stop word, then the last one is kept (someone typing "de" gets
 * suggestions). Words longer than `MAX_WORD_LENGTH` are cut.
 */
export function analyzeQueryWords(text: string): QueryWord[] {
  const folded = fold(text);
  const scanner = new WordScanner();
  const count = scanner.scan(folded, 256);
  const words: QueryWord[] = [];
  let lastStop: QueryWord | undefined;
  for (let i = 0; i < count;) {
    const end = scanner.compoundEnd(i);
    const partSurfaces: string[] = [];
    for (let k = i; k <= end; k++) partSurfaces.push(folded.slice(scanner.starts[k], scanner.ends[k]));
    i = end + 1;
    const surface = partSurfaces.join('').slice(0, MAX_WORD_LENGTH);
    const parts =
      partSurfaces.length > 1
        ? partSurfaces.filter((part) => !STOP_WORDS.has(part)).map((part) => analyzeWord(part))
        : [];
    const word: QueryWord = { ...analyzeWord(surface), parts };
    if (STOP_WORDS.has(surface)) {
      lastStop = word;
      continue;
    }
    words.push(word);
  }
  if (words.length === 0 && lastStop) words.push(lastStop);
  return words;
}

/** The stems of a synonym phrase, the way a document's words are indexed (stop words dropped). */
export function phraseStems(phrase: string): string[] {
  const folded = fold(phrase);
  const scanner = new WordScanner();
  const count = scanner.scan(folded);
  const stems: string[] = [];
  for (let i = 0; i < count;) {
    const end = scanner.compoundEnd(i);
    let surface = '';
    for (let k = i; k <= end; k++) surface += folded.slice(scanner.starts[k], scanner.ends[k]);
    i = end + 1;
    if (!STOP_WORDS.has(surface)) stems.push(stem(surface));
  }
  return stems;
}

/** One way of saying a synonym group's meaning: a sequence of stems (`['wet', 'maatschapp', 'ondersteun']`). */
export interface SynonymPhrase {
  readonly stems: readonly string[];
  readonly group: number;
}

/**
 * Synonym groups compiled to stem phrases. Groups that share a phrase are merged (equivalence is
 * transitive), like the Meilisearch adapter does.
 */
export class SynonymTable {
  /** Per group its phrases. */
  readonly groups: readonly (readonly SynonymPhrase[])[];
  /** Phrases by their first stem, longest first. */
  readonly byFirstStem: ReadonlyMap<string, readonly SynonymPhrase[]>;

  constructor(extraGroups: readonly (readonly string[])[] = []) {
    const classes: string[][] = [];
    for (const group of [...DUTCH_SYNONYMS, ...extraGroups]) {
      const keys = [
        ...new Set(group.map((phrase) => phraseStems(phrase).join(' ')).filter((key) => key.length > 0)),
      ];
      if (keys.length === 0) continue;
      const overlapping = classes.filter((cls) => cls.some((key) => keys.includes(key)));
      const merged = overlapping.flat();
      for (const key of keys) if (!merged.includes(key)) merged.push(key);
      for (const cls of overlapping) classes.splice(classes.indexOf(cls), 1);
      classes.push(merged);
    }
    const groups: SynonymPhrase[][] = [];
    const byFirstStem = new Map<string, SynonymPhrase[]>();
    for (const cls of classes) {
      if (cls.length < 2) continue;
      const group = groups.length;
      const phrases = cls.map((key) => ({ stems: key.split(' '), group }));
      groups.push(phrases);
      for (const phrase of phrases) {
        const list = byFirstStem.get(phrase.stems[0]) ?? [];
        list.push(phrase);
        list.sort((a, b) => b.stems.length - a.stems.length);
        byFirstStem.set(phrase.stems[0], list);
      }
    }
    this.groups = groups;
    this.byFirstStem = byFirstStem;
  }

  /** The groups that a single stem belongs to as a one-word phrase. */
  groupsOfStem(stemValue: string): number[] {
    const groups: number[] = [];
    for (const phrase of this.byFirstStem.get(stemValue) ?? []) {
      if (phrase.stems.length === 1) groups.push(phrase.group);
    }
    return groups;
  }
}

/** Escapes text for HTML (element content and attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
