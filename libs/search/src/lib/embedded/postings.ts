/**
 * Postings of every term in one pool of 4 MiB pages of 32-bit words, as chains of blocks.
 *
 * A block is `[next, capacity, doc0, tf0, doc1, tf1, …]`: `next` is the address of the term's next
 * block (0 = this is the last one), `tf` the packed per-field term frequencies (see `packTf`). Blocks
 * grow geometrically per term (1, 4, 10, 25, … up to 2048 postings), so a rare term costs 4 words and
 * a frequent one is read in long sequential runs. Appending a posting is O(1); documents that are
 * deleted or replaced stay in the chains as tombstones until `compact` renumbers everything.
 *
 * Addresses are `page << PAGE_BITS | offset`; address 0 is never a block (the first page starts at
 * offset 2), so 0 means "none".
 */
import { growUint32 } from './columns';
import type { SnapshotReader, SnapshotWriter } from './snapshot';

export const PAGE_BITS = 20;
export const PAGE_WORDS = 1 << PAGE_BITS;
export const PAGE_MASK = PAGE_WORDS - 1;
const MAX_BLOCK = 2048;

function nextBlockCapacity(capacity: number): number {
  return Math.min(MAX_BLOCK, Math.max(4, Math.floor(capacity * 2.5)));
}

export class PostingsPool {
  pages: Uint32Array[] = [new Uint32Array(PAGE_WORDS)];
  /** Per term: address of the first block, of the last block, and postings used in the last block. */
  head = new Uint32Array(1024);
  tail = new Uint32Array(1024);
  tailCount = new Uint32Array(1024);
  private page = 0;
  private offset = 2;
  /** Postings ever appended (including those of deleted documents until compaction). */
  size = 0;

  ensureTerms(terms: number): void {
    if (this.head.length >= terms) return;
    this.head = growUint32(this.head, terms);
    this.tail = growUint32(this.tail, terms);
    this.tailCount = growUint32(this.tailCount, terms);
  }

  /**
   * Writes the postings as a tight pool (each term's postings in as few full blocks as possible,
   * like `compact`), one page at a time: a snapshot never needs a second copy of the pool in memory.
   */
  save(writer: SnapshotWriter, terms: number): void {
    const head = new Uint32Array(terms);
    const tail = new Uint32Array(terms);
    const tailCount = new Uint32Array(terms);
    let pageNumber = 0;
    let page = new Uint32Array(PAGE_WORDS);
    let offset = 2;
    /** Where a block of `capacity` postings goes: here, or at the start of the next page. */
    const addressFor = (capacity: number): number =>
      offset + 2 + 2 * capacity > PAGE_WORDS
        ? (pageNumber + 1) * PAGE_WORDS
        : pageNumber * PAGE_WORDS + offset;
    const place = (capacity: number): number => {
      const address = addressFor(capacity);
      if (address >>> PAGE_BITS !== pageNumber) {
        writer.array(`postings.page.${pageNumber}`, page.subarray(0, offset));
        pageNumber++;
        page = new Uint32Array(PAGE_WORDS);
        offset = 0;
      }
      page[offset] = 0;
      page[offset + 1] = capacity;
      offset += 2 + 2 * capacity;
      return address;
    };
    for (let term = 0; term < terms; term++) {
      let remaining = 0;
      for (let block = this.head[term]; block !== 0;) {
        const source = this.pages[block >>> PAGE_BITS];
        const next = source[block & PAGE_MASK];
        remaining += next === 0 ? this.tailCount[term] : source[(block & PAGE_MASK) + 1];
        block = next;
      }
      if (remaining === 0) continue;
      let capacity = Math.min(MAX_BLOCK, remaining);
      let target = place(capacity);
      head[term] = target;
      let room = capacity;
      let to = (target & PAGE_MASK) + 2;
      for (let block = this.head[term]; block !== 0;) {
        const source = this.pages[block >>> PAGE_BITS];
        const o = block & PAGE_MASK;
        const next = source[o];
        const n = next === 0 ? this.tailCount[term] : source[o + 1];
        for (let i = 0; i < n; i++) {
          if (room === 0) {
            // Link the full block (its page is still the current one) before placing the next.
            capacity = Math.min(MAX_BLOCK, remaining);
            page[target & PAGE_MASK] = addressFor(capacity);
            target = place(capacity);
            room = capacity;
            to = (target & PAGE_MASK) + 2;
          }
          page[to++] = source[o + 2 + 2 * i];
          page[to++] = source[o + 3 + 2 * i];
          room--;
          remaining--;
        }
        block = next;
      }
      tail[term] = target;
      tailCount[term] = capacity - room;
    }
    writer.array(`postings.page.${pageNumber}`, page.subarray(0, offset));
    writer.json('postings.meta', { pages: pageNumber + 1, page: pageNumber, offset, size: this.size });
    writer.array('postings.head', head);
    writer.array('postings.tail', tail);
    writer.array('postings.tailCount', tailCount);
  }

