import type { Constraint, TemporalNetwork } from '@tdkt/simulator';
import { analyseTemporal } from '@tdkt/simulator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDurationForward } from '../../src/temporal/duration.js';
import { cal, day } from '../fixtures.js';

const origin = day(1, 8, 2020);
const horizon = day(31, 7, 2021);

/** Random acyclic networks: precedences only go from lower to higher node numbers. */
const networkArb: fc.Arbitrary<TemporalNetwork> = fc
  .record({
    size: fc.integer({ min: 2, max: 12 }),
    edges: fc.array(
      fc.record({
        a: fc.nat(),
        b: fc.nat(),
        amount: fc.integer({ min: 0, max: 12 }),
        unit: fc.constantFrom<'day' | 'working-day' | 'week' | 'month'>(
          'day',
          'working-day',
          'working-day',
          'week',
          'month',
        ),
      }),
      { maxLength: 20 },
    ),
    lows: fc.array(fc.record({ n: fc.nat(), offset: fc.integer({ min: 0, max: 200 }) }), { maxLength: 5 }),
    highs: fc.array(fc.record({ n: fc.nat(), offset: fc.integer({ min: 0, max: 330 }), soft: fc.boolean() }), {
      maxLength: 5,
    }),
    rollups: fc.array(
      fc.record({
        parent: fc.nat(),
        units: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        policy: fc.integer({ min: 0, max: 2 }),
        k: fc.integer({ min: 1, max: 3 }),
        due: fc.option(fc.integer({ min: 0, max: 250 })),
      }),
      { maxLength: 2 },
    ),
  })
  .map(({ size, edges, lows, highs, rollups }) => {
    const nodes = Array.from({ length: size }, (_, i) => ({ id: `n${i}`, label: `N${i}`, kind: 'event' as const }));
    const constraints: Constraint[] = [];
    const id = (): string => `c${constraints.length + 1}`;
    for (const e of edges) {
      const a = e.a % size;
      const b = e.b % size;
      if (a === b) continue;
      const [from, to] = a < b ? [a, b] : [b, a];
      constraints.push({
        kind: 'precedence',
        id: id(),
        from: `n${from}`,
        to: `n${to}`,
        duration: { amount: e.unit === 'month' ? e.amount % 3 : e.amount, unit: e.unit },
        reason: 'duration',
        provenance: { label: `N${to}` },
      });
    }
    for (const l of lows)
      constraints.push({
        kind: 'not-before',
        id: id(),
        node: `n${l.n % size}`,
        day: origin + l.offset,
        soft: false,
        provenance: { label: 'lb' },
      });
    for (const h of highs)
      constraints.push({
        kind: 'not-after',
        id: id(),
        node: `n${h.n % size}`,
        day: origin + h.offset,
        soft: h.soft,
        provenance: { label: 'ub' },
      });
    for (const r of rollups) {
      const parent = Math.max(1, r.parent % size);
      const units = [...new Set(r.units.map((u) => `n${u % parent}`))];
      const policy =
        r.policy === 0
          ? { kind: 'all' as const }
          : r.policy === 1
            ? { kind: 'quorum' as const, count: r.k }
            : { kind: 'by-deadline' as const };
      const base = {
        kind: 'rollup' as const,
        id: id(),
        parent: `n${parent}`,
        units,
        policy,
        provenance: { label: 'rollup' },
      };
      constraints.push(
        r.due === null ? base : { ...base, unitsDue: { day: origin + r.due, provenance: { label: 'due' } } },
      );
    }
    return { nodes, constraints, origin, horizon };
  });

const violated = (net: TemporalNetwork): Set<string> =>
  new Set(
    analyseTemporal(net, cal)
      .conflicts.filter((c) => c.severity === 'error')
      .map((c) => c.constraintId),
  );

