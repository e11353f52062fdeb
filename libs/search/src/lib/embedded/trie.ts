/**
 * A character trie of the vocabulary in typed arrays (first-child / next-sibling), for the lookups
 * that a hash map cannot do: all words with a prefix, and all words within 1 or 2 typos of a query
 * word (optimal-string-alignment distance, so a transposition is one typo), walking the trie with
 * one dynamic-programming row per depth and pruning every branch whose row minimum exceeds the
 * allowed typos. Like Meilisearch, a typo on the first letter counts as two: with one typo allowed
 * only the first letter's subtree is walked; with two, the first-letter variants are looked up
 * directly and must otherwise match exactly.
 *
 * Each word carries a value (the index stores the word's stem term id).
 */
import { growInt32, growUint16 } from './columns';
import type { SnapshotReader, SnapshotWriter } from './snapshot';

const NONE = -1;

/** Called for every match: the word's value and its distance (0 for an exact prefix match). */
export type TrieVisitor = (value: number, distance: number, isPrefixMatch: boolean) => void;

export class Trie {
  private chars = new Uint16Array(4096);
  private firstChild = new Int32Array(4096).fill(NONE);
  private nextSibling = new Int32Array(4096).fill(NONE);
  private values = new Int32Array(4096).fill(NONE);
  private nodes = 1; // node 0 is the root
  private words = 0;
  // Scratch for the fuzzy walk.
  private rows = new Int32Array(0);
  private path = new Uint16Array(64);
  private budget = 0;

  get size(): number {
    return this.words;
  }

  get nodeCount(): number {
    return this.nodes;
  }

  save(writer: SnapshotWriter, name: string): void {
    writer.json(`${name}.meta`, { nodes: this.nodes, words: this.words });
    writer.array(`${name}.chars`, this.chars.subarray(0, this.nodes));
    writer.array(`${name}.firstChild`, this.firstChild.subarray(0, this.nodes));
    writer.array(`${name}.nextSibling`, this.nextSibling.subarray(0, this.nodes));
    writer.array(`${name}.values`, this.values.subarray(0, this.nodes));
  }

  load(reader: SnapshotReader, name: string): void {
    const meta = reader.json<{ nodes: number; words: number }>(`${name}.meta`);
    this.nodes = meta.nodes;
    this.words = meta.words;
    this.chars = reader.uint16(`${name}.chars`);
    this.firstChild = reader.int32(`${name}.firstChild`);
    this.nextSibling = reader.int32(`${name}.nextSibling`);
    this.values = reader.int32(`${name}.values`);
    if (this.chars.length !== this.nodes) throw new Error(`Snapshot part ${name} is inconsistent`);
  }

  private newNode(char: number): number {
    const node = this.nodes++;
    if (node >= this.chars.length) {
      const length = this.chars.length;
      this.chars = growUint16(this.chars, node + 1);
      this.firstChild = growInt32(this.firstChild, node + 1);
      this.nextSibling = growInt32(this.nextSibling, node + 1);
      this.values = growInt32(this.values, node + 1);
      this.firstChild.fill(NONE, length);
      this.nextSibling.fill(NONE, length);
      this.values.fill(NONE, length);
    }
    this.chars[node] = char;
    return node;
  }

  private child(node: number, char: number): number {
    for (let c = this.firstChild[node]; c !== NONE; c = this.nextSibling[c]) {
      if (this.chars[c] === char) return c;
    }
    return NONE;
  }

