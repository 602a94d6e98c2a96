// Properties of how a plan's times combine (dsl/grammar.md §8), over generated plans: headings only
// constrain, narrowing a heading below a row's earliest finish is always found, every bound has a source.

import { defaultWorkingCalendar, formatVnDate, toEpochDay } from '@tdkt/calendar';
import { analyze } from '@tdkt/language';
import { analyseTemporal, planNetwork } from '@tdkt/simulator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const calendar = defaultWorkingCalendar();
const ORG = `tổ chức
  cấp cá_nhân < trường
  vai trò hiệu_trưởng "Hiệu trưởng" cấp trường
`;
const day = (d: number): string => formatVnDate(d);
const MARCH = toEpochDay({ year: 2021, month: 3, day: 1 });

interface Row {
  /** Offsets in days from 1/3/2021 of the row's own window. */
  readonly from: number;
  readonly to: number;
  /** Whether the row comes after the previous one. */
  readonly after: boolean;
}

const row: fc.Arbitrary<Row> = fc
  .record({ from: fc.integer({ min: 0, max: 90 }), length: fc.integer({ min: 0, max: 30 }), after: fc.boolean() })
  .map((r) => ({ from: r.from, to: r.from + r.length, after: r.after }));

/** A plan whose rows sit under a heading `từ H1 đến H2` (or `cả năm` when `heading` is undefined). */
function planText(rows: readonly Row[], heading: { from: number; to: number } | undefined): string {
  const section = heading ? `từ ${day(MARCH + heading.from)} đến ${day(MARCH + heading.to)}` : 'cả năm';
  const lines = rows.map((r, i) => {
    const own = `từ ${day(MARCH + r.from)} đến ${day(MARCH + r.to)}`;
    return `      v${i}: "Việc ${i}" do hiệu_trưởng ${own}${r.after && i > 0 ? `\n        sau v${i - 1}` : ''}`;
  });
  return `${ORG}kế hoạch "Thử"\n  đơn vị "Trường thử" cấp trường\n  năm học 2020-2021\n  tiến độ\n    ${section}\n${lines.join('\n')}\n`;
}

/** Errors of `check` plus hard conflicts of the deadline check: what makes a plan fail. */
function findings(text: string): { count: number; earliest: number[] } {
  const result = analyze(text, 'p.tdkt');
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const plan = result.model.plans[0];
  if (!plan) return { count: errors, earliest: [] };
  const t = analyseTemporal(planNetwork(plan), calendar);
  const conflicts = t.conflicts.filter((c) => c.severity === 'error').length + t.cycles.length;
  const earliest = plan.activities.map((a) => t.nodes.find((n) => n.id === `hđ:${a.id}.finish`)?.earliest ?? 0);
  return { count: errors + conflicts, earliest };
}

describe('how a plan’s times combine: properties', () => {
  it('removing a heading never adds a finding', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 90 }),
        (rows, hFrom, hLength) => {
          const heading = { from: hFrom, to: hFrom + hLength };
          expect(findings(planText(rows, undefined)).count).toBeLessThanOrEqual(
            findings(planText(rows, heading)).count,
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('narrowing a heading below a row’s earliest finish always adds a finding', () => {
    let tried = 0;
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), fc.nat(), (rows, pick) => {
        const wide = { from: 0, to: 150 };
        const before = findings(planText(rows, wide));
        fc.pre(before.count === 0);
        const i = pick % rows.length;
        const finish = (before.earliest[i] as number) - MARCH;
        fc.pre(finish >= 1);
        const narrow = { from: 0, to: finish - 1 };
        tried++;
        expect(findings(planText(rows, narrow)).count).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
    // The preconditions leave most generated plans in: the property is not vacuous.
    expect(tried).toBeGreaterThan(30);
  });

  it('every bound in the network has a source (where it is written, the words), and every bounded date names its deadline', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 30, max: 90 }),
        (rows, hFrom, hLength) => {
          const result = analyze(planText(rows, { from: hFrom, to: hFrom + hLength }), 'p.tdkt');
          const plan = result.model.plans[0];
          fc.pre(plan !== undefined && result.diagnostics.every((d) => d.severity !== 'error'));
          const network = planNetwork(plan!);
          for (const c of network.constraints) {
            if (c.kind !== 'not-before' && c.kind !== 'not-after') continue;
            expect(c.provenance.span?.line).toBeGreaterThan(0);
            expect(c.provenance.phrase).toBeTruthy();
            expect(c.provenance.origin?.kind).toMatch(/^(phrase|heading|period)$/u);
          }
          const t = analyseTemporal(network, calendar);
          for (const n of t.nodes) if (n.bounded) expect(n.latestFrom?.span?.line).toBeGreaterThan(0);
        },
      ),
      { numRuns: 40 },
    );
  });
});
