/**
 * Executes a planned query over an `EmbeddedIndex`: the visibility and filter check, BM25F scoring
 * of every posting of every unit's terms into per-document accumulators, the group test (all query
 * words must match, Meilisearch's `matchingStrategy: 'all'`), facet counts over all matching
 * documents, and the top `offset + limit` by the requested order with a heap.
 *
 * Per-document scratch arrays are reused between searches; "is this set for the current search" is
 * a comparison with an epoch number instead of clearing arrays.
 */
import type { FacetValueCount, SearchFacetField, SearchFilter, SearchSort } from '../search-engine';
import {
  FIELD_COUNT,
  FIELD_WEIGHTS,
  FULL_TEXT_SHIFT,
  MULTI_VALUE_FIELDS,
  NULL_YEAR,
  SEARCH_TYPE_NAMES,
  TYPE_IDS,
  type EmbeddedIndex,
  type MultiValueField,
} from './inverted-index';
import { PAGE_BITS, PAGE_MASK } from './postings';
import type { QueryPlan } from './query-plan';
import { TopK, type DocComparator } from './top-k';

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

const K1 = 1.2;
/** Packed-tf bits of the fields other than the full text. */
const SHORT_FIELDS = (1 << FULL_TEXT_SHIFT) - 1;
/**
 * A document whose query words all occur in its short fields (title, tags, summary, body) scores
 * this much more than one that has some of them only somewhere in a long full text: a cheap stand-in
 * for Meilisearch's proximity rule, which the embedded engine has no positions for.
 */
const NEAR_BONUS = 1.3;
const MAX_FACET_VALUES = 100;
const TITLE_COLLATOR = new Intl.Collator('nl');

export interface SearchParams {
  readonly accessKeys: readonly string[];
  readonly filter: SearchFilter;
  readonly sort: SearchSort;
  readonly offset: number;
  readonly limit: number;
  readonly facets: readonly SearchFacetField[];
  /** Only title matches count (suggestions). */
  readonly titleOnly: boolean;
}

export interface RankedDoc {
  readonly doc: number;
  readonly score: number;
}

export interface SearchOutcome {
  readonly totalCount: number;
  readonly page: readonly RankedDoc[];
  readonly facets: Partial<Record<SearchFacetField, readonly FacetValueCount[]>>;
}

const FILTER_OF_FIELD: Readonly<Record<MultiValueField, keyof SearchFilter>> = {
  policyDomainPaths: 'policyDomains',
  municipalityCodes: 'municipalities',
  regionIds: 'regions',
  tags: 'tags',
};

interface ActiveMultiFilter {
  readonly start: Uint32Array;
  readonly count: Uint16Array;
  readonly values: Uint32Array;
  readonly flags: Int32Array;
}

export class Searcher {
  private epoch = 0;
  private unitEpoch = 0;
  private capacity = 0;
  private check = new Int32Array(0);
  private docStamp = new Int32Array(0);
  private total = new Float64Array(0);
  private typos = new Uint8Array(0);
  private mask = new Int32Array(0);
  private unitStamp = new Int32Array(0);
  private unitScore = new Float32Array(0);
  private unitTypos = new Uint8Array(0);
  private fullTextStamp = new Int32Array(0);
  private fullTextUnits = new Int32Array(0);
  /** Per document the units matched in a short field (title, tags, summary, body). */
  private near = new Int32Array(0);
  /** Units that matched visible documents outside the ones scored (see `score`). */
  private matchedOutside = 0;
  private idStamp = new Int32Array(0);
  private touched = new Int32Array(0);
  private keyFlags = new Int32Array(0);
  private statusFlags = new Int32Array(0);
  private readonly multiFlags = new Map<MultiValueField, Int32Array>();

  // The current search's filter.
  private typeMask = 0;
  private filterStatus = false;
  private years: Set<number> | null = null;
  private filterIds = false;
  private activeMulti: ActiveMultiFilter[] = [];

  constructor(private readonly index: EmbeddedIndex) {}

