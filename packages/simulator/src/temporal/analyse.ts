// The deadline-consistency check: passes, slack, critical path and problems of one network.
import type { EpochDay, WorkingDays } from '@tdkt/calendar';
import type { ChainLink } from './chain.js';
import { earliestChain } from './chain.js';
import type { TemporalDeadlineOrder } from './deadline-order.js';
import { findDeadlineOrder } from './deadline-order.js';
import type { TemporalDefaultShortens } from './default-shortens.js';
import { findDefaultShortens } from './default-shortens.js';
import { indexNetwork } from './graph.js';
import type { Provenance, TemporalNetwork } from './network.js';
import { backwardPass, forwardPass, type PassResult } from './passes.js';
import type { TemporalConflict, TemporalCycle, TemporalUnknownNode } from './problems.js';
import { findBeyondPeriod, findConflicts, findCycles, findUnknownNodes } from './problems.js';

/** Dates of one event after both passes. */
export interface NodeSchedule {
  readonly id: string;
  readonly label: string;
  readonly kind: string;
  readonly earliest: EpochDay;
  /** The internal deadline: the latest day that keeps every hard deadline after it. */
  readonly latest: EpochDay;
  /** latest − earliest in calendar days; negative means a conflict runs through this event. */
  readonly slack: number;
  /** Whether `latest` comes from a deadline (false: only the period's end bounds it). */
  readonly bounded: boolean;
  /** The bound that fixes `earliest` at the end of its chain (a window's start, a unit's deadline); absent: the period's start. */
  readonly earliestFrom?: Provenance;
  /** The deadline that fixes `latest` at the end of its chain; absent: the period's end. */
  readonly latestFrom?: Provenance;
}

export interface TemporalAnalysis {
  readonly ok: boolean;
  readonly nodes: readonly NodeSchedule[];
  readonly conflicts: readonly TemporalConflict[];
  /** Declared deadlines later than a later deadline allows (warnings: finishing early still works). */
  readonly deadlineOrder: readonly TemporalDeadlineOrder[];
  /** Rows whose written end a library default shortens, silently at run time (warnings). */
  readonly defaultShortens: readonly TemporalDefaultShortens[];
  readonly cycles: readonly TemporalCycle[];
  readonly unknown: readonly TemporalUnknownNode[];
  /** The chain that fixes the earliest day of the target (default: the bounded event with the least slack). */
  readonly criticalPath: readonly ChainLink[];
}

export interface AnalyseOptions {
  /** The event whose earliest day the critical path explains (default: the bounded event with the least slack). */
  readonly target?: string;
}

/**
 * Follows a pass's causes from a node to the bound at the end of its chain (memoised): the provenance of
 * the window start or deadline that fixed the node's day, or undefined for the period's start or end.
 */
function rootProvenance(network: TemporalNetwork, pass: PassResult): (i: number) => Provenance | undefined {
  const memo = new Map<number, Provenance | undefined>();
  const find = (i: number, depth: number): Provenance | undefined => {
    if (memo.has(i)) return memo.get(i);
    const cause = pass.causes[i];
    let found: Provenance | undefined;
    if (cause && depth < 10_000) {
      const c = network.constraints[cause.kind === 'origin' || cause.kind === 'horizon' ? -1 : cause.constraint];
      if (cause.kind === 'bound') found = c?.provenance;
      else if (cause.kind === 'units-due') found = c?.kind === 'rollup' ? c.unitsDue?.provenance : undefined;
      else if (cause.kind === 'edge' || cause.kind === 'rollup') found = find(cause.other, depth + 1);
    }
    memo.set(i, found);
    return found;
  };
  return (i) => find(i, 0);
}

/**
 * Runs the deadline-consistency check of a network on a calendar.
 *
 * @example
 * const result = analyseTemporal(network, weekdayCalendar(holidays));
 * result.ok // false when a hard deadline cannot hold or orderings form a cycle
 */
export function analyseTemporal(
  network: TemporalNetwork,
  cal: WorkingDays,
  options: AnalyseOptions = {},
): TemporalAnalysis {
  const ix = indexNetwork(network);
  const forward = forwardPass(ix, cal);
  const backward = backwardPass(ix, cal, forward);
  const earliestRoot = rootProvenance(network, forward);
  const latestRoot = rootProvenance(network, backward);
  const nodes: NodeSchedule[] = network.nodes.map((node, i) => {
    const earliest = forward.days[i] as number;
    const latest = backward.days[i] as number;
    const from = earliestRoot(i);
    const to = latestRoot(i);
    return {
      id: node.id,
      label: node.label,
      kind: node.kind,
      earliest,
      latest,
      slack: latest - earliest,
      bounded: backward.causes[i]?.kind !== 'horizon',
      ...(from ? { earliestFrom: from } : {}),
      ...(to ? { latestFrom: to } : {}),
    };
  });
  const conflicts = [...findConflicts(ix, forward, cal), ...findBeyondPeriod(ix, forward, cal)];
  // A too-late deadline whose broken deadline is already in conflict adds nothing to that conflict.
  const broken = new Set(conflicts.filter((c) => c.severity === 'error').map((c) => c.constraintId));
  const deadlineOrder = findDeadlineOrder(ix, forward, backward, cal).filter(
    (p) => !broken.has(p.chain[p.chain.length - 1]?.constraintId ?? ''),
  );
  const defaultShortens = findDefaultShortens(ix, forward, backward, cal).filter((p) => !broken.has(p.defaultId));
  const cycles = findCycles(ix);
  const unknown = findUnknownNodes(ix);
  let target = options.target === undefined ? undefined : ix.index.get(options.target);
  if (target === undefined && nodes.length > 0) {
    // The least slack among events a deadline reaches (the chain that leaves the plan the least room);
    // on ties the later earliest day, then the event furthest down the orderings. Without any deadline:
    // the latest earliest day.
    const rank = new Int32Array(nodes.length);
    ix.order.forEach((v, r) => {
      rank[v] = r;
    });
    const better = (i: number, j: number): boolean => {
      const a = nodes[i] as NodeSchedule;
      const b = nodes[j] as NodeSchedule;
      if (a.bounded !== b.bounded) return a.bounded;
      if (a.bounded && a.slack !== b.slack) return a.slack < b.slack;
      if (a.earliest !== b.earliest) return a.earliest > b.earliest;
      return (rank[i] as number) > (rank[j] as number);
    };
    target = 0;
    for (let i = 1; i < nodes.length; i++) if (better(i, target)) target = i;
  }
  const criticalPath = target === undefined ? [] : earliestChain(ix, forward, cal, target);
  return {
    ok: !conflicts.some((c) => c.severity === 'error') && cycles.length === 0 && unknown.length === 0,
    nodes,
    conflicts,
    deadlineOrder,
    defaultShortens,
    cycles,
    unknown,
    criticalPath,
  };
}
