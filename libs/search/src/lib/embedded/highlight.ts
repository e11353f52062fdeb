/**
 * Snippets with `<mark>` around the words that matched: the original text is split into words (with
 * their offsets), each word is recognised like at indexing (folded, looked up) and marked when its
 * term is one of the query's matched terms (exact, inflection, synonym, prefix, compound or typo).
 * Synonym phrases (`Wet maatschappelijke ondersteuning` for `wmo`) are marked word by word.
 * Everything else is HTML-escaped, so the only markup in a snippet is `<mark>…</mark>`.
 *
 * Long texts are cut to a window of about 30 words: the window with the most distinct query words,
 * then the most marks, with `…` where the text was cut.
 *
 * Speed: a page has up to 100 hits, and a report's full text has up to tens of thousands of words.
 * - Words are looked up in a small table of just the surface words that can matter for this query
 *   (`SurfaceMatcher`), by a hash computed while scanning the characters; no string per word.
 * - A long text is searched with one native regular expression for those words; only the few
 *   hundred characters around the best cluster of matches are split into words.
 */
import { COMPLEX_CHAR, FOLD_CHARS, STOP_WORDS, WordScanner, escapeHtml, fold, isHyphen } from './analyzer';
import type { EmbeddedIndex } from './inverted-index';
import type { QueryPlan } from './query-plan';
import { FNV_START, hashRange, hashStep } from './surface-table';

export const SNIPPET_WORDS = 30;
const ELLIPSIS = '…';
/** Texts longer than this (in characters) are searched for their matches with one regular expression. */
const LONG_TEXT = 3000;
/** Characters around the densest cluster of matches that are split into words for the snippet. */
const CONTEXT_CHARS = 320;
/** Matches further apart than this (characters) are not one cluster. */
const CLUSTER_CHARS = 180;
const MAX_MATCHES = 2000;
/** A word's term when it is neither a stop word nor a word the query cares about. */
const OTHER = -3;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

interface Marked {
  /** Words (a hyphenated compound is one word): offsets in the text. */
  readonly words: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Per word its term: -1 stop word, `OTHER` (fast path) or -2 (unknown) for anything else. */
  readonly terms: Int32Array;
  /** Per word: 1 when (some of) it is marked. */
  readonly hit: Uint8Array;
  /** Per word: the query units it matched (bit mask). */
  readonly units: Int32Array;
  /** Marked ranges (offsets), in text order. */
  markStarts: number[];
  markEnds: number[];
}

/**
 * For the general path: whether a word is marked. `term` is its term (-1 stop word, -2 unknown), the
 * folded word `folded[from, to)`, its offsets in the original text `start, end`. Returns the range.
 */
type WordMatcher = (
  term: number,
  folded: string,
  from: number,
  to: number,
  start: number,
  end: number,
) => readonly [number, number] | null;

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/** Per-unit counts of a sliding window, and how many distinct units are in it. */
class UnitWindow {
  private readonly counts = new Int32Array(32);
  distinct = 0;

  add(mask: number): void {
    for (let m = mask; m !== 0; m &= m - 1) {
      const bit = 31 - Math.clz32(m & -m);
      if (this.counts[bit]++ === 0) this.distinct++;
    }
  }

  remove(mask: number): void {
    for (let m = mask; m !== 0; m &= m - 1) {
      const bit = 31 - Math.clz32(m & -m);
      if (--this.counts[bit] === 0) this.distinct--;
    }
  }
}

/** Group terms of the plan's synonym groups (their phrases are marked in the text). */
function matchedGroupTerms(index: EmbeddedIndex, plan: QueryPlan): number[] {
  return index.groupTerms.filter((term) => plan.matchedTerms.has(term));
}

/**
 * The words that can matter for a plan, in a small hash table (it fits in the L1 cache): the
 * surface words of every matched term (marked), the words of the matched synonym groups' phrases
 * and the stop words (both needed to recognise a phrase, not marked by themselves).
 */