  private ensureCapacity(): void {
    const capacity = this.index.capacity;
    if (this.capacity >= capacity) return;
    this.capacity = capacity;
    this.check = new Int32Array(capacity);
    this.docStamp = new Int32Array(capacity);
    this.total = new Float64Array(capacity);
    this.typos = new Uint8Array(capacity);
    this.mask = new Int32Array(capacity);
    this.unitStamp = new Int32Array(capacity);
    this.unitScore = new Float32Array(capacity);
    this.unitTypos = new Uint8Array(capacity);
    this.fullTextStamp = new Int32Array(capacity);
    this.fullTextUnits = new Int32Array(capacity);
    this.near = new Int32Array(capacity);
    this.idStamp = new Int32Array(capacity);
    this.touched = new Int32Array(capacity);
  }

  private nextEpoch(): number {
    if (this.epoch >= 0x3ffffff0) {
      this.epoch = 0;
      this.unitEpoch = 0;
      for (const array of [this.check, this.docStamp, this.unitStamp, this.fullTextStamp, this.idStamp]) {
        array.fill(0);
      }
      this.keyFlags.fill(0);
      this.statusFlags.fill(0);
      for (const flags of this.multiFlags.values()) flags.fill(0);
    }
    return ++this.epoch;
  }

  /** The query units that `doc` matched in its full text in the last search (bit mask; 0: none). */
  fullTextUnitMask(doc: number): number {
    return this.fullTextStamp[doc] === this.epoch ? this.fullTextUnits[doc] : 0;
  }

  /** Sets up the filter of this search; false when nothing can match (no known access key, …). */
  private prepareFilter(accessKeys: readonly string[], filter: SearchFilter, epoch: number): boolean {
    const index = this.index;
    const keyDictionary = index.accessKeys.dictionary;
    if (this.keyFlags.length < keyDictionary.size) {
      const flags = new Int32Array(Math.max(64, keyDictionary.size * 2));
      flags.set(this.keyFlags);
      this.keyFlags = flags;
    }
    let anyKey = false;
    for (const key of accessKeys) {
      const id = keyDictionary.idOf(key);
      if (id === undefined) continue;
      this.keyFlags[id] = epoch;
      anyKey = true;
    }
    if (!anyKey) return false;

    this.typeMask = 0;
    if (filter.types && filter.types.length > 0) {
      for (const type of filter.types) {
        const id = TYPE_IDS.get(type);
        if (id !== undefined) this.typeMask |= 1 << id;
      }
      if (this.typeMask === 0) return false;
    }

    this.filterStatus = false;
    if (filter.statuses && filter.statuses.length > 0) {
      if (this.statusFlags.length < index.statuses.size) {
        const flags = new Int32Array(Math.max(16, index.statuses.size * 2));
        flags.set(this.statusFlags);
        this.statusFlags = flags;
      }
      let any = false;
      for (const status of filter.statuses) {
        const id = index.statuses.idOf(status);
        if (id === undefined) continue;
        this.statusFlags[id] = epoch;
        any = true;
      }
      if (!any) return false;
      this.filterStatus = true;
    }

    this.years = filter.years && filter.years.length > 0 ? new Set(filter.years) : null;

    this.activeMulti = [];
    for (const field of MULTI_VALUE_FIELDS) {
      const wanted = filter[FILTER_OF_FIELD[field]] as readonly string[] | undefined;
      if (!wanted || wanted.length === 0) continue;
      const { column, dictionary } = index.multi[field];
      let flags = this.multiFlags.get(field) ?? new Int32Array(0);
      if (flags.length < dictionary.size) {
        const grown = new Int32Array(Math.max(64, dictionary.size * 2));
        grown.set(flags);
        flags = grown;
        this.multiFlags.set(field, flags);
      }
      let any = false;
      for (const value of wanted) {
        const id = dictionary.idOf(value);
        if (id === undefined) continue;
        flags[id] = epoch;
        any = true;
      }
      if (!any) return false;
      this.activeMulti.push({ start: column.start, count: column.count, values: column.values, flags });
    }

    this.filterIds = false;
    if (filter.ids && filter.ids.length > 0) {
      let any = false;
      for (const id of filter.ids) {
        const doc = index.docOfId.get(id);
        if (doc === undefined) continue;
        this.idStamp[doc] = epoch;
        any = true;
      }
      if (!any) return false;
      this.filterIds = true;
    }
    return true;
  }

