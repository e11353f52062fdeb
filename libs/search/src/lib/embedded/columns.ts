/**
 * Compact, growable columns for the embedded index: typed arrays that double when full, a ragged
 * column (several small integers per document, e.g. access-key ids) and a dictionary that gives
 * every distinct string value a dense integer id.
 */

function nextCapacity(current: number, needed: number): number {
  let capacity = Math.max(16, current);
  while (capacity < needed) capacity = Math.ceil(capacity * 1.5);
  return capacity;
}

export function growUint8(array: Uint8Array<ArrayBuffer>, needed: number): Uint8Array<ArrayBuffer> {
  if (array.length >= needed) return array;
  const grown = new Uint8Array(nextCapacity(array.length, needed));
  grown.set(array);
  return grown;
}

export function growUint16(array: Uint16Array<ArrayBuffer>, needed: number): Uint16Array<ArrayBuffer> {
  if (array.length >= needed) return array;
  const grown = new Uint16Array(nextCapacity(array.length, needed));
  grown.set(array);
  return grown;
}

export function growUint32(array: Uint32Array<ArrayBuffer>, needed: number): Uint32Array<ArrayBuffer> {
  if (array.length >= needed) return array;
  const grown = new Uint32Array(nextCapacity(array.length, needed));
  grown.set(array);
  return grown;
}

export function growInt32(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (array.length >= needed) return array;
  const grown = new Int32Array(nextCapacity(array.length, needed));
  grown.set(array);
  return grown;
}

export function growFloat32(array: Float32Array<ArrayBuffer>, needed: number): Float32Array<ArrayBuffer> {
  if (array.length >= needed) return array;
  const grown = new Float32Array(nextCapacity(array.length, needed));
  grown.set(array);
  return grown;
}

export function growFloat64(array: Float64Array<ArrayBuffer>, needed: number): Float64Array<ArrayBuffer> {
  if (array.length >= needed) return array;
  const grown = new Float64Array(nextCapacity(array.length, needed));
  grown.set(array);
  return grown;
}

import type { SnapshotReader, SnapshotWriter } from './snapshot';

/** Distinct string values with dense ids (0, 1, 2, …) in order of first appearance. */
export class ValueDictionary {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  get size(): number {
    return this.values.length;
  }

  idOf(value: string): number | undefined {
    return this.ids.get(value);
  }

  save(writer: SnapshotWriter, name: string): void {
    writer.json(name, this.values);
  }

  load(reader: SnapshotReader, name: string): void {
    for (const value of reader.json<string[]>(name)) this.intern(value);
  }

  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

/**
 * Per document a short list of value ids (access keys, taakveld paths, gemeenten, …), appended in
 * document order: `values[start[doc] .. start[doc] + count[doc])`.
 */
export class RaggedColumn {
  start = new Uint32Array(1024);
  count = new Uint16Array(1024);
  values = new Uint32Array(4096);
  length = 0;

  save(writer: SnapshotWriter, name: string, documents: number): void {
    writer.json(`${name}.meta`, { length: this.length });
    writer.array(`${name}.start`, this.start.subarray(0, documents));
    writer.array(`${name}.count`, this.count.subarray(0, documents));
    writer.array(`${name}.values`, this.values.subarray(0, this.length));
  }

  load(reader: SnapshotReader, name: string, documents: number): void {
    this.length = reader.json<{ length: number }>(`${name}.meta`).length;
    this.start = reader.uint32(`${name}.start`);
    this.count = reader.uint16(`${name}.count`);
    this.values = reader.uint32(`${name}.values`);
    if (this.start.length !== documents || this.values.length !== this.length) {
      throw new Error(`Snapshot part ${name} is inconsistent`);
    }
  }

  /** Sets the values of `doc`, which must be the next document (`doc === number of documents so far`). */
  append(doc: number, ids: readonly number[]): void {
    this.start = growUint32(this.start, doc + 1);
    this.count = growUint16(this.count, doc + 1);
    const n = Math.min(ids.length, 0xffff);
    this.values = growUint32(this.values, this.length + n);
    this.start[doc] = this.length;
    this.count[doc] = n;
    for (let i = 0; i < n; i++) this.values[this.length + i] = ids[i];
    this.length += n;
  }

  /** Keeps the documents with `newId[doc] >= 0`, renumbered; `newId` is ascending over kept documents. */
  compact(newId: Int32Array, documents: number): void {
    let write = 0;
    for (let doc = 0; doc < documents; doc++) {
      const target = newId[doc];
      if (target < 0) continue;
      const from = this.start[doc];
      const n = this.count[doc];
      this.values.copyWithin(write, from, from + n);
      this.start[target] = write;
      this.count[target] = n;
      write += n;
    }
    this.length = write;
  }
}
