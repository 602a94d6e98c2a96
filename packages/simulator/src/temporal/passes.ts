// The forward (earliest) and backward (latest) passes over epoch days, remembering what bound each value.
import type { WorkingDays } from '@tdkt/calendar';
import { addDurationForward, latestStartFor } from './duration.js';
import type { IndexedNetwork } from './graph.js';

/** What determined a node's earliest (forward) or latest (backward) day. */
type Cause =
  | { readonly kind: 'origin' }
  | { readonly kind: 'horizon' }
  /** A not-before (forward) or not-after (backward) constraint on the node itself. */
  | { readonly kind: 'bound'; readonly constraint: number }
  /** A precedence: `other` is the predecessor (forward) or the successor (backward). */
  | { readonly kind: 'edge'; readonly constraint: number; readonly other: number }
  /** A roll-up: `other` is the binding unit (forward) or the parent (backward). */
  | { readonly kind: 'rollup'; readonly constraint: number; readonly other: number }
  /** A roll-up's parent waiting for the units' own deadline. */
  | { readonly kind: 'units-due'; readonly constraint: number };

export interface PassResult {
  readonly days: Int32Array;
  readonly causes: readonly Cause[];
}

/**
 * Earliest day of every node: the max of the origin, its hard and soft not-before bounds, its
 * predecessors' earliest days plus durations (on the calendar), and its roll-ups.
 *
 * @example
 * forwardPass(indexNetwork(net), cal).days[i] // earliest epoch day of node i
 */
export function forwardPass(ix: IndexedNetwork, cal: WorkingDays): PassResult {
  const { network } = ix;
  const n = network.nodes.length;
  const days = new Int32Array(n).fill(network.origin);
  const causes: Cause[] = new Array<Cause>(n).fill({ kind: 'origin' });
  const raise = (v: number, day: number, cause: Cause): void => {
    if (day > (days[v] as number)) {
      days[v] = day;
      causes[v] = cause;
    }
  };
  for (const v of ix.order) {
    for (const ci of ix.lower[v] ?? []) {
      const c = network.constraints[ci];
      if (c?.kind === 'not-before') raise(v, c.day, { kind: 'bound', constraint: ci });
    }
    for (const e of ix.inEdges[v] ?? []) {
      if (ix.inCycle(e)) continue;
      const c = network.constraints[e.constraint];
      if (c?.kind === 'precedence')
        raise(v, addDurationForward(cal, days[e.from] as number, c.duration), {
          kind: 'edge',
          constraint: e.constraint,
          other: e.from,
        });
    }
    for (const ci of ix.rollupsInto[v] ?? []) {
      const c = network.constraints[ci];
      if (c?.kind !== 'rollup') continue;
      if (c.unitsDue) raise(v, c.unitsDue.day, { kind: 'units-due', constraint: ci });
      if (c.policy.kind === 'by-deadline') continue;
      const units = (ix.inEdges[v] ?? []).filter((e) => e.constraint === ci && !ix.inCycle(e));
      if (units.length === 0) continue;
      units.sort((a, b) => (days[a.from] as number) - (days[b.from] as number) || a.from - b.from);
      const k = c.policy.kind === 'quorum' ? Math.min(Math.max(1, c.policy.count), units.length) : units.length;
      const binding = units[k - 1] as (typeof units)[number];
      raise(v, days[binding.from] as number, { kind: 'rollup', constraint: ci, other: binding.from });
    }
  }
  return { days, causes };
}

/**
 * Latest allowed day of every node so that every hard deadline after it still holds: the min of the
 * horizon, its hard not-after bounds, its successors' latest days minus durations (inverted on the
 * calendar), and the latest day of the parents it rolls up into (policy `all`; for a quorum of k, the
 * k units with the earliest days in `forward`). Soft (tentative) deadlines do not bind.
 *
 * @example
 * backwardPass(indexNetwork(net), cal).days[i] // the internal deadline of node i
 */
export function backwardPass(ix: IndexedNetwork, cal: WorkingDays, forward?: PassResult): PassResult {
  const { network } = ix;
  const bound = quorumUnits(ix, forward);
  const n = network.nodes.length;
  const days = new Int32Array(n).fill(network.horizon);
  const causes: Cause[] = new Array<Cause>(n).fill({ kind: 'horizon' });
  const lower = (v: number, day: number, cause: Cause): void => {
    if (day < (days[v] as number)) {
      days[v] = day;
      causes[v] = cause;
    }
  };
  for (let i = ix.order.length - 1; i >= 0; i--) {
    const v = ix.order[i] as number;
    for (const ci of ix.upper[v] ?? []) {
      const c = network.constraints[ci];
      if (c?.kind === 'not-after' && !c.soft) lower(v, c.day, { kind: 'bound', constraint: ci });
    }
    for (const e of ix.outEdges[v] ?? []) {
      if (ix.inCycle(e)) continue;
      const c = network.constraints[e.constraint];
      if (c?.kind === 'precedence')
        lower(v, latestStartFor(cal, days[e.to] as number, c.duration), {
          kind: 'edge',
          constraint: e.constraint,
          other: e.to,
        });
      // `all` needs every unit before the parent; a quorum the units the forward pass counted on (the
      // earliest ones); by-deadline none.
      else if (c?.kind === 'rollup' && (c.policy.kind === 'all' || bound.has(`${e.constraint}:${e.from}`))) {
        lower(v, days[e.to] as number, { kind: 'rollup', constraint: e.constraint, other: e.to });
      }
    }
  }
  return { days, causes };
}

/** For each quorum roll-up, the units it counts on: the `count` earliest in the forward pass. */
function quorumUnits(ix: IndexedNetwork, forward: PassResult | undefined): Set<string> {
  const bound = new Set<string>();
  ix.network.constraints.forEach((c, ci) => {
    if (c.kind !== 'rollup' || c.policy.kind !== 'quorum') return;
    const parent = ix.index.get(c.parent);
    if (parent === undefined) return;
    const units = (ix.inEdges[parent] ?? []).filter((e) => e.constraint === ci && !ix.inCycle(e)).map((e) => e.from);
    const day = (u: number): number => (forward ? (forward.days[u] as number) : 0);
    units.sort((a, b) => day(a) - day(b) || a - b);
    for (const u of units.slice(0, Math.max(1, c.policy.count))) bound.add(`${ci}:${u}`);
  });
  return bound;
}
