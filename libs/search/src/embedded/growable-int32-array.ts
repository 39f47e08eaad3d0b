/** An Int32Array that grows by doubling; `data` may hold spare capacity past `length`. */
export class GrowableInt32Array {
  data: Int32Array;
  length = 0;

  constructor(initialCapacity = 4) {
    this.data = new Int32Array(Math.max(1, initialCapacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  push2(first: number, second: number): void {
    if (this.length + 2 > this.data.length) this.grow(this.length + 2);
    this.data[this.length++] = first;
    this.data[this.length++] = second;
  }

  get(index: number): number {
    return this.data[index];
  }

  /** Gives back spare capacity once a bulk load is over. */
  trim(): void {
    if (this.data.length > this.length + 4) this.data = this.data.slice(0, Math.max(1, this.length));
  }

  private grow(minCapacity: number): void {
    let capacity = this.data.length * 2;
    while (capacity < minCapacity) capacity *= 2;
    const next = new Int32Array(capacity);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}
