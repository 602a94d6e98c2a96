// A sorted array with binary-search insert, delete and range start: the in-memory store's indexes.

/**
 * Keeps items in `compare` order; insert and delete are a binary search plus one splice.
 *
 * @example
 * const list = new SortedList<number>((a, b) => a - b);
 * list.insert(3); list.insert(1);
 * list.from(2) // => 1 (the index of 3)
 */
export class SortedList<T> {
  readonly items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  /** The index of the first item not before `probe`. */
  lowerBound(probe: T): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(this.items[mid] as T, probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The index of the first item after `probe`. */
  from(probe: T): number {
    let lo = this.lowerBound(probe);
    while (lo < this.items.length && this.compare(this.items[lo] as T, probe) === 0) lo++;
    return lo;
  }

  insert(item: T): void {
    this.items.splice(this.lowerBound(item), 0, item);
  }

  /** Removes one item equal to `item` (by `compare`, then identity among equals); false if absent. */
  delete(item: T): boolean {
    for (let i = this.lowerBound(item); i < this.items.length && this.compare(this.items[i] as T, item) === 0; i++) {
      if (this.items[i] === item) {
        this.items.splice(i, 1);
        return true;
      }
    }
    return false;
  }
}
