/**
 * A snapshot of the in-memory index as named binary parts (typed arrays as they are, strings as
 * JSON), so that a restart loads the index in well under a second instead of analysing every
 * document again. The parts are stored in the SQLite file next to the documents
 * (`DocumentStore.saveSnapshot`); the changes written after the snapshot are replayed on top.
 */

export type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

/** Writes parts to `sink` as they come (the store inserts them at once), so they need not all be in memory. */
export class SnapshotWriter {
  constructor(private readonly sink: (name: string, data: Buffer) => void) {}

  array(name: string, array: TypedArray): void {
    this.sink(name, Buffer.from(array.buffer, array.byteOffset, array.byteLength));
  }

  json(name: string, value: unknown): void {
    this.sink(name, Buffer.from(JSON.stringify(value), 'utf8'));
  }
}

/**
 * Reads the parts back, one at a time (`fetch` reads one part from the file), so that a restore
 * never holds the whole snapshot twice. Every typed array is a fresh, aligned copy.
 */
export class SnapshotReader {
  constructor(private readonly fetch: (name: string) => Buffer | undefined) {}

  static of(parts: ReadonlyMap<string, Buffer>): SnapshotReader {
    return new SnapshotReader((name) => parts.get(name));
  }

  private part(name: string): Buffer {
    const part = this.fetch(name);
    if (!part) throw new Error(`The search index snapshot has no part ${name}`);
    return part;
  }

  private bytes(name: string, elementSize: number): ArrayBuffer {
    const part = this.part(name);
    if (part.byteLength % elementSize !== 0) throw new Error(`Snapshot part ${name} has a bad length`);
    const copy = new Uint8Array(part.byteLength);
    copy.set(part);
    return copy.buffer;
  }

  /** Copies a part of 32-bit words into `target` (from its start); returns the number of words. */
  copyUint32(name: string, target: Uint32Array): number {
    const part = this.part(name);
    if (part.byteLength % 4 !== 0 || part.byteLength > target.byteLength) {
      throw new Error(`Snapshot part ${name} has a bad length`);
    }
    new Uint8Array(target.buffer, target.byteOffset, part.byteLength).set(part);
    return part.byteLength / 4;
  }

  uint8(name: string): Uint8Array<ArrayBuffer> {
    return new Uint8Array(this.bytes(name, 1));
  }

  uint16(name: string): Uint16Array<ArrayBuffer> {
    return new Uint16Array(this.bytes(name, 2));
  }

  uint32(name: string): Uint32Array<ArrayBuffer> {
    return new Uint32Array(this.bytes(name, 4));
  }

  int32(name: string): Int32Array<ArrayBuffer> {
    return new Int32Array(this.bytes(name, 4));
  }

  float32(name: string): Float32Array<ArrayBuffer> {
    return new Float32Array(this.bytes(name, 4));
  }

  float64(name: string): Float64Array<ArrayBuffer> {
    return new Float64Array(this.bytes(name, 8));
  }

  json<T>(name: string): T {
    return JSON.parse(this.part(name).toString('utf8')) as T;
  }
}

/** A typed array at least `length` long that starts with `loaded` (room to grow after a restore). */
export function withCapacity<T extends TypedArray>(loaded: T, length: number, create: (n: number) => T): T {
  if (loaded.length >= length) return loaded;
  const array = create(length);
  array.set(loaded);
  return array;
}
