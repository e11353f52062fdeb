/**
 * A hash table from words to integers that looks words up without creating strings: by a range of
 * a longer string, or by a buffer of character codes that the indexer fills while it scans a text.
 * Indexing and highlighting look up every word of every text, and cutting each word out as a
 * string (then hashing it in a `Map`) cost several times more than the rest of the analysis.
 *
 * Open addressing with linear probing; a slot holds the FNV-1a hash and the id side by side, the
 * words' characters are in one `Uint16Array` pool, so a lookup touches two cache lines.
 */
import { growInt32, growUint16, growUint32 } from './columns';
import type { SnapshotReader, SnapshotWriter } from './snapshot';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** A copy of `text` that does not keep a larger string alive (V8 slices share their parent). */
export function detachedCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/** Continues an FNV-1a hash with one character (start with `FNV_START`); `| 0` keeps it an int32. */
export function hashStep(hash: number, char: number): number {
  return Math.imul(hash ^ char, FNV_PRIME) | 0;
}

export const FNV_START = FNV_OFFSET | 0;

export class SurfaceTable {
  /** `[hash, id + 1]` pairs; id + 1 = 0 is an empty slot. */
  private slots = new Int32Array(2 << 12);
  private mask = (1 << 12) - 1;
  private chars = new Uint16Array(1 << 16);
  private charsUsed = 0;
  private offsets = new Uint32Array(1024);
  private lengths = new Uint16Array(1024);
  readonly keys: string[] = [];
  values = new Int32Array(1024);

  get size(): number {
    return this.keys.length;
  }

  save(writer: SnapshotWriter): void {
    const size = this.keys.length;
    writer.json('surfaces.keys', this.keys);
    writer.json('surfaces.meta', { mask: this.mask, charsUsed: this.charsUsed });
    writer.array('surfaces.slots', this.slots);
    writer.array('surfaces.chars', this.chars.subarray(0, this.charsUsed));
    writer.array('surfaces.offsets', this.offsets.subarray(0, size));
    writer.array('surfaces.lengths', this.lengths.subarray(0, size));
    writer.array('surfaces.values', this.values.subarray(0, size));
  }

  static load(reader: SnapshotReader): SurfaceTable {
    const table = new SurfaceTable();
    const keys = reader.json<string[]>('surfaces.keys');
    const meta = reader.json<{ mask: number; charsUsed: number }>('surfaces.meta');
    for (const key of keys) table.keys.push(key);
    table.mask = meta.mask;
    table.charsUsed = meta.charsUsed;
    table.slots = reader.int32('surfaces.slots');
    table.chars = reader.uint16('surfaces.chars');
    table.offsets = reader.uint32('surfaces.offsets');
    table.lengths = reader.uint16('surfaces.lengths');
    table.values = reader.int32('surfaces.values');
    if (table.slots.length !== 2 * (table.mask + 1) || table.values.length !== keys.length) {
      throw new Error('Snapshot surfaces are inconsistent');
    }
    return table;
  }

  /** The id of the word in `buffer[start, start + length)` with FNV hash `hash`, or -1. */
  findChars(buffer: Uint16Array, start: number, length: number, hash: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1];
      if (entry === 0) return -1;
      if (slots[2 * slot] !== hash) continue;
      const id = entry - 1;
      if (this.lengths[id] !== length) continue;
      const offset = this.offsets[id];
      const chars = this.chars;
      let i = 0;
      while (i < length && chars[offset + i] === buffer[start + i]) i++;
      if (i === length) return id;
    }
  }

  /** The id of the word `text[start, end)`, or -1. */
  find(text: string, start: number, end: number, hash = hashRange(text, start, end)): number {
    const slots = this.slots;
    const mask = this.mask;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1];
      if (entry === 0) return -1;
      if (slots[2 * slot] !== hash) continue;
      const id = entry - 1;
      if (this.lengths[id] !== length) continue;
      const offset = this.offsets[id];
      const chars = this.chars;
      let i = 0;
      while (i < length && chars[offset + i] === text.charCodeAt(start + i)) i++;
      if (i === length) return id;
    }
  }

  /** The value of a whole word, or undefined. */
  get(word: string): number | undefined {
    const id = this.find(word, 0, word.length);
    return id < 0 ? undefined : this.values[id];
  }

  /** Adds a word that is not in the table; returns its id. */
  add(word: string, value: number, hash = hashRange(word, 0, word.length)): number {
    const id = this.keys.length;
    const length = Math.min(word.length, 0xffff);
    this.keys.push(detachedCopy(word));
    this.offsets = growUint32(this.offsets, id + 1);
    this.lengths = growUint16(this.lengths, id + 1);
    this.values = growInt32(this.values, id + 1);
    this.chars = growUint16(this.chars, this.charsUsed + length);
    for (let i = 0; i < length; i++) this.chars[this.charsUsed + i] = word.charCodeAt(i);
    this.offsets[id] = this.charsUsed;
    this.lengths[id] = length;
    this.charsUsed += length;
    this.values[id] = value;
    if ((id + 1) * 2 > this.mask + 1) this.resize();
    else this.place(id, hash);
    return id;
  }

  private place(id: number, hash: number): void {
    const mask = this.mask;
    let slot = hash & mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = id + 1;
  }

  private resize(): void {
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    for (let id = 0; id < this.keys.length; id++) {
      this.place(id, hashRange(this.keys[id], 0, this.keys[id].length));
    }
  }
}
