// The project's one edit distance (optimal string alignment), for every "did you mean …?".

/**
 * Optimal-string-alignment distance (Levenshtein plus a swap of two neighbouring letters as one edit:
 * `sua` → `sau`), three rolling rows; stops early and returns `cap + 1` once every path exceeds `cap`.
 *
 * @example
 * editDistance('truc', 'truoc') // => 1
 * editDistance('abcdef', 'uvwxyz', 2) // => 3
 */
export function editDistance(a: string, b: string, cap = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const n = b.length;
  if (rows[0].length <= n) rows = [new Int32Array(2 * n + 2), new Int32Array(2 * n + 2), new Int32Array(2 * n + 2)];
  let [before, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowBest = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      cur[j] = d;
      if (d < rowBest) rowBest = d;
    }
    if (rowBest > cap) return cap + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[n] as number;
}

/** Three reusable rows (the distance runs synchronously), grown for longer words. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
