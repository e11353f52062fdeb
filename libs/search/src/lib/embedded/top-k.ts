/**
 * The best `k` documents of a stream without sorting the stream: a binary min-heap (the worst kept
 * document at the root) of doc ids under a comparator, O(n log k).
 */

/** Positive when `a` ranks before `b`. */
export type DocComparator = (a: number, b: number) => number;

export class TopK {
  private readonly heap: Int32Array;
  private size = 0;

  constructor(
    private readonly k: number,
    private readonly compare: DocComparator,
  ) {
    this.heap = new Int32Array(Math.max(1, k));
  }

  offer(doc: number): void {
    if (this.k === 0) return;
    const heap = this.heap;
    if (this.size < this.k) {
      let i = this.size++;
      heap[i] = doc;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.compare(heap[parent], heap[i]) <= 0) break;
        const t = heap[parent];
        heap[parent] = heap[i];
        heap[i] = t;
        i = parent;
      }
      return;
    }
    if (this.compare(doc, heap[0]) <= 0) return;
    heap[0] = doc;
    this.siftDown(0);
  }

  private siftDown(start: number): void {
    const heap = this.heap;
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) return;
      const right = left + 1;
      let worst = left;
      if (right < this.size && this.compare(heap[right], heap[left]) < 0) worst = right;
      if (this.compare(heap[worst], heap[i]) >= 0) return;
      const t = heap[worst];
      heap[worst] = heap[i];
      heap[i] = t;
      i = worst;
    }
  }

  /** The kept documents, best first. */
  sorted(): number[] {
    const docs = Array.from(this.heap.subarray(0, this.size));
    return docs.sort((a, b) => this.compare(b, a));
  }
}
