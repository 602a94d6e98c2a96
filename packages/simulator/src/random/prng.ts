// Seeded pseudo-random numbers (xoshiro128**, seeded by splitmix32): reproducible, no ambient randomness.

/** A deterministic source of random numbers. */
export interface Random {
  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number;
  /** A uniform float in [0, 1). */
  next(): number;
  /** A uniform integer in [0, n). */
  int(n: number): number;
}

/**
 * Mixes any number of integers into one 32-bit seed (splitmix32-style finaliser per part), so that
 * streams keyed by (seed, unit, step) are independent of the order in which they are drawn.
 *
 * @example
 * mixSeed(42, 7, 3) === mixSeed(42, 7, 3) // => true
 */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part | 0), 0x85ebca6b);
    h = fmix(h + 0x9e3779b9 + ((part / 0x1_0000_0000) | 0));
  }
  return h >>> 0;
}

function fmix(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h | 0;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * A xoshiro128** generator seeded from one 32-bit integer (state expanded with splitmix32).
 *
 * @example
 * const r = createRandom(2021); r.int(6) // same value on every run with seed 2021
 */
export function createRandom(seed: number): Random {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) | 0;
    return fmix(s);
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  if ((a | b | c | d) === 0) a = 1; // the all-zero state is a fixed point
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9);
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result >>> 0;
  };
  return {
    nextUint32,
    next: () => nextUint32() / 0x1_0000_0000,
    int: (n: number) => Math.floor((nextUint32() / 0x1_0000_0000) * n),
  };
}

/**
 * A 32-bit FNV-1a hash of a string, for keying random streams by step names.
 *
 * @example
 * hashString('tổ_xét') === hashString('tổ_xét') // => true
 */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A uniform float in [0, 1) that is a pure function of five integers: a counter-based random draw,
 * cheaper than a generator when each (seed, actor, step, attempt, k) needs only one number.
 *
 * @example
 * uniformOf(7, 12, 3, 0, 1) // the same number on every run
 */
export function uniformOf(a: number, b: number, c: number, d: number, e: number): number {
  let h = fmix(Math.imul(a | 0, 0x85ebca6b) ^ 0x9e3779b9);
  h = fmix(h ^ Math.imul(b | 0, 0xcc9e2d51));
  h = fmix(h ^ Math.imul(c | 0, 0x1b873593));
  h = fmix(h ^ Math.imul(d | 0, 0xe6546b64));
  h = fmix(h ^ Math.imul(e | 0, 0x27d4eb2f));
  return (h >>> 0) / 0x1_0000_0000;
}
