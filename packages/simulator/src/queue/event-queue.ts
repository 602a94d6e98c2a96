// The population runner's event queue: a binary min-heap over typed arrays (time, dossier, tag), no boxing.
// Not the engine's generic MinHeap<T> (objects and a comparator closure): this one took a hanoi run from
// 3.2 s to 1.5 s (docs/performance.md), so the hot loop keeps its own specialised heap.

/**
 * A min-heap of events ordered by time, ties by insertion order (so runs are deterministic). Each event
 * is a dossier index and a 32-bit tag (generation, kind, timer index: see event-tag.ts) kept in
 * typed arrays that grow by doubling; nothing is allocated per event.
 *
 * @example
 * const q = new EventQueue(); q.push(20, 1, 7); q.push(10, 2, 8);
 * q.pop(); q.who // => 2 (and q.tag 8, q.time 10)
 */
export class EventQueue {
  private times: Float64Array;
  private seqs: Float64Array;
  private whos: Int32Array;
  private tags: Int32Array;
  private length = 0;
  private counter = 0;
  /** The last popped event's time, dossier and tag. */
  time = 0;
  who = 0;
  tag = 0;

  constructor(capacity = 1024) {
    const n = Math.max(1, capacity);
    this.times = new Float64Array(n);
    this.seqs = new Float64Array(n);
    this.whos = new Int32Array(n);
    this.tags = new Int32Array(n);
  }

  get size(): number {
    return this.length;
  }

  /** The earliest time, or undefined when empty. */
  peekTime(): number | undefined {
    return this.length === 0 ? undefined : this.times[0];
  }

  push(time: number, who: number, tag: number): void {
    if (this.length === this.times.length) this.grow();
    const { times, seqs, whos, tags } = this;
    const seq = this.counter++;
    let i = this.length++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p] as number;
      if (pt < time || (pt === time && (seqs[p] as number) < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[p] as number;
      whos[i] = whos[p] as number;
      tags[i] = tags[p] as number;
      i = p;
    }
    times[i] = time;
    seqs[i] = seq;
    whos[i] = who;
    tags[i] = tag;
  }

  /** Removes the earliest event into `time`, `who` and `tag`; false when empty. */
  pop(): boolean {
    const n = this.length;
    if (n === 0) return false;
    const { times, seqs, whos, tags } = this;
    this.time = times[0] as number;
    this.who = whos[0] as number;
    this.tag = tags[0] as number;
    const size = n - 1;
    this.length = size;
    if (size === 0) return true;
    const lastTime = times[size] as number;
    const lastSeq = seqs[size] as number;
    const lastWho = whos[size] as number;
    const lastTag = tags[size] as number;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      let c = l;
      if (r < size) {
        const lt = times[l] as number;
        const rt = times[r] as number;
        if (rt < lt || (rt === lt && (seqs[r] as number) < (seqs[l] as number))) c = r;
      }
      const ct = times[c] as number;
      if (lastTime < ct || (lastTime === ct && lastSeq < (seqs[c] as number))) break;
      times[i] = ct;
      seqs[i] = seqs[c] as number;
      whos[i] = whos[c] as number;
      tags[i] = tags[c] as number;
      i = c;
    }
    times[i] = lastTime;
    seqs[i] = lastSeq;
    whos[i] = lastWho;
    tags[i] = lastTag;
    return true;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const times = new Float64Array(n);
    times.set(this.times);
    const seqs = new Float64Array(n);
    seqs.set(this.seqs);
    const whos = new Int32Array(n);
    whos.set(this.whos);
    const tags = new Int32Array(n);
    tags.set(this.tags);
    this.times = times;
    this.seqs = seqs;
    this.whos = whos;
    this.tags = tags;
  }
}
