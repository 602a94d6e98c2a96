// Turns the forward pass's causes into an explaining chain of links, each with its provenance.
import type { Duration, EpochDay, WorkingDays } from '@tdkt/calendar';
import type { Crossing } from './duration.js';
import { addDurationForward, daysOffBetween } from './duration.js';
import type { IndexedNetwork } from './graph.js';
import type { NodeKind, Provenance, TemporalNetwork } from './network.js';
import type { PassResult } from './passes.js';

/** One link of an explanation: how the earliest day of `to` came about (or the bound it breaks). */
export interface ChainLink {
  /**
   * origin: nothing before the period start; lower-bound: a window start; precedence: a duration or
   * ordering; rollup: waiting for a unit; units-due: waiting for the units' deadline; upper-bound: the
   * deadline that is violated (always last); period-end: the plan's period ends (last, no deadline).
   */
  readonly kind: 'origin' | 'lower-bound' | 'precedence' | 'rollup' | 'units-due' | 'upper-bound' | 'period-end';
  readonly constraintId?: string;
  readonly from?: string;
  readonly to: string;
  /** Labels and kinds of the two events, so that reports need no network at hand. */
  readonly fromLabel?: string;
  readonly fromKind?: NodeKind;
  readonly toLabel: string;
  readonly toKind: NodeKind;
  readonly fromDay?: EpochDay;
  /** Earliest day of `to` after this link; for the upper bound, the last allowed day. */
  readonly day: EpochDay;
  readonly duration?: Duration;
  readonly crossing?: Crossing;
  readonly reason?: 'duration' | 'sau' | 'step-order' | 'link';
  readonly soft?: boolean;
  readonly provenance: Provenance;
}

/**
 * The chain of links that fixes node `v`'s earliest day, from its absolute lower bound (or the period
 * start) to `v`, following the binding cause at each step.
 *
 * @example
 * earliestChain(ix, forward, cal, ix.index.get('phong.finish')!) // [lower-bound, precedence, …]
 */
export function earliestChain(ix: IndexedNetwork, forward: PassResult, cal: WorkingDays, v: number): ChainLink[] {
  const links: ChainLink[] = [];
  const { network } = ix;
  const id = (i: number): string => network.nodes[i]?.id ?? String(i);
  const to = (i: number) => toRef(network, i);
  const from = (i: number) => fromRef(network, i);
  const seen = new Set<number>();
  let current = v;
  while (!seen.has(current)) {
    seen.add(current);
    const cause = forward.causes[current];
    const day = forward.days[current] as number;
    if (!cause || cause.kind === 'origin' || cause.kind === 'horizon') {
      links.push({
        kind: 'origin',
        ...to(current),
        day,
        provenance: { label: network.nodes[current]?.label ?? id(current), resolved: network.origin },
      });
      break;
    }
    const c = network.constraints[cause.constraint];
    if (!c) break;
    if (cause.kind === 'bound' && c.kind === 'not-before') {
      links.push({
        kind: 'lower-bound',
        constraintId: c.id,
        ...to(current),
        day,
        soft: c.soft,
        provenance: c.provenance,
      });
      break;
    }
    if (cause.kind === 'units-due' && c.kind === 'rollup' && c.unitsDue) {
      // Two links: the units may use their time up to their deadline, and the parent waits for them.
      const unit = c.units[0] === undefined ? undefined : ix.index.get(c.units[0]);
      if (unit === undefined) {
        links.push({ kind: 'units-due', constraintId: c.id, ...to(current), day, provenance: c.unitsDue.provenance });
        break;
      }
      links.push({
        kind: 'rollup',
        constraintId: c.id,
        ...from(unit),
        ...to(current),
        fromDay: day,
        day,
        provenance: c.provenance,
      });
      links.push({ kind: 'units-due', constraintId: c.id, ...to(unit), day, provenance: c.unitsDue.provenance });
      break;
    }
    if (cause.kind === 'edge' && c.kind === 'precedence') {
      const fromDay = forward.days[cause.other] as number;
      links.push({
        kind: 'precedence',
        constraintId: c.id,
        ...from(cause.other),
        ...to(current),
        fromDay,
        day,
        duration: c.duration,
        crossing: daysOffBetween(cal, fromDay, day),
        reason: c.reason,
        provenance: c.provenance,
      });
      current = cause.other;
      continue;
    }
    if (cause.kind === 'rollup' && c.kind === 'rollup') {
      links.push({
        kind: 'rollup',
        constraintId: c.id,
        ...from(cause.other),
        ...to(current),
        fromDay: forward.days[cause.other] as number,
        day,
        provenance: c.provenance,
      });
      current = cause.other;
      continue;
    }
    break;
  }
  return links.reverse();
}

/**
 * The `to` fields of a link for node `i`.
 *
 * @example
 * toRef(network, 0) // => { to: 'hd.start', toLabel: 'Hội đồng trường xét', toKind: 'start' }
 */
export function toRef(network: TemporalNetwork, i: number): { to: string; toLabel: string; toKind: NodeKind } {
  const node = network.nodes[i];
  return { to: node?.id ?? String(i), toLabel: node?.label ?? String(i), toKind: node?.kind ?? 'event' };
}

/**
 * The `from` fields of a link for node `i`.
 *
 * @example
 * fromRef(network, 0) // => { from: 'hd.start', fromLabel: 'Hội đồng trường xét', fromKind: 'start' }
 */
export function fromRef(network: TemporalNetwork, i: number): { from: string; fromLabel: string; fromKind: NodeKind } {
  const node = network.nodes[i];
  return { from: node?.id ?? String(i), fromLabel: node?.label ?? String(i), fromKind: node?.kind ?? 'event' };
}

/**
 * The links of a path the backward pass followed (precedences and roll-ups, `from` before `to`), dated
 * forwards from `day` at the path's first node: what happens after it if it is done on that day.
 *
 * @example
 * datedForward(ix, cal, rowEnd, [{ from: s, to: t, constraint: 7 }]) // [{ kind: 'precedence', fromDay: rowEnd, … }]
 */
export function datedForward(
  ix: IndexedNetwork,
  cal: WorkingDays,
  day: EpochDay,
  steps: readonly { from: number; to: number; constraint: number }[],
): ChainLink[] {
  const { network } = ix;
  const links: ChainLink[] = [];
  let current = day;
  for (const s of steps) {
    const c = network.constraints[s.constraint];
    if (c?.kind === 'precedence') {
      const next = addDurationForward(cal, current, c.duration);
      links.push({
        kind: 'precedence',
        constraintId: c.id,
        ...fromRef(network, s.from),
        ...toRef(network, s.to),
        fromDay: current,
        day: next,
        duration: c.duration,
        crossing: daysOffBetween(cal, current, next),
        reason: c.reason,
        provenance: c.provenance,
      });
      current = next;
    } else if (c?.kind === 'rollup') {
      links.push({
        kind: 'rollup',
        constraintId: c.id,
        ...fromRef(network, s.from),
        ...toRef(network, s.to),
        fromDay: current,
        day: current,
        provenance: c.provenance,
      });
    }
  }
  return links;
}
