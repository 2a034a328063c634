// Typed arrays that grow as they are filled: flat storage for millions of numbers without
// millions of small arrays.

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