class SurfaceMatcher {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly hashes: number[] = [];
  readonly keys: string[] = [];
  readonly terms: number[] = [];
  readonly marked: boolean[] = [];

  constructor(index: EmbeddedIndex, plan: QueryPlan) {
    const seen = new Set<string>();
    const add = (surface: string, term: number, marked: boolean) => {
      if (seen.has(surface)) return;
      seen.add(surface);
      this.keys.push(surface);
      this.hashes.push(hashRange(surface, 0, surface.length));
      this.terms.push(term);
      this.marked.push(marked);
    };
    for (const term of plan.matchedTerms)
      for (const surface of index.surfacesOfTerm(term)) add(surface, term, true);
    const groups = matchedGroupTerms(index, plan);
    if (groups.length > 0) {
      for (const phrase of index.phrasesOfGroups(groups)) {
        for (const term of phrase)
          for (const surface of index.surfacesOfTerm(term)) add(surface, term, false);
      }
      for (const word of STOP_WORDS) add(word, -1, false);
    }
    let size = 16;
    while (size < this.keys.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 0; id < this.keys.length; id++) {
      let slot = this.hashes[id] & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id + 1;
    }
  }

  /** The entry of the word `text[start, end)`, or -1. */
  findRange(text: string, start: number, end: number): number {
    const hash = hashRange(text, start, end);
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.hashes[id] !== hash) continue;
      const key = this.keys[id];
      if (key.length !== length) continue;
      let i = 0;
      while (i < length && key.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === length) return id;
    }
  }

  /** The entry of the word in `buffer[start, start + length)`, or -1. */
  find(buffer: Uint16Array, start: number, length: number, hash: number): number {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.hashes[id] !== hash) continue;
      const key = this.keys[id];
      if (key.length !== length) continue;
      let i = 0;
      while (i < length && key.charCodeAt(i) === buffer[start + i]) i++;
      if (i === length) return id;
    }
  }
}

const matchers = new WeakMap<QueryPlan, SurfaceMatcher>();

function matcherFor(index: EmbeddedIndex, plan: QueryPlan): SurfaceMatcher {
  let matcher = matchers.get(plan);
  if (!matcher) {
    matcher = new SurfaceMatcher(index, plan);
    matchers.set(plan, matcher);
  }
  return matcher;
}

let wordBuffer = new Uint16Array(256);

/**
 * Splits and marks a text in one pass over its characters (folding with `FOLD_CHARS`, hashing as it
 * goes). Returns null when the text has a character that needs Unicode folding (then `markWords`
 * does the work).
 */