  /** Visible to the reader (one shared access key), alive, and passing every filter. */
  private passes(doc: number, epoch: number): boolean {
    const index = this.index;
    if (index.alive[doc] === 0) return false;
    const keys = index.accessKeys.column;
    const keyFlags = this.keyFlags;
    let visible = false;
    for (let k = keys.start[doc], end = k + keys.count[doc]; k < end; k++) {
      if (keyFlags[keys.values[k]] === epoch) {
        visible = true;
        break;
      }
    }
    if (!visible) return false;
    if (this.typeMask !== 0 && (this.typeMask & (1 << index.type[doc])) === 0) return false;
    if (this.filterStatus && this.statusFlags[index.status[doc]] !== epoch) return false;
    if (this.years !== null && !this.years.has(index.year[doc])) return false;
    if (this.filterIds && this.idStamp[doc] !== epoch) return false;
    for (const filter of this.activeMulti) {
      let any = false;
      for (let k = filter.start[doc], end = k + filter.count[doc]; k < end; k++) {
        if (filter.flags[filter.values[k]] === epoch) {
          any = true;
          break;
        }
      }
      if (!any) return false;
    }
    return true;
  }

  run(plan: QueryPlan, params: SearchParams): SearchOutcome {
    const index = this.index;
    this.ensureCapacity();
    index.refreshNorms();
    const epoch = this.nextEpoch();
    if (!this.prepareFilter(params.accessKeys, params.filter, epoch)) {
      return { totalCount: 0, page: [], facets: this.emptyFacets(params.facets) };
    }
    const hasQuery = plan.units.length > 0;
    let matched: Int32Array;
    let matchedCount = 0;
    if (!hasQuery) {
      matched = this.touched;
      for (let doc = 0; doc < index.docCount; doc++) {
        if (this.passes(doc, epoch)) {
          matched[matchedCount++] = doc;
          this.total[doc] = 0;
          this.typos[doc] = 0;
        }
      }
    } else {
      const touchedCount = this.score(plan, epoch, params.titleOnly);
      matched = this.touched;
      matchedCount = this.selectMatching(plan, touchedCount);
    }

    const facets = this.countFacets(params.facets, matched, matchedCount);
    const sort = params.sort === 'RELEVANCE' && !hasQuery ? 'NEWEST' : params.sort;
    const top = new TopK(Math.min(matchedCount, params.offset + params.limit), this.comparator(sort));
    for (let i = 0; i < matchedCount; i++) top.offer(matched[i]);
    const page = top
      .sorted()
      .slice(params.offset)
      .map((doc) => ({ doc, score: Math.round(this.total[doc] * 1e4) / 1e4 }));
    return { totalCount: matchedCount, page, facets };
  }

