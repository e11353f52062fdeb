/**
 * From a query string to what the searcher scores: *units* (one per query word, each a small set of
 * weighted index terms) and *groups* (what must match: a word, or a synonym phrase / hyphenated
 * compound that can match in more than one way).
 *
 * A unit's terms, by weight:
 * - 1.0 the word's stem and its inflection variants in the vocabulary (`fiets`/`fietsen`, which the
 *   Snowball stemmer does not unify);
 * - 0.95 the synthetic term of its synonym group (documents with any phrase of the group carry it);
 * - 0.8 words starting with the last query word (search as you type);
 * - 0.6 / 0.4 words within one / two typos (5+ / 9+ letters, first letter counts double);
 * - 0.5 compounds that start with the word (`armoede` → `armoedebeleid`), 0.4 compounds that end
 *   with it (`akkoord` → `sportakkoord`), for words of 5+ letters: a compound is a vocabulary word
 *   whose other part is a vocabulary word too (after a linking `s`, `e` or `en`), or at least 4
 *   letters long — so `evalua` does not reach `evaluatie` (`tie`) this way.
 * At most `MAX_EXPANSIONS` terms per unit (the heaviest, then the most frequent).
 *
 * A query word that is not in the vocabulary but splits into two vocabulary words (`kinderarmoede`
 * → `kinder` + `armoede`) may also match as both parts (an alternative of its group).
 */
import { type QueryWord, analyzeQueryWords, stem } from './analyzer';
import { type EmbeddedIndex, reverseString } from './inverted-index';

export const WEIGHT_EXACT = 1;
export const WEIGHT_SYNONYM = 0.95;
export const WEIGHT_PREFIX = 0.8;
export const WEIGHT_TYPO_1 = 0.6;
export const WEIGHT_TYPO_2 = 0.4;
export const WEIGHT_COMPOUND_HEAD = 0.5;
export const WEIGHT_COMPOUND_TAIL = 0.4;
const MAX_EXPANSIONS = 48;
/** Units (query words) per query; later words are ignored. */
export const MAX_UNITS = 30;
const MIN_COMPOUND_STEM = 5;
/** Shortest part of a compound: a vocabulary word, or any other letters. */
const MIN_PART = 3;
const MIN_OTHER_PART = 4;
/** Linking sounds between the parts of a Dutch compound (`beleid-s-plan`, `armoede-n-…`). */
const LINKING = ['s', 'e', 'en', 'n'];
const INFLECTION_SUFFIXES = ['en', 's', 'e', 'n', 'es'];

export interface Expansion {
  readonly term: number;
  readonly weight: number;
  readonly typos: number;
}

export interface QueryUnit {
  readonly expansions: readonly Expansion[];
  /** The folded query word, and whether it matched as a prefix (for suggestion highlighting). */
  readonly surface: string;
  readonly prefix: boolean;
}

/** A group matches a document when all units of one of its alternatives (bit masks) match. */
export interface QueryGroup {
  readonly alternatives: readonly number[];
}

export interface QueryPlan {
  readonly units: readonly QueryUnit[];
  readonly groups: readonly QueryGroup[];
  /** Every term that counts as a match (for highlighting). */
  readonly matchedTerms: ReadonlySet<number>;
  /** Per matched term the bit mask of the units it belongs to. */
  readonly unitsOfTerm: ReadonlyMap<number, number>;
}

export interface PlanOptions {
  readonly typoTolerance: boolean;
  readonly prefixLastWord: boolean;
}

class ExpansionSet {
  readonly byTerm = new Map<number, { weight: number; typos: number }>();

  add(term: number, weight: number, typos: number): void {
    if (term < 0) return;
    const current = this.byTerm.get(term);
    if (current === undefined) this.byTerm.set(term, { weight, typos });
    else if (weight > current.weight || (weight === current.weight && typos < current.typos)) {
      current.weight = weight;
      current.typos = typos;
    }
  }
}

/** A vocabulary word (not a stop word) that occurs in some document. */
function isKnownPart(index: EmbeddedIndex, part: string): boolean {
  if (part.length < MIN_PART) return false;
  const term = index.lookupSurface(part);
  return term >= 0 && index.df[term] > 0;
}

