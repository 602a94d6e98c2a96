// Finds the temporal problems: hard deadlines that cannot hold, tentative ones missed, cycles, bad refs.
import type { EpochDay, WorkingDays } from '@tdkt/calendar';
import type { ChainLink } from './chain.js';
import { earliestChain, fromRef, toRef } from './chain.js';
import type { TemporalDeadlineOrder } from './deadline-order.js';
import type { TemporalDefaultShortens } from './default-shortens.js';
import type { IndexedNetwork } from './graph.js';
import type { PassResult } from './passes.js';

/** A deadline that cannot hold (error) or a tentative window missed (warning), with its chain. */
export interface TemporalConflict {
  /**
   * conflict: a hard deadline cannot hold; tentative-missed: a tentative (`dự kiến`) deadline is missed;
   * tentative-conflict: a hard deadline is missed only because the chain starts at an estimate (it may hold
   * once the real date is known: a warning); beyond-period: no deadline, but the event cannot happen before
   * the plan's period ends (a warning).
   */
  readonly code:
    | 'temporal.conflict'
    | 'temporal.tentative-missed'
    | 'temporal.tentative-conflict'
    | 'temporal.beyond-period';
  readonly severity: 'error' | 'warning';
  /** The constraint (deadline) violated; '' for the period's end. */
  readonly constraintId: string;
  readonly node: string;
  readonly deadline: EpochDay;
  readonly earliest: EpochDay;
  /** Calendar days too late. */
  readonly overBy: number;
  /** From the absolute lower bound, through precedences, to the violated upper bound (last). */
  readonly chain: readonly ChainLink[];
  /** The chain starts at a tentative ("dự kiến") date. */
  readonly dependsOnTentative: boolean;
  /** Another violated deadline this one passes through (fixing that one may fix this one). */
  readonly consequenceOf?: string;
}

/** A cycle of orderings (`sau`, steps, roll-ups) that no schedule can satisfy. */
export interface TemporalCycle {
  readonly code: 'temporal.cycle';
  readonly severity: 'error';
  readonly nodes: readonly string[];
  /** The constraints around one concrete loop, in order. */
  readonly links: readonly ChainLink[];
}

/** A constraint naming an event that is not in the network (a front-end bug or a typo). */
export interface TemporalUnknownNode {
  readonly code: 'temporal.unknown-node';
  readonly severity: 'error';
  readonly constraintId: string;
  readonly node: string;
}

export type TemporalProblem =
  | TemporalConflict
  | TemporalDeadlineOrder
  | TemporalDefaultShortens
  | TemporalCycle
  | TemporalUnknownNode;

/**
 * Every violated deadline, each explained by its smallest chain: the binding lower bound, the
 * precedences that carry it forward, and the upper bound it breaks (a negative cycle of the STN).
 *
 * @example
 * findConflicts(ix, forward, cal).map((c) => c.chain.length)
 */
export function findConflicts(ix: IndexedNetwork, forward: PassResult, cal: WorkingDays): TemporalConflict[] {
  const { network } = ix;
  const found: TemporalConflict[] = [];
  const hardViolated = new Map<string, string>();
  for (let v = 0; v < network.nodes.length; v++) {
    const earliest = forward.days[v] as number;
    for (const ci of ix.upper[v] ?? []) {
      const c = network.constraints[ci];
      if (c?.kind !== 'not-after' || earliest <= c.day) continue;
      const chain = earliestChain(ix, forward, cal, v);
      chain.push({
        kind: 'upper-bound',
        constraintId: c.id,
        ...toRef(network, v),
        day: c.day,
        soft: c.soft,
        provenance: c.provenance,
      });
      const dependsOnTentative = chain.some((l) => l.kind === 'lower-bound' && l.soft === true);
      // An estimate (`dự kiến`) at the start of the chain only warns: the real date may leave room.
      const hard = !c.soft && !dependsOnTentative;
      if (hard && !hardViolated.has(c.node)) hardViolated.set(c.node, c.id);
      found.push({
        code: c.soft
          ? 'temporal.tentative-missed'
          : dependsOnTentative
            ? 'temporal.tentative-conflict'
            : 'temporal.conflict',
        severity: hard ? 'error' : 'warning',
        constraintId: c.id,
        node: c.node,
        deadline: c.day,
        earliest,
        overBy: earliest - c.day,
        chain,
        dependsOnTentative,
      });
    }
  }
  const withConsequence = found.map((conflict) => {
    const through = conflict.chain.slice(0, -1).find((l) => l.to !== conflict.node && hardViolated.has(l.to));
    const cause = through ? hardViolated.get(through.to) : undefined;
    return cause === undefined ? conflict : { ...conflict, consequenceOf: cause };
  });
  // Root causes first, then by how late, then by source order of the constraint.
  return withConsequence.sort(
    (a, b) =>
      Number(a.severity === 'warning') - Number(b.severity === 'warning') ||
      Number(a.consequenceOf !== undefined) - Number(b.consequenceOf !== undefined) ||
      a.chain.length - b.chain.length ||
      b.overBy - a.overBy,
  );
}

