// A small fluent builder for temporal networks (front ends and tests), numbering constraints itself.
import type { Duration, EpochDay } from '@tdkt/calendar';
import { NO_DELAY } from './duration.js';
import type {
  Constraint,
  NodeKind,
  Provenance,
  RollupPolicy,
  SourceSpan,
  TemporalNetwork,
  TemporalNode,
} from './network.js';

export interface NetworkBuilder {
  node(id: string, label: string, kind?: NodeKind, span?: SourceSpan): NetworkBuilder;
  /** Adds `<id>.start` and `<id>.finish`, with the processing duration between them. */
  activity(
    id: string,
    label: string,
    options?: { duration?: Duration; durationProvenance?: Provenance; span?: SourceSpan },
  ): NetworkBuilder;
  notBefore(node: string, day: EpochDay, provenance: Provenance, soft?: boolean): NetworkBuilder;
  notAfter(
    node: string,
    day: EpochDay,
    provenance: Provenance,
    soft?: boolean,
    written?: 'deadline' | 'window',
  ): NetworkBuilder;
  precede(
    from: string,
    to: string,
    provenance: Provenance,
    duration?: Duration,
    reason?: 'duration' | 'sau' | 'step-order' | 'link',
  ): NetworkBuilder;
  rollup(
    parent: string,
    units: readonly string[],
    provenance: Provenance,
    policy?: RollupPolicy,
    unitsDue?: { day: EpochDay; provenance: Provenance },
  ): NetworkBuilder;
  build(): TemporalNetwork;
}

/**
 * Starts an empty network for a period (`file`: the plan's file, to tell a library's own step deadlines).
 *
 * @example
 * createNetworkBuilder(origin, horizon, 'workflows/kh.tdkt')
 *   .activity('xet', 'Hội đồng trường xét', { duration: { amount: 10, unit: 'workingDays' } })
 *   .notAfter('xet.finish', d30_5, { label: 'Phòng GD&ĐT trình Sở', phrase: 'trước ngày 30/5/2019' })
 *   .build()
 */
export function createNetworkBuilder(origin: EpochDay, horizon: EpochDay, file?: string): NetworkBuilder {
  const nodes: TemporalNode[] = [];
  const constraints: Constraint[] = [];
  const nextId = (): string => `c${constraints.length + 1}`;
  const builder: NetworkBuilder = {
    node(id, label, kind = 'event', span) {
      nodes.push(span === undefined ? { id, label, kind } : { id, label, kind, span });
      return builder;
    },
    activity(id, label, options = {}) {
      builder.node(`${id}.start`, label, 'start', options.span);
      builder.node(`${id}.finish`, label, 'finish', options.span);
      const provenance = options.durationProvenance ?? { label };
      return builder.precede(`${id}.start`, `${id}.finish`, provenance, options.duration ?? NO_DELAY, 'duration');
    },
    notBefore(node, day, provenance, soft = false) {
      constraints.push({ kind: 'not-before', id: nextId(), node, day, soft, provenance });
      return builder;
    },
    notAfter(node, day, provenance, soft = false, written = 'deadline') {
      constraints.push({ kind: 'not-after', id: nextId(), node, day, soft, written, provenance });
      return builder;
    },
    precede(from, to, provenance, duration = NO_DELAY, reason = 'sau') {
      constraints.push({ kind: 'precedence', id: nextId(), from, to, duration, reason, provenance });
      return builder;
    },
    rollup(parent, units, provenance, policy = { kind: 'all' }, unitsDue) {
      const base = { kind: 'rollup' as const, id: nextId(), parent, units: [...units], policy, provenance };
      constraints.push(unitsDue === undefined ? base : { ...base, unitsDue });
      return builder;
    },
    build: () => ({
      nodes: [...nodes],
      constraints: [...constraints],
      origin,
      horizon,
      ...(file === undefined ? {} : { file }),
    }),
  };
  return builder;
}