function markWordsFast(index: EmbeddedIndex, plan: QueryPlan, text: string): Marked | null {
  const matcher = matcherFor(index, plan);
  const n = text.length;
  const unitsOfTerm = plan.unitsOfTerm;
  const starts: number[] = [];
  const ends: number[] = [];
  const terms: number[] = [];
  const units: number[] = [];
  const hits: number[] = [];
  const markStarts: number[] = [];
  const markEnds: number[] = [];
  const partStarts: number[] = [];
  const partEnds: number[] = [];
  const partEntries: number[] = [];
  let buffer = wordBuffer;
  let i = 0;
  while (i < n) {
    let c = FOLD_CHARS[text.charCodeAt(i)];
    if (c === 0) {
      i++;
      continue;
    }
    // A word, and the words a hyphen joins to it (a compound).
    const compoundStart = i;
    let used = 0;
    let compoundHash = FNV_START;
    let parts = 0;
    for (;;) {
      const partStart = i;
      const partBuffer = used;
      let partHash = FNV_START;
      while (c !== 0) {
        if (c === COMPLEX_CHAR) return null;
        if (used === buffer.length) {
          const grown = new Uint16Array(buffer.length * 2);
          grown.set(buffer);
          buffer = wordBuffer = grown;
        }
        buffer[used++] = c;
        partHash = hashStep(partHash, c);
        compoundHash = hashStep(compoundHash, c);
        if (++i === n) break;
        c = FOLD_CHARS[text.charCodeAt(i)];
      }
      partStarts[parts] = partStart;
      partEnds[parts] = i;
      partEntries[parts] = matcher.find(buffer, partBuffer, used - partBuffer, partHash);
      parts++;
      if (i + 1 < n && isHyphen(text.charCodeAt(i)) && FOLD_CHARS[text.charCodeAt(i + 1)] !== 0) {
        i++;
        c = FOLD_CHARS[text.charCodeAt(i)];
        continue;
      }
      break;
    }
    const w = starts.length;
    starts.push(compoundStart);
    ends.push(i);
    const whole = parts === 1 ? partEntries[0] : matcher.find(buffer, 0, used, compoundHash);
    let wordUnits = 0;
    let hit = false;
    if (whole >= 0 && matcher.marked[whole]) {
      markStarts.push(compoundStart);
      markEnds.push(i);
      wordUnits = unitsOfTerm.get(matcher.terms[whole]) ?? 0;
      hit = true;
    } else if (parts > 1) {
      for (let k = 0; k < parts; k++) {
        const entry = partEntries[k];
        if (entry < 0 || !matcher.marked[entry]) continue;
        markStarts.push(partStarts[k]);
        markEnds.push(partEnds[k]);
        wordUnits |= unitsOfTerm.get(matcher.terms[entry]) ?? 0;
        hit = true;
      }
    }
    terms.push(whole >= 0 ? matcher.terms[whole] : OTHER);
    units.push(wordUnits);
    if (hit) hits.push(w);
  }
  const words = starts.length;
  const hitFlags = new Uint8Array(words);
  for (const w of hits) hitFlags[w] = 1;
  return {
    words,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    terms: Int32Array.from(terms),
    hit: hitFlags,
    units: Int32Array.from(units),
    markStarts,
    markEnds,
  };
}

const scanner = new WordScanner();

/** The general path: any text (Unicode folding per word), any matcher (suggestions mark prefixes). */
function markWords(index: EmbeddedIndex, plan: QueryPlan, text: string, isMatch: WordMatcher): Marked {
  const lowered = fold(text);
  // Folding keeps the offsets for (almost) every text; otherwise each word is folded on its own.
  const direct = lowered.length === text.length;
  const count = scanner.scan(direct ? lowered : text);
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const terms = new Int32Array(count);
  const units = new Int32Array(count);
  const hit = new Uint8Array(count);
  const markStarts: number[] = [];
  const markEnds: number[] = [];
  const unitsOfTerm = plan.unitsOfTerm;
  let words = 0;
  const mark = (w: number, term: number, range: readonly [number, number] | null) => {
    if (!range) return;
    markStarts.push(range[0]);
    markEnds.push(range[1]);
    hit[w] = 1;
    units[w] |= unitsOfTerm.get(term) ?? 0;
  };
  for (let i = 0; i < count;) {
    const end = scanner.compoundEnd(i);
    const compoundStart = scanner.starts[i];
    const compoundEnd = scanner.ends[end];
    const w = words++;
    starts[w] = compoundStart;
    ends[w] = compoundEnd;
    if (end === i && direct) {
      const term = index.knownTermOfRange(lowered, compoundStart, compoundEnd);
      terms[w] = term;
      mark(w, term, isMatch(term, lowered, compoundStart, compoundEnd, compoundStart, compoundEnd));
    } else {
      const partFolds: string[] = [];
      for (let k = i; k <= end; k++) partFolds.push(fold(text.slice(scanner.starts[k], scanner.ends[k])));
      const whole = partFolds.join('');
      const term = index.lookupSurface(whole);
      terms[w] = term;
      const wholeMark = isMatch(term, whole, 0, whole.length, compoundStart, compoundEnd);
      if (wholeMark) {
        mark(w, term, wholeMark);
      } else if (end > i) {
        for (let k = i; k <= end; k++) {
          const part = partFolds[k - i];
          const partTerm = index.lookupSurface(part);
          mark(w, partTerm, isMatch(partTerm, part, 0, part.length, scanner.starts[k], scanner.ends[k]));
        }
      }
    }
    i = end + 1;
  }
  return {
    words,
    starts: starts.subarray(0, words),
    ends: ends.subarray(0, words),
    terms: terms.subarray(0, words),
    hit: hit.subarray(0, words),
    units: units.subarray(0, words),
    markStarts,
    markEnds,
  };
}

