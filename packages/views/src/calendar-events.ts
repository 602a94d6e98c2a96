// The dated things of a plan as plain calendar entries: activity windows and deadlines, phases, events, step deadlines.
import { type EpochDay, epochDayOfInstant, formatVnDate, type Lang, parseIsoDate } from '@tdkt/calendar';
import {
  type CompiledWorkspace,
  procedureKey,
  reminderInstant,
  type TimeRules,
  timeRulesFromCalendar,
} from '@tdkt/compiler';
import type { PlanModel, SourceRef } from '@tdkt/language';
import { tentativeSuffix, viewText } from './messages.js';

/** One all-day entry: from `start` to `end` inclusive (epoch days, Asia/Ho_Chi_Minh dates). */
export interface CalendarEntry {
  /** Stable across runs: the plan file, the kind and the element's id. */
  readonly uid: string;
  readonly kind: 'activity' | 'deadline' | 'phase' | 'event' | 'step-deadline';
  readonly summary: string;
  readonly description: string;
  readonly start: EpochDay;
  readonly end: EpochDay;
  /** Tentative (`dự kiến`) or estimated. */
  readonly soft: boolean;
  /** Reminders as days before `start`'s midnight (working-day reminders already counted on the calendar). */
  readonly remindDaysBefore: readonly number[];
  readonly source?: string;
}

const where = (s: SourceRef | undefined): string | undefined => (s ? `${s.file}:${s.line}:${s.col}` : undefined);

/** The entry with its source position, and "(dự kiến)" after the summary of a soft one (calendar apps show only the summary). */
const finish = (entry: Omit<CalendarEntry, 'source'>, source: SourceRef | undefined, lang: Lang): CalendarEntry => {
  const at = where(source);
  const marked = { ...entry, summary: `${entry.summary}${tentativeSuffix(entry.soft, lang)}` };
  return at === undefined ? marked : { ...marked, source: at, description: `${entry.description}\n${at}` };
};

/**
 * Every dated thing of a plan as all-day calendar entries: each activity's window (and its own deadline
 * when the phrase is one), the phases, the expected events, and the deadlines of the steps of the
 * procedures its activities run (with their `nhắc trước` reminders).
 *
 * @example
 * calendarEntries(model.plans[0]!, compileWorkspace(model), 'vi').filter((e) => e.kind === 'step-deadline')
 */
export function calendarEntries(
  plan: PlanModel,
  compiled: CompiledWorkspace,
  lang: Lang,
  rules: TimeRules = timeRulesFromCalendar(),
): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  const base = `${plan.file}`;
  for (const phase of plan.phases) {
    const w = phase.time?.resolution?.window;
    if (!w || !phase.time) continue;
    out.push(
      finish(
        {
          uid: `${base}#phase:${phase.id}`,
          kind: 'phase',
          summary: viewText('calendar.phase', lang, { phase: phase.id }),
          description: `${phase.theme ?? ''}\n${phase.time.text}`.trim(),
          start: w.start,
          end: w.end,
          soft: phase.time.resolution?.soft ?? false,
          remindDaysBefore: [],
        },
        phase.source,
        lang,
      ),
    );
  }
  for (const event of plan.events) {
    const r = event.time?.resolution;
    if (!r?.window || !event.time) continue;
    out.push(
      finish(
        {
          uid: `${base}#event:${event.id}`,
          kind: 'event',
          summary: viewText('calendar.event', lang, { name: event.name ?? event.id }),
          description: `${event.time.text}${tentativeSuffix(r.soft, lang)}`,
          start: r.window.start,
          end: r.window.end,
          soft: r.soft,
          remindDaysBefore: [],
        },
        event.source,
        lang,
      ),
    );
  }
  for (const a of plan.activities) {
    if (!a.window) continue;
    const who = a.by.length > 0 ? `\n${viewText('calendar.by', lang, { who: a.by.map((b) => b.id) })}` : '';
    const phrase = a.time ? `\n${a.time.text}` : '';
    const soft = a.time?.resolution?.soft ?? false;
    out.push(
      finish(
        {
          uid: `${base}#activity:${a.id}`,
          kind: 'activity',
          summary: a.text,
          description: `${a.text}${phrase}${who}`,
          start: a.window.start,
          end: a.window.end,
          soft,
          remindDaysBefore: [],
        },
        a.source,
        lang,
      ),
    );
    const r = a.time?.resolution;
    if (r && r.kind === 'deadline' && a.time && a.window.start !== a.window.end) {
      out.push(
        finish(
          {
            uid: `${base}#deadline:${a.id}`,
            kind: 'deadline',
            summary: viewText('calendar.due', lang, { what: a.text }),
            description: `${a.time.text}${tentativeSuffix(soft, lang)}${who}`,
            start: r.lastDay,
            end: r.lastDay,
            soft,
            remindDaysBefore: [],
          },
          a.source,
          lang,
        ),
      );
    }
  }
  const seen = new Set<string>();
  const own = compiled.plans.find((p) => p.model === plan)?.procedures ?? compiled.procedures;
  for (const a of plan.activities) {
    const link = a.procedure;
    if (!link) continue;
    const key = procedureKey(link.procedure, a.id, link.customised);
    const procedure = own.get(key);
    if (!procedure || seen.has(key)) continue;
    seen.add(key);
    for (const step of procedure.ir.steps) {
      const d = step.deadline;
      if (!d) continue;
      const last =
        d.kind === 'absolute'
          ? parseIsoDate(d.lastDay)
          : d.kind === 'after-event' && d.estimate
            ? parseIsoDate(d.estimate.lastDay)
            : undefined;
      if (last === undefined) continue;
      const at = d.kind === 'absolute' ? d.at : d.kind === 'after-event' && d.estimate ? d.estimate.at : 0;
      const remind = step.reminders.map((r) => Math.max(0, last - epochDayOfInstant(reminderInstant(at, r, rules))));
      const who = step.roles ?? (step.role ? [step.role] : []);
      out.push(
        finish(
          {
            uid: `${base}#step:${key}/${step.id}`,
            kind: 'step-deadline',
            summary: viewText('calendar.due', lang, {
              what: `${step.title || step.id} (${procedure.ir.title || key})`,
            }),
            description: `${d.text} → ${formatVnDate(last)}${tentativeSuffix(d.soft, lang)}${who.length > 0 ? `\n${viewText('calendar.by', lang, { who })}` : ''}`,
            start: last,
            end: last,
            soft: d.soft,
            remindDaysBefore: remind,
          },
          step.source,
          lang,
        ),
      );
    }
  }
  return out;
}
