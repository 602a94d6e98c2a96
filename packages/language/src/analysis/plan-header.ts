// A plan's header: the issuer, the period and its frame, the reading of `trước`, issue date, bases, notes.
import {
  type Diagnostic,
  defaultWorkingCalendar,
  type FrameOverride,
  formatVnDate,
  type Period,
  periodWindow,
  type ResolveContext,
  tetDay,
} from '@tdkt/calendar';
import type { Plan } from '../ast/index.js';
import type { PlanModel, ResolvedTime } from '../model/types.js';
import { type FileEnv, resolveIn } from './env.js';
import { planFrame } from './plan-frame.js';

export interface PlanHeader {
  readonly period: Period | undefined;
  /** The plan's own days of the school-year frame (`khung năm học` lines), for the calendar. */
  readonly frame: FrameOverride | undefined;
  readonly lenient: boolean;
  readonly issuer: PlanModel['issuer'];
  readonly docNumber: string | undefined;
  readonly issued: ResolvedTime | undefined;
  readonly bases: string[];
  readonly notes: string[];
}

const ONCE = new Set(['Period', 'Frame', 'LenientBefore', 'DocNumber', 'Issued', 'Issuer']);

/**
 * Reads the header lines of a plan. The frame (`khung năm học`) may move both ends of a school year; the
 * issue date may lie before the period (a plan is written before its year starts), and is only warned
 * about when it lies after the period's end.
 *
 * @example
 * readPlanHeader(planAst, env).period // => { kind: 'school-year', startYear: 2020 }
 */
export function readPlanHeader(plan: Plan, env: FileEnv): PlanHeader {
  const d = env.diagnostics;
  let period: Period | undefined;
  let lenient = false;
  let frame: Extract<Plan['items'][number], { kind: 'Frame' }> | undefined;
  let issuedAst: Extract<Plan['items'][number], { kind: 'Issued' }> | undefined;
  const bases: string[] = [];
  const notes: string[] = [];
  let issuer: PlanModel['issuer'];
  let docNumber: string | undefined;
  const seen = new Set<string>();
  for (const item of plan.items) {
    if (ONCE.has(item.kind)) {
      if (seen.has(item.kind))
        d.push({
          code: 'syntax.duplicate-clause',
          severity: 'error',
          span: item.span,
          data: { clause: item.kind.toLowerCase() },
        });
      seen.add(item.kind);
    }
    if (item.kind === 'Period')
      period =
        item.type === 'school-year'
          ? { kind: 'school-year', startYear: item.startYear }
          : { kind: 'year', year: item.startYear };
    else if (item.kind === 'LenientBefore') lenient = true;
    else if (item.kind === 'Frame') frame = item;
    else if (item.kind === 'Basis') bases.push(item.text.value);
    else if (item.kind === 'Note') notes.push(item.text.value);
    else if (item.kind === 'DocNumber') docNumber = item.text.value;
    else if (item.kind === 'Issued') issuedAst = item;
    else if (item.kind === 'Issuer') {
      if (item.level && !env.levels.has(item.level.name) && env.hasOrg)
        d.push(env.levels.unknown(item.level.name, item.level.span));
      issuer = {
        name: item.name.value,
        ...(item.level ? { level: env.levels.declared(item.level.name) ?? item.level.name } : {}),
        ...(item.parent ? { parent: item.parent.kind === 'Str' ? item.parent.value : item.parent.name } : {}),
        source: env.src(item.span),
      };
    }
  }
  if (!period) d.push({ code: 'validate.no-period', severity: 'warning', span: plan.title.span, data: {} });
  const reading = lenient ? ('lenient' as const) : ('strict' as const);
  const context = (p: Period): ResolveContext => ({
    period: p,
    beforeReading: reading,
    calendar: defaultWorkingCalendar(),
    lunar: { tetDay },
  });
  // The header's own dates are not bound by the period they define: a date outside it is no problem here.
  const quiet = (ds: Diagnostic[]): void => {
    d.push(...ds.filter((x) => x.code !== 'time.outside-period'));
  };
  let schoolFrame: FrameOverride | undefined;
  if (frame && period?.kind === 'school-year') {
    if (frame.time) {
      const sink: Diagnostic[] = [];
      const r = resolveIn(env, frame.time, context(period), undefined, sink).resolution;
      quiet(sink);
      if (r) period = { ...period, bounds: r.window ?? { start: r.lastDay, end: r.lastDay } };
    }
    const sink: Diagnostic[] = [];
    schoolFrame = planFrame(env, frame, period.startYear, context(period), sink);
    quiet(sink);
  } else if (frame && period) {
    d.push({ code: 'validate.frame-needs-school-year', severity: 'warning', span: frame.span, data: {} });
  }
  let issued: ResolvedTime | undefined;
  if (issuedAst) {
    const sink: Diagnostic[] = [];
    issued = resolveIn(env, issuedAst.time, period ? context(period) : undefined, undefined, sink);
    quiet(sink);
    const end = period ? periodWindow(period).end : undefined;
    const day = issued.resolution?.window?.start ?? issued.resolution?.lastDay;
    if (end !== undefined && day !== undefined && day > end) {
      d.push({
        code: 'plan.issued-after-period',
        severity: 'warning',
        span: issuedAst.time.span,
        data: { issued: formatVnDate(day), end: formatVnDate(end) },
      });
    }
  }
  return { period, frame: schoolFrame, lenient, issuer, docNumber, issued, bases, notes };
}
