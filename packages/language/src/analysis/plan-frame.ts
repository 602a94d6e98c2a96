// The days of a plan's own school-year frame (`khung năm học` lines): read, checked, and handed to the calendar.
import {
  type Diagnostic,
  type FrameOverride,
  formatVnDate,
  type ResolveContext,
  schoolYearFrame,
} from '@tdkt/calendar';
import type { FrameDecl, FrameMilestone } from '../ast/index.js';
import { type FileEnv, resolveIn } from './env.js';

type Milestone = FrameMilestone['milestone'];
const ORDER: readonly Milestone[] = ['gathering', 'opening', 'semester1End', 'semester2End', 'teachingEnd'];

/**
 * The frame a plan declares for its school year `startYear`: each line must name one day (`khai giảng 5/9/2020`,
 * `kết thúc học kỳ I trước 16/1/2021` → its last day, 15/1 when `trước` is strict). Days the plan leaves out
 * keep the Ministry's (or the rule's); together they must keep their order (tựu trường ≤ khai giảng < end of
 * semester I < end of semester II ≤ end of the year) — otherwise `plan.frame-order`, and the plan's days are
 * not used.
 *
 * @example
 * planFrame(env, frameAst, 2020, ctx) // => { startYear: 2020, opening: <5/9/2020>, citation: 'QĐ 1234/QĐ-UBND' }
 */
export function planFrame(
  env: FileEnv,
  frame: FrameDecl,
  startYear: number,
  ctx: ResolveContext,
  sink: Diagnostic[],
): FrameOverride | undefined {
  const days: Partial<Record<Milestone, number>> = {};
  const spans: Partial<Record<Milestone, FrameMilestone['span']>> = {};
  for (const m of frame.milestones) {
    const r = resolveIn(env, m.time, ctx, undefined, sink).resolution;
    if (r === undefined) continue;
    const single = r.window !== null && r.window.start === r.window.end ? r.window.start : undefined;
    const day =
      r.relative === undefined && !r.soft ? (single ?? (r.window === null ? r.lastDay : undefined)) : undefined;
    if (day === undefined) {
      sink.push({
        code: 'plan.frame-day-not-a-day',
        severity: 'error',
        span: m.time.span,
        data: { phrase: m.time.text, milestone: m.milestone },
      });
      continue;
    }
    days[m.milestone] = day;
    spans[m.milestone] = m.time.span;
  }
  if (Object.keys(days).length === 0 && frame.citation === undefined) return undefined;
  const override: FrameOverride = { startYear, ...days, ...(frame.citation ? { citation: frame.citation.value } : {}) };
  const merged = schoolYearFrame(startYear, override);
  // Semester II ends with the year when only the year's end is written: compare with that end, as written.
  const derivedSemester2 =
    days.semester2End === undefined && days.teachingEnd !== undefined && merged.semester2End === merged.teachingEnd;
  const chain = derivedSemester2 ? ORDER.filter((m) => m !== 'semester2End') : ORDER;
  for (let i = 1; i < chain.length; i++) {
    const before = chain[i - 1]!;
    const after = chain[i]!;
    const a = merged[before];
    const b = merged[after];
    const strict = before !== 'gathering' && !(before === 'semester2End' && after === 'teachingEnd');
    if (strict ? a < b : a <= b) continue;
    const span = spans[after] ?? spans[before] ?? frame.span;
    sink.push({
      code: 'plan.frame-order',
      severity: 'error',
      span,
      data: {
        before,
        after,
        beforeDay: formatVnDate(a),
        afterDay: formatVnDate(b),
        beforeFromPlan: days[before] !== undefined,
        afterFromPlan: days[after] !== undefined,
      },
    });
    return undefined;
  }
  return override;
}
