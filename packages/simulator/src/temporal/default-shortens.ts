// Rows silently shortened by a library default: a later step's default leaves a performed step less time.
import type { EpochDay, WorkingDays } from '@tdkt/calendar';
import type { ChainLink } from './chain.js';
import { datedForward, toRef } from './chain.js';
import type { IndexedNetwork } from './graph.js';
import type { Constraint, Provenance, SourceSpan } from './network.js';
import { backwardPass, type PassResult } from './passes.js';

/**
 * A plan row that performs steps of a procedure, whose window (or deadline) the plan wrote, but one of
 * whose steps must finish earlier because a later step keeps a library default: at run time the step is
 * due at the row's end and the default still applies, so the row is shorter than the plan says. The chain
 * runs from the row's end, through the step's successors, to the default.
 */
export interface TemporalDefaultShortens {
  readonly code: 'temporal.default-shortens-row';
  /** A warning: the plan can hold (by finishing early), but the row's time is not what it says. */
  readonly severity: 'warning';
  /** The row's end bound. */
  readonly constraintId: string;
  /** The row's finish event. */
  readonly node: string;
  /** The performed step's event that the default bounds (its finish; a waiting step's start). */
  readonly step: string;
  /** What the step is, as the library names it ("Hội đồng TĐKT cơ quan quản lý thẩm định, xét"). */
  readonly stepLabel: string;
  /** The row's end as the plan wrote it. */
  readonly rowEnd: EpochDay;
  /** The latest day the library default leaves the step. */
  readonly latest: EpochDay;
  /** The library default's constraint. */
  readonly defaultId: string;
  /** The row (its line), where the fix goes. */
  readonly span?: SourceSpan;
  /** First link: the row's end (upper-bound); then the step's successors; last: the default. */
  readonly chain: readonly ChainLink[];
}

type NotAfter = Extract<Constraint, { kind: 'not-after' }>;

/** A bound the plan wrote for a row: its own phrase or its section heading (not the period, not an event). */
const writtenByPlan = (c: NotAfter): boolean =>
  c.provenance.origin?.kind === 'phrase' || c.provenance.origin?.kind === 'heading';

/**
 * Whether a deadline is the library's default: a parameter's default, or a step's own `hạn` written in
 * another file than the plan's (when the network knows its plan's file).
 *
 * @example
 * isLibraryDefault({ label: 'Quyết định', origin: { kind: 'default', param: 'hạn_quyết_định' } }, 'kh.tdkt') // => true
 */
function isLibraryDefault(p: Provenance, planFile: string | undefined): boolean {
  const kind = p.origin?.kind;
  if (kind === 'default') return true;
  return kind === 'step' && planFile !== undefined && p.span !== undefined && p.span.file !== planFile;
}

/** The tightest hard end bound of a node, if any. */
function tightest(ix: IndexedNetwork, v: number): NotAfter | undefined {
  let best: NotAfter | undefined;
  for (const ci of ix.upper[v] ?? []) {
    const c = ix.network.constraints[ci];
    if (c?.kind === 'not-after' && !c.soft && (best === undefined || c.day < best.day)) best = c;
  }
  return best;
}

/** The backward pass's path to a bound: the links walked, the bound's node, the bound and its index. */
type Path = { steps: { from: number; to: number; constraint: number }[]; node: number; bound: NotAfter; index: number };

/** The backward pass's path from `v` to the bound that fixes its latest day, or undefined (the period's end). */
function pathToBound(ix: IndexedNetwork, backward: PassResult, v: number): Path | undefined {
  const steps: Path['steps'] = [];
  const seen = new Set<number>([v]);
  let current = v;
  for (;;) {
    const cause = backward.causes[current];
    if (cause?.kind === 'bound') {
      const c = ix.network.constraints[cause.constraint];
      return c?.kind === 'not-after' ? { steps, node: current, bound: c, index: cause.constraint } : undefined;
    }
    if (!cause || (cause.kind !== 'edge' && cause.kind !== 'rollup') || seen.has(cause.other)) return undefined;
    steps.push({ from: current, to: cause.other, constraint: cause.constraint });
    current = cause.other;
    seen.add(current);
  }
}