  static load(reader: SnapshotReader, terms: number): PostingsPool {
    const meta = reader.json<{ pages: number; page: number; offset: number; size: number }>('postings.meta');
    const pool = new PostingsPool();
    pool.pages = [];
    for (let i = 0; i < meta.pages; i++) {
      const page = new Uint32Array(PAGE_WORDS);
      reader.copyUint32(`postings.page.${i}`, page);
      pool.pages.push(page);
    }
    pool.page = meta.page;
    pool.offset = meta.offset;
    pool.size = meta.size;
    pool.head = reader.uint32('postings.head');
    pool.tail = reader.uint32('postings.tail');
    pool.tailCount = reader.uint32('postings.tailCount');
    if (pool.head.length !== terms) throw new Error('Snapshot postings are inconsistent');
    pool.ensureTerms(terms + 1);
    return pool;
  }

  /** Memory of the pages in bytes. */
  get bytes(): number {
    return this.pages.length * PAGE_WORDS * 4 + this.head.length * 12;
  }

  private allocate(capacity: number): number {
    const words = 2 + 2 * capacity;
    if (this.offset + words > PAGE_WORDS) {
      this.pages.push(new Uint32Array(PAGE_WORDS));
      this.page = this.pages.length - 1;
      this.offset = 0;
    }
    const address = this.page * PAGE_WORDS + this.offset;
    const page = this.pages[this.page];
    page[this.offset] = 0;
    page[this.offset + 1] = capacity;
    this.offset += words;
    return address;
  }

  add(term: number, doc: number, tf: number): void {
    this.size++;
    const last = this.tail[term];
    if (last !== 0) {
      const page = this.pages[last >>> PAGE_BITS];
      const o = last & PAGE_MASK;
      const used = this.tailCount[term];
      const capacity = page[o + 1];
      if (used < capacity) {
        page[o + 2 + 2 * used] = doc;
        page[o + 3 + 2 * used] = tf;
        this.tailCount[term] = used + 1;
        return;
      }
      const block = this.allocate(nextBlockCapacity(capacity));
      // `allocate` may have added a page; the old block's page array is still valid.
      page[o] = block;
      this.tail[term] = block;
    } else {
      const block = this.allocate(1);
      this.head[term] = block;
      this.tail[term] = block;
    }
    const block = this.tail[term];
    const page = this.pages[block >>> PAGE_BITS];
    const o = block & PAGE_MASK;
    page[o + 2] = doc;
    page[o + 3] = tf;
    this.tailCount[term] = 1;
  }

  /**
   * A new pool with only the postings of kept documents (`newId[doc] >= 0`), renumbered, each term's
   * postings in as few full blocks as possible. Fills `df` with the number of postings per term.
   */
  compact(newId: Int32Array, terms: number, df: Uint32Array): PostingsPool {
    const next = new PostingsPool();
    next.ensureTerms(terms);
    for (let term = 0; term < terms; term++) {
      let live = 0;
      for (let block = this.head[term]; block !== 0;) {
        const page = this.pages[block >>> PAGE_BITS];
        const o = block & PAGE_MASK;
        const following = page[o];
        const n = following === 0 ? this.tailCount[term] : page[o + 1];
        for (let i = 0; i < n; i++) if (newId[page[o + 2 + 2 * i]] >= 0) live++;
        block = following;
      }
      df[term] = live;
      if (live === 0) continue;
      let remaining = live;
      let target = next.allocate(Math.min(MAX_BLOCK, remaining));
      next.head[term] = target;
      let targetPage = next.pages[target >>> PAGE_BITS];
      let to = (target & PAGE_MASK) + 2;
      let room = Math.min(MAX_BLOCK, remaining);
      for (let block = this.head[term]; block !== 0;) {
        const page = this.pages[block >>> PAGE_BITS];
        const o = block & PAGE_MASK;
        const following = page[o];
        const n = following === 0 ? this.tailCount[term] : page[o + 1];
        for (let i = 0; i < n; i++) {
          const id = newId[page[o + 2 + 2 * i]];
          if (id < 0) continue;
          if (room === 0) {
            const fresh = next.allocate(Math.min(MAX_BLOCK, remaining));
            targetPage[(target & PAGE_MASK) + 0] = fresh;
            target = fresh;
            targetPage = next.pages[target >>> PAGE_BITS];
            to = (target & PAGE_MASK) + 2;
            room = Math.min(MAX_BLOCK, remaining);
          }
          targetPage[to++] = id;
          targetPage[to++] = page[o + 3 + 2 * i];
          room--;
          remaining--;
        }
        block = following;
      }
      next.tail[term] = target;
      next.tailCount[term] = targetPage[(target & PAGE_MASK) + 1] - room;
      next.size += live;
    }
    return next;
  }
}
