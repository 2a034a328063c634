// A bounded heap of (score, article) pairs: keeps the k best seen, in O(log k) per push, with
// nothing allocated per push. Ties are broken by a fixed rank per article, so lists are deterministic.

export class TopDocs {
  private readonly scores: Float64Array;
  private readonly docs: Int32Array;
  private size = 0;

  /** `rank[doc]`: lower ranks first among equal scores. */
  constructor(
    private readonly k: number,
    private readonly rank: Int32Array,
  ) {
    this.scores = new Float64Array(k);
    this.docs = new Int32Array(k);
  }

  clear(): void {
    this.size = 0;
  }

  /** The score a newcomer must reach to be kept (ties are then settled by rank); -Infinity until full. */
  threshold(): number {
    return this.size < this.k ? -Infinity : this.scores[0]!;
  }

  push(score: number, doc: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      this.scores[this.size] = score;
      this.docs[this.size] = doc;
      this.up(this.size++);
    } else if (this.ranksBefore(score, doc, this.scores[0]!, this.docs[0]!)) {
      this.scores[0] = score;
      this.docs[0] = doc;
      this.down(0);
    }
  }

  /** The kept articles, best first, with their scores. */
  sorted(): { doc: number; score: number }[] {
    const out: { doc: number; score: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ doc: this.docs[i]!, score: this.scores[i]! });
    return out.sort((x, y) => y.score - x.score || this.rank[x.doc]! - this.rank[y.doc]!);
  }

  /** Writes the kept articles and scores, best first, into the arrays given (nothing allocated); returns how many. */
  sortedInto(docs: Int32Array, scores: Float64Array): number {
    // Insertion sort: k is a few dozen.
    for (let i = 0; i < this.size; i++) {
      const score = this.scores[i]!;
      const doc = this.docs[i]!;
      let at = i;
      for (; at > 0 && this.ranksBefore(score, doc, scores[at - 1]!, docs[at - 1]!); at--) {
        scores[at] = scores[at - 1]!;
        docs[at] = docs[at - 1]!;
      }
      scores[at] = score;
      docs[at] = doc;
    }
    return this.size;
  }

  private ranksBefore(score: number, doc: number, otherScore: number, otherDoc: number): boolean {
    return score > otherScore || (score === otherScore && this.rank[doc]! < this.rank[otherDoc]!);
  }

  // The root is the worst kept pair, so a better newcomer replaces it.
  private worse(i: number, j: number): boolean {
    return this.ranksBefore(this.scores[j]!, this.docs[j]!, this.scores[i]!, this.docs[i]!);
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
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < this.size && this.worse(l, worst)) worst = l;
      if (r < this.size && this.worse(r, worst)) worst = r;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(i: number, j: number): void {
    const score = this.scores[i]!;
    const doc = this.docs[i]!;
    this.scores[i] = this.scores[j]!;
    this.docs[i] = this.docs[j]!;
    this.scores[j] = score;
    this.docs[j] = doc;
  }
}