/** Marks the words of synonym phrases whose group matched (each word whole, replacing its marks). */
function markPhrases(index: EmbeddedIndex, plan: QueryPlan, marked: Marked): void {
  const groupTerms = matchedGroupTerms(index, plan);
  if (groupTerms.length === 0) return;
  const { words, terms, units, hit, starts, ends } = marked;
  const stream: number[] = [];
  const streamWord: number[] = [];
  for (let w = 0; w < words; w++) {
    if (terms[w] !== -1) {
      stream.push(terms[w]);
      streamWord.push(w);
    }
  }
  const phraseWord = new Uint8Array(words);
  let any = false;
  for (let k = 0; k < stream.length; k++) {
    if (!index.isSynonymStart(stream[k])) continue;
    for (const phrase of index.phrasesStartingWith(stream[k])) {
      if (!groupTerms.includes(phrase.groupTerm)) continue;
      const length = phrase.terms.length;
      if (k + length > stream.length) continue;
      let same = true;
      for (let j = 0; j < length && same; j++) same = stream[k + j] === phrase.terms[j];
      if (!same) continue;
      for (let j = 0; j < length; j++) {
        const w = streamWord[k + j];
        phraseWord[w] = 1;
        units[w] |= plan.unitsOfTerm.get(phrase.groupTerm) ?? 0;
      }
      any = true;
    }
  }
  if (!any) return;
  // Rebuild the marks in text order: a phrase word is one mark, other words keep theirs.
  const markStarts: number[] = [];
  const markEnds: number[] = [];
  let m = 0;
  for (let w = 0; w < words; w++) {
    while (m < marked.markStarts.length && marked.markEnds[m] <= starts[w]) m++;
    if (phraseWord[w] === 1) {
      hit[w] = 1;
      markStarts.push(starts[w]);
      markEnds.push(ends[w]);
      while (m < marked.markStarts.length && marked.markStarts[m] < ends[w]) m++;
      continue;
    }
    while (m < marked.markStarts.length && marked.markStarts[m] < ends[w]) {
      markStarts.push(marked.markStarts[m]);
      markEnds.push(marked.markEnds[m]);
      m++;
    }
  }
  marked.markStarts = markStarts;
  marked.markEnds = markEnds;
}