/**
 * Finds rows that perform procedure steps (the steps' links carry origin `row`) whose plan-written end is
 * later than the latest day one of their steps has: a step counts when library defaults leave it less time
 * than it has without them (a second backward pass, the defaults left out). A later bound the plan sets
 * already makes the step due earlier at run time (the schedule shows it): only defaults count. One finding
 * per row (the step left the most time: the row is done when its last step is), and none for a row whose
 * step is late only through another row's shortened step (the same default, one fix).
 *
 * @example
 * findDefaultShortens(ix, forward, backward, cal) // [{ code: 'temporal.default-shortens-row', … }]
 */
export function findDefaultShortens(
  ix: IndexedNetwork,
  forward: PassResult,
  backward: PassResult,
  cal: WorkingDays,
): TemporalDefaultShortens[] {
  const { network } = ix;
  const isLink = (ci: number): boolean => {
    const c = network.constraints[ci];
    return c?.kind === 'precedence' && c.reason === 'link' && c.provenance.origin?.kind === 'row';
  };
  if (!network.constraints.some((_, ci) => isLink(ci))) return [];
  const library = (ci: number): boolean => {
    const c = network.constraints[ci];
    return c?.kind === 'not-after' && isLibraryDefault(c.provenance, network.file);
  };
  const planOnly = backwardPass({ ...ix, upper: ix.upper.map((cs) => cs.filter((ci) => !library(ci))) }, cal, forward);
  const candidates: { row: number; end: NotAfter; step: number; latest: EpochDay; path: Path }[] = [];
  for (let r = 0; r < network.nodes.length; r++) {
    const end = tightest(ix, r);
    if (end === undefined || !writtenByPlan(end)) continue;
    let best: (typeof candidates)[number] | undefined;
    for (const e of ix.inEdges[r] ?? []) {
      if (!isLink(e.constraint)) continue;
      const latest = backward.days[e.from] as number;
      // Not shortened by a default, or in conflict (the conflict report's).
      if (latest >= (planOnly.days[e.from] as number) || (forward.days[e.from] as number) > latest) continue;
      const path = pathToBound(ix, backward, e.from);
      if (path === undefined || !library(path.index)) continue;
      if (best === undefined || latest > best.latest) best = { row: r, end, step: e.from, latest, path };
    }
    if (best) candidates.push(best);
  }
  const steps = new Set(candidates.map((c) => c.step));
  return candidates.filter((c) => !c.path.steps.some((s) => steps.has(s.to))).map((c) => finding(ix, cal, c));
}

function finding(
  ix: IndexedNetwork,
  cal: WorkingDays,
  c: { row: number; end: NotAfter; step: number; latest: EpochDay; path: Path },
): TemporalDefaultShortens {
  const { network } = ix;
  const { end, path } = c;
  const span = network.nodes[c.row]?.span;
  const upper = (node: number, b: NotAfter): ChainLink => ({
    kind: 'upper-bound',
    constraintId: b.id,
    ...toRef(network, node),
    day: b.day,
    soft: false,
    provenance: b.provenance,
  });
  return {
    code: 'temporal.default-shortens-row',
    severity: 'warning',
    constraintId: end.id,
    node: end.node,
    step: network.nodes[c.step]?.id ?? String(c.step),
    stepLabel: network.nodes[c.step]?.label ?? String(c.step),
    rowEnd: end.day,
    latest: c.latest,
    defaultId: path.bound.id,
    ...(span ? { span } : {}),
    chain: [upper(c.row, end), ...datedForward(ix, cal, end.day, path.steps), upper(path.node, path.bound)],
  };
}
