// A bounded heap: keeps the k best items seen, in O(log k) per item.

export class TopK<T> {
  private readonly heap: T[] = [];

  /** `compare(a, b) < 0` means a ranks better than b. */
  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  push(item: T): void {
    const heap = this.heap;
    if (heap.length < this.k) {
      heap.push(item);
      this.up(heap.length - 1);
    } else if (this.k > 0 && this.compare(item, heap[0]!) < 0) {
      heap[0] = item;
      this.down(0);
    }
  }

  full(): boolean {
    return this.heap.length >= this.k;
  }

  /** The worst item kept: a newcomer must beat it once the heap is full. */
  worst(): T | undefined {
    return this.heap[0];
  }

  /** Best first. */
  sorted(): T[] {
    return [...this.heap].sort(this.compare);
  }

  // The root is the worst kept item, so a better newcomer replaces it.
  private worse(i: number, j: number): boolean {
    return this.compare(this.heap[i]!, this.heap[j]!) > 0;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.heap.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < n && this.worse(l, worst)) worst = l;
      if (r < n && this.worse(r, worst)) worst = r;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(i: number, j: number): void {
    [this.heap[i], this.heap[j]] = [this.heap[j]!, this.heap[i]!];
  }
}
