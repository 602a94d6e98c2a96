// `sau` between a plan's rows: what each row comes after (transitively), and cycles with every link's line.
import type { Diagnostic } from '@tdkt/calendar';
import type { Activity } from '../ast/index.js';
import type { ModelActivity } from '../model/types.js';
import type { FileEnv } from './env.js';
import { nameKey } from './table.js';

/**
 * For each row, every row it comes after, directly or through others.
 *
 * @example
 * transitiveBefore([{ id: 'b', after: ['a'] }, { id: 'c', after: ['b'] }]).get('c') // => Set { 'b', 'a' }
 */
export function transitiveBefore(rows: readonly { id: string; after: readonly string[] }[]): Map<string, Set<string>> {
  const byKey = new Map(rows.map((r) => [nameKey(r.id), r]));
  const memo = new Map<string, Set<string>>();
  const visit = (id: string, path: Set<string>): Set<string> => {
    const done = memo.get(id);
    if (done) return done;
    const result = new Set<string>();
    path.add(id);
    for (const dep of byKey.get(nameKey(id))?.after ?? []) {
      const row = byKey.get(nameKey(dep));
      if (!row || path.has(row.id)) continue;
      result.add(row.id);
      for (const x of visit(row.id, path)) result.add(x);
    }
    path.delete(id);
    memo.set(id, result);
    return result;
  };
  for (const r of rows) visit(r.id, new Set());
  return memo;
}

/**
 * Reports each cycle of `sau` orderings once, naming every row on it and the line of each `sau` link.
 *
 * @example
 * checkAfterCycles(activities, asts, diagnostics, env) // pushes validate.after-cycle with chain and lines
 */
export function checkAfterCycles(acts: readonly ModelActivity[], asts: readonly Activity[], d: Diagnostic[], env: FileEnv): void {
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
