// Typed arrays that grow as they are filled: flat storage for millions of numbers without
// millions of small arrays; and typed arrays that another thread can share.

/** A typed array of `length` zeros, over memory shared with other threads when `shared`. */
export function typedArray<T>(Kind: { new (buffer: ArrayBufferLike): T; BYTES_PER_ELEMENT: number }, length: number, shared: boolean): T {
  const bytes = Kind.BYTES_PER_ELEMENT * length;
  return new Kind(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
}

export class GrowableInts {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 16) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  get capacity(): number {
    return this.data.length;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The filled part, sharing storage: valid until the next push. */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

export class GrowableFloats {
  private data: Float32Array;
  length = 0;

  constructor(capacity = 16) {
    this.data = new Float32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  view(): Float32Array {
    return this.data.subarray(0, this.length);
  }
}
