/** A set that forgets its least recently used member once it holds more than `capacity`. */
export class LruSet<T> {
  private readonly members = new Set<T>();

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new Error(`LruSet capacity must be ≥ 1, got ${capacity}`);
  }

  add(member: T): void {
    this.members.delete(member);
    this.members.add(member);
    if (this.members.size > this.capacity) {
      const [oldest] = this.members;
      this.members.delete(oldest);
    }
  }

  has(member: T): boolean {
    if (!this.members.has(member)) return false;
    this.add(member);
    return true;
  }

  get size(): number {
    return this.members.size;
  }
}
