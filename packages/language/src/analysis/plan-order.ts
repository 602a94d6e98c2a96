// `sau` between a plan's rows: what each row comes after (transitively), and cycles with every link's line.
import type { Diagnostic } from '@tdkt/calendar';
import type { Activity } from '../ast/index.js';
import type { ModelActivity } from '../model/types.js';
import type { FileEnv } from './env.js';
import { nameKey } from './table.js';

/**
 * Whether one row comes after another, directly or through others (`sau` links). Answered on demand, each
 * row's set computed once: a plan with a long `sau` chain asks about a few rows, not all pairs.
 *
 * @example
 * const after = comesAfter([{ id: 'b', after: ['a'] }, { id: 'c', after: ['b'] }]);
 * after('c', 'a') // => true
 */
export function comesAfter(
  rows: readonly { id: string; after: readonly string[] }[],
): (row: string, earlier: string) => boolean {
  const byKey = new Map(rows.map((r) => [nameKey(r.id), r]));
  const memo = new Map<string, Set<string>>();
  const setOf = (start: string): Set<string> => {
    const known = memo.get(start);
    if (known) return known;
    // Iterative walk: a chain of hundreds of rows must not recurse that deep.
    const result = new Set<string>();
    const stack = [...(byKey.get(nameKey(start))?.after ?? [])];
    while (stack.length > 0) {
      const row = byKey.get(nameKey(stack.pop()!));
      if (!row || result.has(row.id) || row.id === start) continue;
      result.add(row.id);
      stack.push(...row.after);
    }
    memo.set(start, result);
    return result;
  };
  return (row, earlier) => setOf(row).has(earlier);
}

/**
 * Reports each cycle of `sau` orderings once, naming every row on it and the line of each `sau` link.
 *
 * @example
 * checkAfterCycles(activities, asts, diagnostics, env) // pushes validate.after-cycle with chain and lines
 */
export function checkAfterCycles(
  acts: readonly ModelActivity[],
  asts: readonly Activity[],
  d: Diagnostic[],
  env: FileEnv,
): void {
  const byId = new Map(acts.map((a, i) => [nameKey(a.id), i]));
  const state = new Array<number>(acts.length).fill(0);
  const stack: number[] = [];
  const visit = (i: number): void => {
    state[i] = 1;
    stack.push(i);
    for (const n of acts[i]!.after) {
      const j = byId.get(nameKey(n));
      if (j === undefined) continue;
      if (state[j] === 1) {
        const loop = [...stack.slice(stack.indexOf(j)), j];
        const chain = loop.map((k) => acts[k]!.id);
        // Where each link of the loop is written: the `sau` clause of the row that waits.
        const lines = loop.slice(0, -1).map((k, x) => {
          const waiting = asts[k]!;
          const dep = acts[loop[x + 1]!]!.id;
          const at = waiting.after.find((r) => nameKey(r.name) === nameKey(dep));
          return `${acts[k]!.id} sau ${dep} (${env.file}:${env.index.lineCol((at ?? waiting).span.start).line})`;
        });
        const ref = asts[i]!.after.find((r) => nameKey(r.name) === nameKey(n))!;
        d.push({ code: 'validate.after-cycle', severity: 'error', span: ref.span, data: { chain, links: lines } });
      } else if (state[j] === 0) visit(j);
    }
    stack.pop();
    state[i] = 2;
  };
  for (let i = 0; i < acts.length; i++) if (state[i] === 0) visit(i);
}
