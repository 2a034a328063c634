// Lists of numbers stored flat (compressed sparse rows): list i is values[start[i]] … values[start[i+1]-1].

export function flatten(lists: readonly (ArrayLike<number> & Iterable<number>)[]): { start: Int32Array; values: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (start[i + 1] = start[i]! + list.length));
  const values = new Int32Array(start[lists.length]!);
  lists.forEach((list, i) => values.set(list, start[i]!));
  return { start, values };
}

/** First index in sorted[from, to) whose value is ≥ value. */
export function lowerBound(sorted: Int32Array, value: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
