// A binary min-heap keyed by (time, insertion order): the single event queue of a population run.
// Written here because @tdkt/engine exports no heap (and the simulator does not depend on engine).

/**
 * A binary min-heap of values ordered by a numeric key, ties broken by insertion order so that runs
 * are deterministic. Keys and sequence numbers live in flat arrays beside the values.
 *
 * @example
 * const h = new MinHeap<string>(); h.push(2, 'b'); h.push(1, 'a'); h.pop() // => 'a'
 */
export class MinHeap<T> {
  private keys: number[] = [];
  private seqs: number[] = [];
  private values: T[] = [];
  private counter = 0;

  get size(): number {
    return this.values.length;
  }

  /** The smallest key, or undefined when empty. */
  peekKey(): number | undefined {
    return this.keys[0];
  }

  push(key: number, value: T): void {
    const keys = this.keys;
    const seqs = this.seqs;
    const values = this.values;
    let i = values.length;
    const seq = this.counter++;
    keys.push(key);
    seqs.push(seq);
    values.push(value);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = keys[p] as number;
      if (pk < key || (pk === key && (seqs[p] as number) < seq)) break;
      keys[i] = pk;
      seqs[i] = seqs[p] as number;
      values[i] = values[p] as T;
      i = p;
    }
    keys[i] = key;
    seqs[i] = seq;
    values[i] = value;
  }

  /** Removes and returns the value with the smallest key (earliest inserted on ties). */
  pop(): T | undefined {
    const values = this.values;
    const n = values.length;
    if (n === 0) return undefined;
    const top = values[0] as T;
    const keys = this.keys;
    const seqs = this.seqs;
    const lastKey = keys.pop() as number;
    const lastSeq = seqs.pop() as number;
    const lastValue = values.pop() as T;
    const size = n - 1;
    if (size === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      let c = l;
      if (r < size) {
        const lk = keys[l] as number;
        const rk = keys[r] as number;
        if (rk < lk || (rk === lk && (seqs[r] as number) < (seqs[l] as number))) c = r;
      }
      const ck = keys[c] as number;
      if (lastKey < ck || (lastKey === ck && lastSeq < (seqs[c] as number))) break;
      keys[i] = ck;
      seqs[i] = seqs[c] as number;
      values[i] = values[c] as T;
      i = c;
    }
    keys[i] = lastKey;
    seqs[i] = lastSeq;
    values[i] = lastValue;
    return top;
  }
}