  /** Adds `word` with `value` (replacing the value if the word is present). */
  insert(word: string, value: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const char = word.charCodeAt(i);
      let next = this.child(node, char);
      if (next === NONE) {
        next = this.newNode(char);
        this.nextSibling[next] = this.firstChild[node];
        this.firstChild[node] = next;
      }
      node = next;
    }
    if (this.values[node] === NONE) this.words++;
    this.values[node] = value;
  }

  private find(word: string, from = 0, node = 0): number {
    for (let i = from; i < word.length && node !== NONE; i++) node = this.child(node, word.charCodeAt(i));
    return node;
  }

  get(word: string): number | undefined {
    const node = this.find(word);
    if (node === NONE || this.values[node] === NONE) return undefined;
    return this.values[node];
  }

  /**
   * Every word starting with `prefix` (the prefix itself included), at most `maxNodes` trie nodes
   * visited. Returns false when the budget ran out.
   */
  forEachWithPrefix(prefix: string, visit: TrieVisitor, maxNodes = 20_000, distance = 0): boolean {
    const node = this.find(prefix);
    if (node === NONE) return true;
    this.budget = maxNodes;
    return this.enumerate(node, distance, visit);
  }

  /**
   * Every word that starts with `prefix` and is longer, with the rest after the prefix
   * (`woning` → `woningbouw` with `bouw`); at most `maxNodes` nodes visited.
   */
  forEachCompletion(prefix: string, visit: (value: number, rest: string) => void, maxNodes = 5_000): void {
    const node = this.find(prefix);
    if (node === NONE) return;
    this.budget = maxNodes;
    for (let c = this.firstChild[node]; c !== NONE; c = this.nextSibling[c]) {
      if (!this.complete(c, 0, visit)) return;
    }
  }

  private complete(node: number, depth: number, visit: (value: number, rest: string) => void): boolean {
    if (--this.budget < 0) return false;
    if (depth >= this.path.length) {
      const path = new Uint16Array(this.path.length * 2);
      path.set(this.path);
      this.path = path;
    }
    this.path[depth] = this.chars[node];
    if (this.values[node] !== NONE)
      visit(this.values[node], String.fromCharCode(...this.path.subarray(0, depth + 1)));
    for (let c = this.firstChild[node]; c !== NONE; c = this.nextSibling[c]) {
      if (!this.complete(c, depth + 1, visit)) return false;
    }
    return true;
  }

  private enumerate(node: number, distance: number, visit: TrieVisitor): boolean {
    if (--this.budget < 0) return false;
    if (this.values[node] !== NONE) visit(this.values[node], distance, true);
    for (let c = this.firstChild[node]; c !== NONE; c = this.nextSibling[c]) {
      if (!this.enumerate(c, distance, visit)) return false;
    }
    return true;
  }

  /**
   * Words within `maxDistance` typos of `query` (1 or 2). With `prefix`, also words that *start* with
   * something within `maxDistance` of `query` (search-as-you-type); those are reported with
   * `isPrefixMatch`. A typo on the first letter counts as two. At most `maxNodes` nodes are visited.
   */
  fuzzy(query: string, maxDistance: number, prefix: boolean, visit: TrieVisitor, maxNodes = 30_000): void {
    const length = query.length;
    if (length === 0) return;
    const width = length + 1;
    const maxDepth = length + maxDistance + 1;
    if (this.rows.length < (maxDepth + 1) * width) this.rows = new Int32Array((maxDepth + 1) * width);
    if (this.path.length < maxDepth + 1) this.path = new Uint16Array(maxDepth + 1);
    const q = new Uint16Array(length);
    for (let i = 0; i < length; i++) q[i] = query.charCodeAt(i);
    for (let j = 0; j <= length; j++) this.rows[j] = j;
    this.budget = maxNodes;
    // First letter right: walk its subtree with the full typo budget.
    const first = this.child(0, q[0]);
    if (first !== NONE) this.walk(first, 1, q, maxDistance, prefix, maxDistance + 1, maxDepth, visit);
    if (maxDistance < 2) return;
    // First letter wrong (counts as two typos): the rest must match exactly.
    const rest = query.slice(1);
    const seen = new Set<string>();
    const exact = (word: string) => {
      if (seen.has(word) || word === query) return;
      seen.add(word);
      if (prefix) {
        this.forEachWithPrefix(word, (value) => visit(value, 2, true), 2_000, 2);
      } else {
        const value = this.get(word);
        if (value !== undefined) visit(value, 2, false);
      }
    };
    exact(rest); // first letter deleted
    if (length > 1 && q[0] !== q[1]) exact(query[1] + query[0] + query.slice(2)); // swapped
    for (let c = this.firstChild[0]; c !== NONE; c = this.nextSibling[c]) {
      const letter = String.fromCharCode(this.chars[c]);
      if (this.chars[c] !== q[0]) exact(letter + rest); // substituted
      exact(letter + query); // inserted before
    }
  }

  private walk(
    node: number,
    depth: number,
    q: Uint16Array,
    max: number,
    prefix: boolean,
    accepted: number,
    maxDepth: number,
    visit: TrieVisitor,
  ): void {
    if (--this.budget < 0 || depth > maxDepth) return;
    const length = q.length;
    const width = length + 1;
    const rows = this.rows;
    const row = depth * width;
    const prev = row - width;
    const before = prev - width;
    const char = this.chars[node];
    this.path[depth] = char;
    const previousChar = depth > 1 ? this.path[depth - 1] : -1;
    rows[row] = depth;
    let rowMin = depth;
    for (let j = 1; j <= length; j++) {
      const cost = q[j - 1] === char ? 0 : 1;
      let v = rows[prev + j - 1] + cost;
      const del = rows[prev + j] + 1;
      if (del < v) v = del;
      const ins = rows[row + j - 1] + 1;
      if (ins < v) v = ins;
      if (depth > 1 && j > 1 && char === q[j - 2] && previousChar === q[j - 1]) {
        const swap = rows[before + j - 2] + 1;
        if (swap < v) v = swap;
      }
      rows[row + j] = v;
      if (v < rowMin) rowMin = v;
    }
    const distance = rows[row + length];
    let acceptedHere = accepted;
    if (prefix && distance < acceptedHere) acceptedHere = distance;
    const value = this.values[node];
    if (value !== NONE) {
      if (distance <= max && distance <= acceptedHere) visit(value, distance, false);
      else if (acceptedHere <= max) visit(value, acceptedHere, true);
    }
    if (rowMin > max) {
      // No longer word can get within the budget, unless a prefix already matched: then the whole
      // subtree matches as a prefix.
      if (acceptedHere <= max) {
        for (let c = this.firstChild[node]; c !== NONE; c = this.nextSibling[c]) {
          if (!this.enumerate(c, acceptedHere, visit)) return;
        }
      }
      return;
    }
    for (let c = this.firstChild[node]; c !== NONE; c = this.nextSibling[c]) {
      this.walk(c, depth + 1, q, max, prefix, acceptedHere, maxDepth, visit);
      if (this.budget < 0) return;
    }
  }
}