  /** Scores every posting of the plan's terms; returns how many documents were touched. */
  private score(plan: QueryPlan, epoch: number, titleOnly: boolean): number {
    const index = this.index;
    const pool = index.postings;
    const pages = pool.pages;
    const head = pool.head;
    const tailCount = pool.tailCount;
    const df = index.df;
    const norms = index.norms;
    const check = this.check;
    const docStamp = this.docStamp;
    const total = this.total;
    const typos = this.typos;
    const mask = this.mask;
    const unitStamp = this.unitStamp;
    const unitScore = this.unitScore;
    const unitTypos = this.unitTypos;
    const fullTextStamp = this.fullTextStamp;
    const fullTextUnits = this.fullTextUnits;
    const near = this.near;
    const touched = this.touched;
    const [wTitle, wTags, wSummary, wBody, wFullText] = FIELD_WEIGHTS;
    const documents = Math.max(1, index.liveCount);
    let touchedCount = 0;
    const negativeEpoch = -epoch;

    // Rarest unit first. When every group is a single unit, a document that the first unit does not
    // match cannot match the query: the later units only score the documents already touched, and
    // for the others just note whether they match anything visible at all (a unit that matches
    // nothing is dropped from the query, see selectMatching).
    const cost = plan.units.map((unit) => unit.expansions.reduce((sum, e) => sum + df[e.term], 0));
    const order = plan.units.map((_, u) => u).sort((a, b) => cost[a] - cost[b]);
    const restrictable = plan.groups.every(
      (g) => g.alternatives.length === 1 && bitCount(g.alternatives[0]) === 1,
    );
    let restrict = false;
    let outside = 0;

    for (const u of order) {
      const unit = plan.units[u];
      const bit = 1 << u;
      const stamp = ++this.unitEpoch;
      for (const expansion of unit.expansions) {
        const term = expansion.term;
        const n = df[term];
        if (n === 0) continue;
        const idf = Math.log(1 + Math.max(0.01, (documents - n + 0.5) / (n + 0.5)));
        const factor = expansion.weight * idf * (K1 + 1);
        const typo = expansion.typos;
        for (let block = head[term]; block !== 0;) {
          const page = pages[block >>> PAGE_BITS];
          let o = block & PAGE_MASK;
          const next = page[o];
          const count = next === 0 ? tailCount[term] : page[o + 1];
          o += 2;
          const end = o + 2 * count;
          for (; o < end; o += 2) {
            const doc = page[o];
            if (restrict && docStamp[doc] !== epoch) {
              if ((outside & bit) === 0 && (!titleOnly || (page[o + 1] & 15) !== 0)) {
                const c = check[doc];
                if (c === epoch) {
                  outside |= bit;
                } else if (c !== negativeEpoch) {
                  const visible = this.passes(doc, epoch);
                  check[doc] = visible ? epoch : negativeEpoch;
                  if (visible) outside |= bit;
                }
              }
              continue;
            }
            const c = check[doc];
            if (c !== epoch) {
              if (c === negativeEpoch) continue;
              if (!this.passes(doc, epoch)) {
                check[doc] = negativeEpoch;
                continue;
              }
              check[doc] = epoch;
            }
            const packed = page[o + 1];
            const base = doc * FIELD_COUNT;
            let tf: number;
            if (titleOnly) {
              const title = packed & 15;
              if (title === 0) continue;
              tf = wTitle * title * norms[base];
            } else {
              tf = 0;
              if ((packed & 0x3fff) !== 0) {
                tf +=
                  wTitle * (packed & 15) * norms[base] +
                  wTags * ((packed >>> 4) & 15) * norms[base + 1] +
                  wSummary * ((packed >>> 8) & 63) * norms[base + 2];
              }
              const body = (packed >>> 14) & 255;
              if (body !== 0) tf += wBody * body * norms[base + 3];
              const fullText = packed >>> FULL_TEXT_SHIFT;
              if (fullText !== 0) {
                tf += wFullText * fullText * norms[base + 4];
                if (fullTextStamp[doc] !== epoch) {
                  fullTextStamp[doc] = epoch;
                  fullTextUnits[doc] = bit;
                } else {
                  fullTextUnits[doc] |= bit;
                }
              }
            }
            const s = (factor * tf) / (tf + K1);
            if (docStamp[doc] !== epoch) {
              docStamp[doc] = epoch;
              total[doc] = 0;
              typos[doc] = 0;
              mask[doc] = 0;
              near[doc] = 0;
              touched[touchedCount++] = doc;
            }
            if ((packed & SHORT_FIELDS) !== 0) near[doc] |= bit;
            if (unitStamp[doc] !== stamp) {
              unitStamp[doc] = stamp;
              unitScore[doc] = s;
              unitTypos[doc] = typo;
              total[doc] += s;
              typos[doc] += typo;
              mask[doc] |= bit;
            } else {
              const previous = unitScore[doc];
              if (s > previous) {
                total[doc] += s - previous;
                unitScore[doc] = s;
              }
              const previousTypos = unitTypos[doc];
              if (typo < previousTypos) {
                typos[doc] -= previousTypos - typo;
                unitTypos[doc] = typo;
              }
            }
          }
          block = next;
        }
      }
      if (restrictable && touchedCount > 0) restrict = true;
    }
    this.matchedOutside = outside;
    return touchedCount;
  }

