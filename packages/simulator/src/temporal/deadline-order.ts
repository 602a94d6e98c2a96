// Deadlines given too late: a declared deadline that, if used, makes a later deadline impossible.
import type { EpochDay, WorkingDays } from '@tdkt/calendar';
import type { ChainLink } from './chain.js';
import { datedForward, toRef } from './chain.js';
import { latestStartFor } from './duration.js';
import type { IndexedNetwork } from './graph.js';
import type { PassResult } from './passes.js';

/**
 * A hard deadline that is later than the internal deadline its successors impose: a unit that uses
 * all the time it was given (for instance schools submitting on their own deadline, after the district's
 * roll-up deadline) breaks the later deadline. The chain runs from that deadline, through the orderings,
 * to the first later deadline it breaks.
 */
export interface TemporalDeadlineOrder {
  readonly code: 'temporal.deadline-order';
  /** A warning: the constraints can all hold (by finishing early), but the deadline given is misleading. */
  readonly severity: 'warning';
  readonly constraintId: string;
  readonly node: string;
  /** The deadline as declared. */
  readonly deadline: EpochDay;
  /** The latest day that keeps the later deadline. */
  readonly latest: EpochDay;
  /** First link: the declared deadline (kind upper-bound, read as "allowed until"); last: the broken one. */
  readonly chain: readonly ChainLink[];
}

/**
 * Finds declared hard deadlines later than their internal deadline, each with its smallest chain.
 * Nodes already in conflict (earliest > latest) are left to the conflict report.
 *
 * @example
 * findDeadlineOrder(ix, forward, backward, cal) // [{ code: 'temporal.deadline-order', … }]
 */
export function findDeadlineOrder(
  ix: IndexedNetwork,
  forward: PassResult,
  backward: PassResult,
  cal: WorkingDays,
): TemporalDeadlineOrder[] {
  const { network } = ix;
  const found: TemporalDeadlineOrder[] = [];
  for (let v = 0; v < network.nodes.length; v++) {
    const latest = backward.days[v] as number;
    if ((forward.days[v] as number) > latest) continue;
    for (const ci of ix.upper[v] ?? []) {
      const c = network.constraints[ci];
      // A window's end is room, not a promise: only a deadline written as one can mislead.
      if (c?.kind !== 'not-after' || c.soft || c.written === 'window' || c.day <= latest) continue;
      // Walk the backward causes: v → n1 → … until a node whose own deadline already breaks c.
      const steps: { from: number; to: number; constraint: number }[] = [];
      let end: { node: number; constraint: number } | undefined;
      let current = v;
      const seen = new Set<number>([v]);
      for (;;) {
        const cause = backward.causes[current];
        if (!cause || (cause.kind !== 'edge' && cause.kind !== 'rollup') || seen.has(cause.other)) break;
        steps.push({ from: current, to: cause.other, constraint: cause.constraint });
        current = cause.other;
        seen.add(current);
        const bound = tightestUpper(ix, current);
        if (
          bound !== undefined &&
          propagateBack(ix, cal, steps, (network.constraints[bound] as { day: number }).day) < c.day
        ) {
          end = { node: current, constraint: bound };
          break;
        }
      }
      if (!end) continue;
      const ub = network.constraints[end.constraint];
      if (ub?.kind !== 'not-after') continue;
      const chain: ChainLink[] = [
        {
          kind: 'upper-bound',
          constraintId: c.id,
          ...toRef(network, v),
          day: c.day,
          soft: false,
          provenance: c.provenance,
        },
      ];
      chain.push(...datedForward(ix, cal, c.day, steps));
      chain.push({
        kind: 'upper-bound',
        constraintId: ub.id,
        ...toRef(network, end.node),
        day: ub.day,
        soft: false,
        provenance: ub.provenance,
      });
      found.push({
        code: 'temporal.deadline-order',
        severity: 'warning',
        constraintId: c.id,
        node: c.node,
        deadline: c.day,
        latest,
        chain,
      });
    }
  }
  return found;
}

function tightestUpper(ix: IndexedNetwork, v: number): number | undefined {
  let best: number | undefined;
  for (const ci of ix.upper[v] ?? []) {
    const c = ix.network.constraints[ci];
    if (c?.kind !== 'not-after' || c.soft) continue;
    const b = best === undefined ? undefined : ix.network.constraints[best];
    if (b === undefined || (b.kind === 'not-after' && c.day < b.day)) best = ci;
  }
  return best;
}

/** The latest day of the chain's first node that keeps `day` at its last node. */
function propagateBack(
  ix: IndexedNetwork,
  cal: WorkingDays,
  steps: readonly { constraint: number }[],
  day: EpochDay,
): EpochDay {
  let d = day;
  for (let i = steps.length - 1; i >= 0; i--) {
    const c = ix.network.constraints[(steps[i] as { constraint: number }).constraint];
    if (c?.kind === 'precedence') d = latestStartFor(cal, d, c.duration);
  }
  return d;
}