/**
 * One concrete loop per cyclic component, as the constraints around it.
 *
 * @example
 * findCycles(ix)[0]?.nodes // ['a.finish', 'b.start', 'b.finish', 'a.start']
 */
export function findCycles(ix: IndexedNetwork): TemporalCycle[] {
  const { network } = ix;
  return ix.cycles.map((members) => {
    const inComp = new Set(members);
    const start = Math.min(...members);
    // BFS inside the component from `start` back to `start`: the shortest loop through it.
    const prev = new Map<number, { from: number; constraint: number }>();
    const queue = [start];
    let closing: { from: number; constraint: number } | undefined;
    for (let head = 0; head < queue.length && !closing; head++) {
      const v = queue[head] as number;
      for (const e of ix.outEdges[v] ?? []) {
        if (!inComp.has(e.to)) continue;
        if (e.to === start) {
          closing = { from: v, constraint: e.constraint };
          break;
        }
        if (!prev.has(e.to)) {
          prev.set(e.to, { from: v, constraint: e.constraint });
          queue.push(e.to);
        }
      }
    }
    const steps: { from: number; to: number; constraint: number }[] = [];
    if (closing) {
      steps.push({ from: closing.from, to: start, constraint: closing.constraint });
      let v = closing.from;
      while (v !== start) {
        const p = prev.get(v);
        if (!p) break;
        steps.push({ from: p.from, to: v, constraint: p.constraint });
        v = p.from;
      }
      steps.reverse();
    }
    const id = (i: number): string => network.nodes[i]?.id ?? String(i);
    const links: ChainLink[] = steps.map((s) => {
      const c = network.constraints[s.constraint];
      const base = {
        ...fromRef(network, s.from),
        ...toRef(network, s.to),
        day: network.origin,
        provenance: c?.provenance ?? { label: id(s.to) },
      };
      if (c?.kind === 'precedence')
        return { ...base, kind: 'precedence' as const, constraintId: c.id, duration: c.duration, reason: c.reason };
      return { ...base, kind: 'rollup' as const, ...(c ? { constraintId: c.id } : {}) };
    });
    const loop = steps.length > 0 ? steps.map((s) => id(s.from)) : members.map(id);
    return { code: 'temporal.cycle', severity: 'error', nodes: loop, links };
  });
}

/**
 * Constraints that name missing events.
 *
 * @example
 * findUnknownNodes(indexNetwork(net)) // => [{ code: 'temporal.unknown-node', constraintId: 'c1', node: 'ghost', … }]
 */
export function findUnknownNodes(ix: IndexedNetwork): TemporalUnknownNode[] {
  return ix.unknown.map((u) => ({
    code: 'temporal.unknown-node',
    severity: 'error',
    constraintId: ix.network.constraints[u.constraint]?.id ?? String(u.constraint),
    node: u.node,
  }));
}

/**
 * Events that cannot happen before the plan's period ends although no deadline says so: the first event
 * of each chain that crosses the end (later ones follow from it), as warnings.
 *
 * @example
 * findBeyondPeriod(ix, forward, cal) // [{ code: 'temporal.beyond-period', … }]
 */
export function findBeyondPeriod(ix: IndexedNetwork, forward: PassResult, cal: WorkingDays): TemporalConflict[] {
  const { network } = ix;
  const found: TemporalConflict[] = [];
  for (let v = 0; v < network.nodes.length; v++) {
    const earliest = forward.days[v] as number;
    if (earliest <= network.horizon) continue;
    const cause = forward.causes[v];
    if (
      cause &&
      (cause.kind === 'edge' || cause.kind === 'rollup') &&
      (forward.days[cause.other] as number) > network.horizon
    )
      continue;
    // A hard deadline broken here is already a conflict; a tentative one does not excuse the period end.
    if (
      (ix.upper[v] ?? []).some((ci) => {
        const c = network.constraints[ci];
        return c?.kind === 'not-after' && !c.soft && c.day < earliest;
      })
    )
      continue;
    const chain = earliestChain(ix, forward, cal, v);
    const node = network.nodes[v];
    const provenance = {
      label: node?.label ?? '',
      resolved: network.horizon,
      ...(node?.span ? { span: node.span } : {}),
    };
    chain.push({ kind: 'period-end', ...toRef(network, v), day: network.horizon, provenance });
    found.push({
      code: 'temporal.beyond-period',
      severity: 'warning',
      constraintId: '',
      node: network.nodes[v]?.id ?? String(v),
      deadline: network.horizon,
      earliest,
      overBy: earliest - network.horizon,
      chain,
      dependsOnTentative: chain.some((l) => l.kind === 'lower-bound' && l.soft === true),
    });
  }
  return found;
}