/** `rest` can be the second part of a compound: long enough, or a vocabulary word (after a linking sound). */
function isTail(index: EmbeddedIndex, rest: string): boolean {
  if (rest.length >= MIN_OTHER_PART || isKnownPart(index, rest)) return true;
  return LINKING.some((link) => rest.startsWith(link) && isKnownPart(index, rest.slice(link.length)));
}

/** `head` can be the first part of a compound: long enough, or a vocabulary word (before a linking sound). */
function isHead(index: EmbeddedIndex, head: string): boolean {
  if (head.length >= MIN_OTHER_PART || isKnownPart(index, head)) return true;
  return LINKING.some((link) => head.endsWith(link) && isKnownPart(index, head.slice(0, -link.length)));
}

/**
 * Two vocabulary words that make up `surface` (`kinderarmoede` → `kinder`, `armoede`), the most
 * balanced split; null when there is none.
 */
export function splitCompound(index: EmbeddedIndex, surface: string): [string, string] | null {
  let best: [string, string] | null = null;
  let bestScore = -1;
  for (let i = MIN_PART; i <= surface.length - MIN_PART; i++) {
    const head = surface.slice(0, i);
    const tail = surface.slice(i);
    if (!isKnownPart(index, tail)) continue;
    let word = isKnownPart(index, head) ? head : null;
    if (word === null) {
      const link = LINKING.find((l) => head.endsWith(l) && isKnownPart(index, head.slice(0, -l.length)));
      if (link !== undefined) word = head.slice(0, -link.length);
    }
    if (word === null) continue;
    const score = Math.min(word.length, tail.length) * 100 + tail.length;
    if (score > bestScore) {
      bestScore = score;
      best = [word, tail];
    }
  }
  return best;
}

interface BuiltUnit {
  readonly unit: QueryUnit;
  /** Whether the word itself (or an inflection or synonym) is in some document. */
  readonly exact: boolean;
}

function buildUnit(index: EmbeddedIndex, word: QueryWord, prefix: boolean, options: PlanOptions): BuiltUnit {
  const set = new ExpansionSet();
  const { surface } = word;
  const exactTerms: number[] = [];
  const exact = (term: number) => {
    if (term < 0) return;
    set.add(term, WEIGHT_EXACT, 0);
    exactTerms.push(term);
  };
  exact(index.lookupSurface(surface));
  exact(index.findTerm(word.stem));
  for (const suffix of INFLECTION_SUFFIXES) {
    const longer = index.surfaces.get(surface + suffix);
    if (longer !== undefined) exact(longer);
    if (surface.length - suffix.length >= 3 && surface.endsWith(suffix)) {
      const shorter = index.surfaces.get(surface.slice(0, -suffix.length));
      if (shorter !== undefined) exact(shorter);
    }
  }
  for (const term of exactTerms) {
    for (const group of index.groupTermsOfTerm.get(term) ?? []) set.add(group, WEIGHT_SYNONYM, 0);
  }
  if (prefix) {
    index.surfaceTrie.forEachWithPrefix(surface, (term) => set.add(term, WEIGHT_PREFIX, 0), 20_000);
  }
  if (surface.length >= MIN_COMPOUND_STEM && !/\d/.test(surface)) {
    // Compounds that start with the word (or its stem: `woning` → `woningbouw`).
    const heads =
      word.stem.length >= MIN_COMPOUND_STEM && word.stem !== surface ? [surface, word.stem] : [surface];
    for (const head of heads) {
      index.surfaceTrie.forEachCompletion(head, (term, rest) => {
        if (isTail(index, rest)) set.add(term, WEIGHT_COMPOUND_HEAD, 0);
      });
    }
    // Compounds that end with it (`akkoord` → `sportakkoord`).
    index.reversedStemTrie.forEachCompletion(reverseString(word.stem), (term, restReversed) => {
      if (isHead(index, reverseString(restReversed))) set.add(term, WEIGHT_COMPOUND_TAIL, 0);
    });
  }
  if (options.typoTolerance && surface.length >= 5 && !/\d/.test(surface)) {
    const maxTypos = surface.length >= 9 ? 2 : 1;
    index.surfaceTrie.fuzzy(surface, maxTypos, prefix, (term, distance, isPrefix) => {
      if (distance === 0) {
        set.add(term, isPrefix ? WEIGHT_PREFIX : WEIGHT_EXACT, 0);
        return;
      }
      const weight = (distance === 1 ? WEIGHT_TYPO_1 : WEIGHT_TYPO_2) * (isPrefix ? WEIGHT_PREFIX : 1);
      set.add(term, weight, distance);
      if (!isPrefix) {
        for (const group of index.groupTermsOfTerm.get(term) ?? []) {
          set.add(group, weight * WEIGHT_SYNONYM, distance);
        }
      }
    });
  }
  let expansions: Expansion[] = [];
  for (const [term, { weight, typos }] of set.byTerm) expansions.push({ term, weight, typos });
  if (expansions.length > MAX_EXPANSIONS) {
    expansions.sort(
      (a, b) => b.weight - a.weight || a.typos - b.typos || index.df[b.term] - index.df[a.term],
    );
    expansions = expansions.slice(0, MAX_EXPANSIONS);
  }
  const found = expansions.some((e) => e.weight >= WEIGHT_SYNONYM && e.typos === 0 && index.df[e.term] > 0);
  return { unit: { expansions, surface, prefix }, exact: found };
}