describe('temporal properties', () => {
  it('adding slack (later deadlines, shorter durations, earlier window starts) never creates a conflict', () => {
    fc.assert(
      fc.property(
        networkArb,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 1000 }),
        (net, extra, pick) => {
          const relaxed: TemporalNetwork = {
            ...net,
            constraints: net.constraints.map((c, i) => {
              if ((i + pick) % 2 === 1) return c;
              if (c.kind === 'not-after') return { ...c, day: c.day + extra };
              if (c.kind === 'not-before') return { ...c, day: c.day - extra };
              if (c.kind === 'precedence')
                return { ...c, duration: { ...c.duration, amount: Math.max(0, c.duration.amount - (extra % 5)) } };
              return c;
            }),
          };
          const before = violated(net);
          for (const id of violated(relaxed)) expect(before.has(id)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a deadline below the computed earliest day always conflicts, with a chain ending at it', () => {
    fc.assert(
      fc.property(networkArb, fc.nat(), fc.integer({ min: 1, max: 20 }), (net, which, below) => {
        const base = analyseTemporal(net, cal);
        const target = base.nodes[which % base.nodes.length]!;
        const tightened: TemporalNetwork = {
          ...net,
          constraints: [
            ...net.constraints,
            {
              kind: 'not-after',
              id: 'tight',
              node: target.id,
              day: target.earliest - below,
              soft: false,
              provenance: { label: 'tight' },
            },
          ],
        };
        const result = analyseTemporal(tightened, cal);
        expect(result.ok).toBe(false);
        const conflict = result.conflicts.find((c) => c.constraintId === 'tight');
        expect(conflict?.earliest).toBe(target.earliest);
        const chain = conflict!.chain;
        expect(chain[chain.length - 1]?.constraintId).toBe('tight');
        expect(['origin', 'lower-bound', 'units-due']).toContain(chain[0]?.kind);
        // The chain's days never go down, and its last real link reaches the earliest day.
        for (let i = 1; i < chain.length - 1; i++) expect(chain[i]!.day).toBeGreaterThanOrEqual(chain[i - 1]!.day);
        expect(chain[chain.length - 2]?.day).toBe(target.earliest);
      }),
      { numRuns: 150 },
    );
  });

  it('earliest ≤ latest everywhere when there is no conflict, and both passes respect every precedence', () => {
    fc.assert(
      fc.property(networkArb, (net) => {
        const r = analyseTemporal(net, cal);
        // Past the period's end (a warning) the horizon bounds the latest day: slack may be negative there.
        if (r.conflicts.some((c) => c.severity === 'error' || c.code === 'temporal.beyond-period')) return;
        for (const n of r.nodes) expect(n.slack).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  });

  it('without conflicts, both the earliest and the latest schedule satisfy every constraint', () => {
    fc.assert(
      fc.property(networkArb, (net) => {
        const r = analyseTemporal(net, cal);
        if (!r.ok || r.conflicts.some((c) => c.severity === 'error' || c.code === 'temporal.beyond-period')) return;
        const at = new Map(r.nodes.map((n) => [n.id, n]));
        for (const pick of ['earliest', 'latest'] as const) {
          const day = (id: string): number => at.get(id)![pick];
          for (const c of net.constraints) {
            if (c.kind === 'precedence')
              expect(addDurationForward(cal, day(c.from), c.duration)).toBeLessThanOrEqual(day(c.to));
            if (c.kind === 'not-before') expect(day(c.node)).toBeGreaterThanOrEqual(c.day);
            if (c.kind === 'not-after' && !c.soft) expect(day(c.node)).toBeLessThanOrEqual(c.day);
            if (c.kind === 'rollup') {
              const units = c.units.map(day).sort((a, b) => a - b);
              const needed =
                c.policy.kind === 'all'
                  ? units.length
                  : c.policy.kind === 'quorum'
                    ? Math.min(c.policy.count, units.length)
                    : 0;
              if (needed > 0) expect(day(c.parent)).toBeGreaterThanOrEqual(units[needed - 1]!);
              if (c.unitsDue) expect(day(c.parent)).toBeGreaterThanOrEqual(c.unitsDue.day);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