function render(text: string, from: number, to: number, marked: Marked): string {
  let html = '';
  let position = from;
  for (let m = 0; m < marked.markStarts.length; m++) {
    const start = marked.markStarts[m];
    const end = marked.markEnds[m];
    if (end <= from || start >= to) continue;
    html += escapeHtml(text.slice(position, start));
    html += `<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    position = end;
  }
  return html + escapeHtml(text.slice(position, to));
}

/**
 * First word of the window of `size` words with the most distinct query units, then the most
 * marked words; moved so that the marks sit in the middle of the window.
 */
function bestWindow(marked: Marked, size: number): number {
  const { hit, units, words } = marked;
  const window = new UnitWindow();
  let marks = 0;
  for (let i = 0; i < size; i++) {
    window.add(units[i]);
    marks += hit[i];
  }
  let best = window.distinct * 100_000 + marks;
  let bestStart = 0;
  for (let start = 1; start + size <= words; start++) {
    const incoming = start + size - 1;
    window.add(units[incoming]);
    window.remove(units[start - 1]);
    marks += hit[incoming] - hit[start - 1];
    const score = window.distinct * 100_000 + marks;
    if (score > best) {
      best = score;
      bestStart = start;
    }
  }
  let first = bestStart;
  while (first < bestStart + size - 1 && hit[first] === 0) first++;
  let last = bestStart + size - 1;
  while (last > first && hit[last] === 0) last--;
  const slack = size - (last - first + 1);
  return Math.max(0, Math.min(words - size, first - Math.floor(slack / 2)));
}

/**
 * The snippet of `piece` = `text[offset, offset + piece.length)`: whole when short, else the best
 * window, with `…` where it does not reach the start or end of `text`.
 */
function snippetOf(piece: string, marked: Marked, crop: boolean, offset: number, textLength: number): string {
  const { words } = marked;
  if (!crop || (words <= SNIPPET_WORDS && offset === 0 && piece.length === textLength)) {
    return render(piece, 0, piece.length, marked);
  }
  const size = Math.min(SNIPPET_WORDS, words);
  const first = bestWindow(marked, size);
  const last = first + size - 1;
  const from = first === 0 && offset === 0 ? 0 : marked.starts[first];
  const to = last === words - 1 && offset + piece.length === textLength ? piece.length : marked.ends[last];
  return (
    (offset + from > 0 ? ELLIPSIS : '') +
    render(piece, from, to, marked) +
    (offset + to < textLength ? ELLIPSIS : '')
  );
}

function mark(index: EmbeddedIndex, plan: QueryPlan, text: string): Marked {
  const matched = plan.matchedTerms;
  const marked =
    markWordsFast(index, plan, text) ??
    markWords(index, plan, text, (term, _folded, _from, _to, start, end) =>
      term >= 0 && matched.has(term) ? [start, end] : null,
    );
  markPhrases(index, plan, marked);
  return marked;
}

const expressions = new WeakMap<QueryPlan, RegExp | null>();
/** One expression for every word of the plan's matcher that is marked or part of a phrase. */
function expressionFor(index: EmbeddedIndex, plan: QueryPlan): RegExp | null {
  if (expressions.has(plan)) return expressions.get(plan) ?? null;
  const matcher = matcherFor(index, plan);
  const alternatives = matcher.keys
    .filter((_, id) => matcher.terms[id] >= 0)
    .sort((a, b) => b.length - a.length)
    .map((surface) => surface.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'));
  // No look-arounds: they would keep the engine from skipping ahead to candidate first letters.
  // Word boundaries are checked on each match instead.
  const expression = alternatives.length === 0 ? null : new RegExp(`(?:${alternatives.join('|')})`, 'gi');
  expressions.set(plan, expression);
  return expression;
}

/**
 * The snippet of a long text (a report's full text): the native regular-expression engine finds the
 * matches, the cluster with the most distinct query words (then the most matches) within a few
 * hundred characters is chosen, and only the text around it is split into words and marked.
 * Undefined when folding changes the text's length (then the general path runs).
 */
function highlightLong(
  index: EmbeddedIndex,
  plan: QueryPlan,
  text: string,
  documentUnits: number,
): string | null | undefined {
  // The expression ignores ASCII case; only other texts need folding (which must keep the offsets).
  const lowered = NON_ASCII.test(text) ? fold(text) : text;
  if (lowered.length !== text.length) return undefined;
  const expression = expressionFor(index, plan);
  if (!expression) return null;
  const starts: number[] = [];
  const ends: number[] = [];
  const units: number[] = [];
  const matcher = matcherFor(index, plan);
  // Two pointers over the matches as they come: the cluster within CLUSTER_CHARS with the most
  // distinct units, then the most matches. Stops at a cluster with every unit the document matched.
  const target = bitCount(documentUnits);
  const window = new UnitWindow();
  let best = -1;
  let bestFirst = 0;
  let bestLast = 0;
  let first = 0;
  expression.lastIndex = 0;
  for (let match = expression.exec(lowered); match !== null && starts.length < MAX_MATCHES;) {
    const start = match.index;
    const end = start + match[0].length;
    if (
      (start === 0 || FOLD_CHARS[lowered.charCodeAt(start - 1)] === 0) &&
      (end === lowered.length || FOLD_CHARS[lowered.charCodeAt(end)] === 0)
    ) {
      const entry = matcher.findRange(
        lowered === text ? match[0].toLowerCase() : lowered,
        lowered === text ? 0 : start,
        lowered === text ? end - start : end,
      );
      const last = starts.length;
      starts.push(start);
      ends.push(end);
      units.push(entry < 0 ? 0 : (plan.unitsOfTerm.get(matcher.terms[entry]) ?? 0));
      window.add(units[last]);
      while (ends[last] - starts[first] > CLUSTER_CHARS) window.remove(units[first++]);
      const score = window.distinct * 100_000 + (last - first + 1);
      if (score > best) {
        best = score;
        bestFirst = first;
        bestLast = last;
      }
      if (target > 0 && window.distinct >= target) break;
    } else {
      expression.lastIndex = start + 1; // inside a longer word: look again from the next letter
    }
    match = expression.exec(lowered);
  }
  if (starts.length === 0) return null;
  let from = Math.max(0, starts[bestFirst] - CONTEXT_CHARS);
  let to = Math.min(text.length, ends[bestLast] + CONTEXT_CHARS);
  // Do not start or end inside a word.
  if (from > 0) while (from < starts[bestFirst] && FOLD_CHARS[text.charCodeAt(from - 1)] !== 0) from++;
  if (to < text.length) while (to > ends[bestLast] && FOLD_CHARS[text.charCodeAt(to)] !== 0) to--;
  const piece = text.slice(from, to);
  const marked = mark(index, plan, piece);
  if (marked.markStarts.length === 0 || marked.words === 0) return null;
  return snippetOf(piece, marked, true, from, text.length);
}

/**
 * The snippet of one text field, or null when none of its words matched. `crop` cuts long texts;
 * `documentUnits` (the query units the document matched, a bit mask) lets the search for the best
 * window in a long text stop at the first window that has them all.
 */
export function highlightText(
  index: EmbeddedIndex,
  plan: QueryPlan,
  text: string,
  crop: boolean,
  documentUnits = 0,
): string | null {
  if (text.length === 0) return null;
  if (crop && text.length > LONG_TEXT) {
    const snippet = highlightLong(index, plan, text, documentUnits);
    if (snippet !== undefined) return snippet;
  }
  const marked = mark(index, plan, text);
  if (marked.markStarts.length === 0) return null;
  return snippetOf(text, marked, crop, 0, text.length);
}

/** Tags, joined with `, `, when one of them matched. */
export function highlightTags(index: EmbeddedIndex, plan: QueryPlan, tags: readonly string[]): string | null {
  let any = false;
  const parts = tags.map((tag) => {
    const snippet = highlightText(index, plan, tag, false);
    if (snippet === null) return escapeHtml(tag);
    any = true;
    return snippet;
  });
  return any ? parts.join(', ') : null;
}

/**
 * A title for a suggestion: words that start with a prefix query word have that prefix marked,
 * other matched words are marked whole.
 */
export function highlightSuggestion(index: EmbeddedIndex, plan: QueryPlan, title: string): string {
  const prefixes = plan.units.filter((unit) => unit.prefix && unit.surface.length > 0).map((u) => u.surface);
  const matched = plan.matchedTerms;
  const marked = markWords(index, plan, title, (term, folded, from, to, start, end) => {
    for (const prefix of prefixes) {
      if (to - from >= prefix.length && folded.startsWith(prefix, from)) {
        // The folded word has the original's offsets unless folding changed its length.
        return [start, end - start === to - from ? start + prefix.length : end];
      }
    }
    return term >= 0 && matched.has(term) ? [start, end] : null;
  });
  markPhrases(index, plan, marked);
  return render(title, 0, title.length, marked);
}