/** Plans a query against the index's vocabulary. An empty plan (no units) means "no text query". */
export function planQuery(index: EmbeddedIndex, query: string, options: PlanOptions): QueryPlan {
  const words = analyzeQueryWords(query).slice(0, MAX_UNITS);
  const units: QueryUnit[] = [];
  const groups: QueryGroup[] = [];
  const addUnit = (unit: QueryUnit): number => {
    units.push(unit);
    return 1 << (units.length - 1);
  };
  const synonymPhrases = index.synonyms.byFirstStem;
  for (let i = 0; i < words.length && units.length < MAX_UNITS;) {
    const isLast = (k: number) => k === words.length - 1 && options.prefixLastWord;
    // A synonym phrase of two or more words: the phrase's words, or any other phrase of its group.
    const phrase = (synonymPhrases.get(words[i].stem) ?? []).find(
      (candidate) =>
        candidate.stems.length > 1 &&
        candidate.stems.length <= words.length - i &&
        candidate.stems.every((s, k) => words[i + k].stem === s),
    );
    if (phrase && units.length + phrase.stems.length + 1 <= MAX_UNITS) {
      let wordsMask = 0;
      for (let k = 0; k < phrase.stems.length; k++) {
        wordsMask |= addUnit(buildUnit(index, words[i + k], isLast(i + k), options).unit);
      }
      const groupTerm = index.groupTerms[phrase.group];
      const groupMask = addUnit({
        expansions: [{ term: groupTerm, weight: WEIGHT_EXACT, typos: 0 }],
        surface: '',
        prefix: false,
      });
      groups.push({ alternatives: [wordsMask, groupMask] });
      i += phrase.stems.length;
      continue;
    }
    const word = words[i];
    const whole = buildUnit(index, word, isLast(i), options);
    const alternatives = [addUnit(whole.unit)];
    if (word.parts.length > 1 && units.length + word.parts.length <= MAX_UNITS) {
      // A hyphenated compound: also its parts.
      let partsMask = 0;
      word.parts.forEach((part, k) => {
        const last = isLast(i) && k === word.parts.length - 1;
        partsMask |= addUnit(buildUnit(index, { ...part, parts: [] }, last, options).unit);
      });
      alternatives.push(partsMask);
    } else if (!whole.exact && units.length + 2 <= MAX_UNITS) {
      // A word no document has: its two parts, if it is a compound of vocabulary words.
      const split = splitCompound(index, word.surface);
      if (split) {
        const partOptions = { ...options, typoTolerance: false };
        let partsMask = 0;
        for (const part of split) {
          const analyzed = { surface: part, stem: stem(part), parts: [] };
          partsMask |= addUnit(buildUnit(index, analyzed, false, partOptions).unit);
        }
        alternatives.push(partsMask);
      }
    }
    groups.push({ alternatives });
    i++;
  }
  const unitsOfTerm = new Map<number, number>();
  units.forEach((unit, u) => {
    for (const { term } of unit.expansions) unitsOfTerm.set(term, (unitsOfTerm.get(term) ?? 0) | (1 << u));
  });
  return { units, groups, matchedTerms: new Set(unitsOfTerm.keys()), unitsOfTerm };
}