  /**
   * Keeps (in place, at the front of `touched`) the documents that match every group — every group
   * that some document matches: a word that matches nothing (`hlp`) does not empty the result.
   */
  private selectMatching(plan: QueryPlan, touchedCount: number): number {
    const touched = this.touched;
    const mask = this.mask;
    const groups = plan.groups;
    const satisfies = (m: number, alternatives: readonly number[]) => {
      for (const alternative of alternatives) if ((m & alternative) === alternative) return true;
      return false;
    };
    const matchable = groups.map((group) => group.alternatives.some((a) => (this.matchedOutside & a) === a));
    let open = matchable.filter((m) => !m).length;
    for (let i = 0; i < touchedCount && open > 0; i++) {
      const m = mask[touched[i]];
      for (let g = 0; g < groups.length; g++) {
        if (!matchable[g] && satisfies(m, groups[g].alternatives)) {
          matchable[g] = true;
          open--;
        }
      }
    }
    let simpleMask = 0;
    const complex: (readonly number[])[] = [];
    groups.forEach((group, g) => {
      if (!matchable[g]) return;
      if (group.alternatives.length === 1) simpleMask |= group.alternatives[0];
      else complex.push(group.alternatives);
    });
    const near = this.near;
    const total = this.total;
    const bonus = plan.units.length > 1;
    let n = 0;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i];
      const m = mask[doc];
      if ((m & simpleMask) !== simpleMask) continue;
      let ok = true;
      for (const alternatives of complex) {
        if (!satisfies(m, alternatives)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      touched[n++] = doc;
      if (bonus && (m & ~near[doc]) === 0) total[doc] *= NEAR_BONUS;
    }
    return n;
  }

  private comparator(sort: SearchSort): DocComparator {
    const index = this.index;
    const createdAt = index.createdAt;
    const newerFirst: DocComparator = (a, b) => createdAt[a] - createdAt[b] || a - b;
    switch (sort) {
      case 'NEWEST':
        return newerFirst;
      case 'OLDEST':
        return (a, b) => createdAt[b] - createdAt[a] || b - a;
      case 'TITLE': {
        const keys = index.titleKeys;
        const titles = index.titles;
        return (a, b) => {
          const ka = keys[a];
          const kb = keys[b];
          if (ka !== kb) return ka < kb ? 1 : -1;
          // Same letters: accents and case decide, as Dutch collation does.
          return TITLE_COLLATOR.compare(titles[b], titles[a]) || newerFirst(a, b);
        };
      }
      case 'RELEVANCE': {
        const total = this.total;
        const typos = this.typos;
        return (a, b) => typos[b] - typos[a] || total[a] - total[b] || newerFirst(a, b);
      }
    }
  }

  private emptyFacets(
    fields: readonly SearchFacetField[],
  ): Partial<Record<SearchFacetField, FacetValueCount[]>> {
    const facets: Partial<Record<SearchFacetField, FacetValueCount[]>> = {};
    for (const field of fields) facets[field] = [];
    return facets;
  }

  private countFacets(
    fields: readonly SearchFacetField[],
    docs: Int32Array,
    n: number,
  ): Partial<Record<SearchFacetField, FacetValueCount[]>> {
    const index = this.index;
    const facets: Partial<Record<SearchFacetField, FacetValueCount[]>> = {};
    for (const field of new Set(fields)) {
      let values: readonly string[];
      let counts: Int32Array;
      if (field === 'type') {
        values = SEARCH_TYPE_NAMES;
        counts = new Int32Array(values.length);
        for (let i = 0; i < n; i++) counts[index.type[docs[i]]]++;
      } else if (field === 'status') {
        values = index.statuses.values;
        counts = new Int32Array(values.length);
        for (let i = 0; i < n; i++) counts[index.status[docs[i]]]++;
      } else if (field === 'year') {
        const byYear = new Map<number, number>();
        for (let i = 0; i < n; i++) {
          const year = index.year[docs[i]];
          if (year !== NULL_YEAR) byYear.set(year, (byYear.get(year) ?? 0) + 1);
        }
        values = [...byYear.keys()].map(String);
        counts = Int32Array.from(byYear.values());
      } else {
        const { column, dictionary } = index.multi[field];
        values = dictionary.values;
        counts = new Int32Array(values.length);
        const start = column.start;
        const count = column.count;
        const all = column.values;
        for (let i = 0; i < n; i++) {
          const doc = docs[i];
          for (let k = start[doc], end = k + count[doc]; k < end; k++) counts[all[k]]++;
        }
      }
      const result: FacetValueCount[] = [];
      for (let v = 0; v < counts.length; v++) {
        if (counts[v] > 0) result.push({ value: values[v], count: counts[v] });
      }
      result.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
      facets[field] = result.slice(0, MAX_FACET_VALUES);
    }
    return facets;
  }
}
