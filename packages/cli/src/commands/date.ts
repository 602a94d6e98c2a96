// `tdkt date "PHRASE"`: how a time phrase parses and resolves in a period (text or the JSON contract).
import {
  checkPeriodYears,
  type DayWindow,
  type Diagnostic,
  defaultWorkingCalendar,
  type EventDate,
  epochDayOfInstant,
  formatInstant,
  formatIsoDate,
  formatPeriod,
  formatTimeExpr,
  formatVnDate,
  fromEpochDay,
  occasionById,
  type Period,
  parseIsoDate,
  parseSchoolYear,
  parseTimePhrase,
  type Resolution,
  renderCalendarDiagnostic,
  resolutionToJson,
  resolveTime,
  type TimeExpr,
  toEpochDay,
  weekdayName,
} from '@tdkt/calendar';
import { type CliIo, ExitCode, type Lang } from '../io.js';
import { say } from '../messages/catalog.js';
import type { CommandInput } from '../spec.js';

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** The period from --school-year / --year, else the school year running today (the CLI's edge clock). */
function periodOf(input: CommandInput, today: number): Parsed<Period> {
  const sy = input.options['school-year'];
  const y = input.options['year'];
  if (typeof sy === 'string' && typeof y === 'string') {
    return { ok: false, message: say(input.lang, 'period.both') };
  }
  if (typeof sy === 'string') {
    const period = parseSchoolYear(sy);
    const range =
      period &&
      rangeProblem(
        { kind: 'school-year', startYear: period.kind === 'school-year' ? period.startYear : 0 },
        input.lang,
      );
    if (range !== undefined) return { ok: false, message: range };
    return period
      ? { ok: true, value: period }
      : { ok: false, message: say(input.lang, 'period.bad-school-year', { value: sy }) };
  }
  if (typeof y === 'string') {
    if (!/^\d{4}$/.test(y)) return { ok: false, message: say(input.lang, 'period.bad-year', { value: y }) };
    const range = rangeProblem({ kind: 'year', startYear: Number(y) }, input.lang);
    return range === undefined ? { ok: true, value: { kind: 'year', year: Number(y) } } : { ok: false, message: range };
  }
  const { year, month } = fromEpochDay(today);
  return { ok: true, value: { kind: 'school-year', startYear: month >= 8 ? year : year - 1 } };
}

/** A period whose years lie outside 1900–2199, as the calendar's message (or undefined). */
function rangeProblem(period: { kind: 'school-year' | 'year'; startYear: number }, lang: Lang): string | undefined {
  const [problem] = checkPeriodYears(period, { start: 0, end: 0 });
  return problem === undefined ? undefined : renderCalendarDiagnostic(problem, lang);
}

interface EventOptions {
  readonly events: Record<string, EventDate>;
  readonly titles: Record<string, string>;
}

/**
 * `NAME=YYYY-MM-DD` (known) or `NAME=YYYY-MM-DD..YYYY-MM-DD` (an expected window); `ID:TITLE=…` also gives
 * the event's written title, so a phrase may name it either way.
 */
function eventsOf(input: CommandInput): Parsed<EventOptions> {
  const raw = input.options['event'];
  const list = raw === undefined ? [] : typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : [];
  const events: Record<string, EventDate> = {};
  const titles: Record<string, string> = {};
  for (const item of list) {
    const m = /^(.+?)=(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(item);
    const start = m?.[2] === undefined ? undefined : parseIsoDate(m[2]);
    const end = m?.[3] === undefined ? start : parseIsoDate(m[3]);
    if (!m || start === undefined || end === undefined || end < start) {
      return { ok: false, message: say(input.lang, 'date.bad-event', { value: item }) };
    }
    const name = (m[1] as string).normalize('NFC');
    const colon = name.indexOf(':');
    const id = colon > 0 ? name.slice(0, colon).trim() : name;
    if (colon > 0) titles[id] = name.slice(colon + 1).trim();
    events[id] = m[3] === undefined ? { date: start } : { window: { start, end } };
  }
  return { ok: true, value: { events, titles } };
}

/** `--within PHRASE`: the window a phrase sits in (e.g. `tháng 6/2021`), resolved in the same period. */
function enclosingOf(input: CommandInput, period: Period): Parsed<DayWindow | undefined> {
  const text = input.options['within'];
  if (typeof text !== 'string') return { ok: true, value: undefined };
  const parsed = parseTimePhrase(text);
  const resolved =
    parsed.expr && resolveTime(parsed.expr, { period, beforeReading: 'strict', calendar: defaultWorkingCalendar() });
  const window = resolved?.resolution?.window;
  if (parsed.diagnostics.length > 0 || resolved === undefined || resolved.diagnostics.length > 0 || window == null) {
    const first = [...parsed.diagnostics, ...(resolved?.diagnostics ?? [])][0];
    const why = first === undefined ? '' : `: ${renderCalendarDiagnostic(first, input.lang)}`;
    return { ok: false, message: say(input.lang, 'date.bad-within', { value: text, why }) };
  }
  return { ok: true, value: window };
}

/**
 * `<phrase>:1:col: error CODE: message`, the phrase, and a caret line under the span.
 *
 * @example
 * renderPhraseDiagnostic('Quý V', quarterDiagnostic, 'en')
 * // => '<phrase>:1:5: error time.invalid-quarter: quarter V does not exist (I to IV)\n  Quý V\n      ^\n'
 */
export function renderPhraseDiagnostic(phrase: string, d: Diagnostic, lang: Lang): string {
  const start = Math.min(d.span.start, phrase.length);
  const width = Math.max(1, Math.min(d.span.end, phrase.length) - start);
  const severity = d.severity === 'error' ? 'error' : d.severity;
  return `<phrase>:1:${start + 1}: ${severity} ${d.code}: ${renderCalendarDiagnostic(d, lang)}\n  ${phrase}\n  ${' '.repeat(start)}${'^'.repeat(width)}\n`;
}

/** Diagnostics of a one-line phrase as `--json` lists them (line 1, columns from the span). */
function diagnosticsJson(list: readonly Diagnostic[], lang: Lang) {
  return list.map((d) => ({
    code: d.code,
    severity: d.severity,
    span: d.span,
    line: 1,
    column: d.span.start + 1,
    message: renderCalendarDiagnostic(d, lang),
  }));
}

function day(d: number, lang: Lang): string {
  return `${formatVnDate(d)} (${weekdayName(d, lang)})`;
}

/** The named occasion a phrase refers to (`nhân dịp 20/11`, `trước Ngày Nhà giáo Việt Nam`), if any. */
function occasionOf(expr: TimeExpr): string | undefined {
  const e = expr.kind === 'tentative' ? expr.inner : expr;
  const anchor = e.kind === 'deadline' ? e.target : e;
  return anchor.kind === 'occasion' ? anchor.occasion : undefined;
}

/** What a relative phrase's event was bound to, in words. */
function bindingText(r: Resolution, lang: Lang): string {
  const b = r.relative?.binding;
  if (b === undefined) return '';
  switch (b.kind) {
    case 'declared': {
      // Named by its own id: nothing to explain.
      if (b.by === 'id' && b.title === undefined) return '';
      const how = say(lang, `date.bound.${b.by}`);
      return ` [${b.title === undefined ? '' : `"${b.title}", `}${how}]`;
    }
    case 'school':
      return ` [${say(lang, 'date.bound.school')}]`;
    case 'occasion':
      return ` [${say(lang, 'date.bound.occasion')}]`;
    case 'date':
      return ` [${say(lang, 'date.bound.date')}]`;
  }
}

function occurrencesText(r: Resolution, lang: Lang): string | undefined {
  const list = r.occurrences;
  if (list === undefined || list.length <= 1) return undefined;
  const shown = list.map((o) =>
    o.window === null || o.window.start === o.window.end
      ? formatVnDate(o.lastDay)
      : `${formatVnDate(o.window.start)}–${formatVnDate(o.window.end)}`,
  );
  return say(lang, 'date.times', { count: list.length, list: shown.join(', ') });
}

function renderText(
  phrase: string,
  expr: TimeExpr,
  period: Period,
  lenient: boolean,
  r: Resolution,
  lang: Lang,
  warnings: readonly Diagnostic[],
): string {
  const canonical = formatTimeExpr(expr, 'vi');
  const at = { day: formatVnDate(r.lastDay), instant: formatInstant(r.deadline) };
  const rows: [string, string][] = [
    [say(lang, 'date.label.phrase'), phrase],
    [say(lang, 'date.label.canonical'), `${canonical}  [${r.exprKind}]`],
    [
      say(lang, 'date.label.context'),
      `${formatPeriod(period, lang)}; ${say(lang, lenient ? 'date.before-lenient' : 'date.before-strict')}`,
    ],
    [say(lang, 'date.label.kind'), say(lang, `date.kind.${r.kind}`)],
    [
      say(lang, 'date.label.window'),
      r.window === null
        ? '—'
        : r.window.start === r.window.end
          ? day(r.window.start, lang)
          : `${day(r.window.start, lang)} – ${day(r.window.end, lang)}`,
    ],
    [say(lang, 'date.label.last-day'), day(r.lastDay, lang)],
    [
      say(lang, 'date.label.deadline'),
      r.timeOfDay === undefined
        ? say(lang, 'date.end-of-day', at)
        : say(lang, 'date.time-on-day', {
            ...at,
            time: `${String(r.timeOfDay.hour).padStart(2, '0')}:${String(r.timeOfDay.minute).padStart(2, '0')}`,
          }),
    ],
    [say(lang, 'date.label.nature'), say(lang, r.soft ? 'date.soft' : 'date.hard')],
  ];
  const occasion = occasionOf(expr);
  const named = occasion === undefined ? undefined : occasionById(occasion);
  if (named !== undefined) rows.push([say(lang, 'date.label.occasion'), named.name[lang]]);
  const rel = r.relative;
  if (rel !== undefined) {
    const when =
      rel.eventDay !== null
        ? say(lang, 'date.event-known', { day: day(rel.eventDay, lang) })
        : rel.estimate !== null
          ? say(lang, 'date.event-expected', {
              start: formatVnDate(rel.estimate.start),
              end: formatVnDate(rel.estimate.end),
              earliest: formatVnDate(rel.lastDayRange.earliest),
              latest: formatVnDate(rel.lastDayRange.latest),
            })
          : '';
    rows.push([say(lang, 'date.label.event'), `${rel.event}${bindingText(r, lang)}: ${when}`]);
  }
  const occurrences = occurrencesText(r, lang);
  if (occurrences !== undefined) rows.push([say(lang, 'date.label.repeats'), occurrences]);
  if (r.frame !== undefined) {
    const years = `${r.frame.startYear}-${r.frame.startYear + 1}`;
    const text =
      r.frame.source === 'rule'
        ? say(lang, 'date.frame.rule')
        : say(lang, `date.frame.${r.frame.source}`, { citation: r.frame.citation });
    rows.push([say(lang, 'date.label.frame'), `${years}, ${text}`]);
  }
  for (const w of warnings)
    rows.push([say(lang, 'date.label.warning'), `${w.code}: ${renderCalendarDiagnostic(w, lang)}`]);
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  return `${rows.map(([k, v]) => `${`${k}:`.padEnd(width)}${v}`).join('\n')}\n`;
}

/**
 * Runs `tdkt date`. Exit 0 with the resolution; 2 for a bad phrase (each diagnostic with a caret) or
 * bad options.
 *
 * @example
 * await run({ command: 'date', positionals: ['trước 30/6'], options: { 'school-year': '2020-2021' }, lang: 'vi' }, io) // => 0
 */
export async function run(input: CommandInput, io: CliIo): Promise<ExitCode> {
  const phrase = input.positionals[0] ?? '';
  const lang = input.lang;
  const json = input.options['json'] === true;
  const lenient = input.options['lenient'] === true;
  // The CLI is the edge: the default period is the school year running today.
  const period = periodOf(input, epochDayOfInstant(io.now()));
  const events = eventsOf(input);
  if (!period.ok || !events.ok) {
    io.stderr(`tdkt: ${!period.ok ? period.message : !events.ok ? events.message : ''}\n`);
    return ExitCode.BadInput;
  }
  const enclosing = enclosingOf(input, period.value);
  if (!enclosing.ok) {
    io.stderr(`tdkt: ${enclosing.message}\n`);
    return ExitCode.BadInput;
  }
  const parsed = parseTimePhrase(phrase);
  let diagnostics = parsed.diagnostics;
  let resolution: Resolution | undefined;
  if (parsed.expr !== undefined) {
    const resolved = resolveTime(parsed.expr, {
      period: period.value,
      beforeReading: lenient ? 'lenient' : 'strict',
      calendar: defaultWorkingCalendar(),
      events: events.value.events,
      eventTitles: events.value.titles,
      ...(enclosing.value === undefined ? {} : { enclosing: enclosing.value }),
    });
    diagnostics = [...diagnostics, ...resolved.diagnostics];
    resolution = resolved.resolution;
  }
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || parsed.expr === undefined || resolution === undefined) {
    if (json) {
      io.stdout(`${JSON.stringify({ input: phrase, diagnostics: diagnosticsJson(diagnostics, lang) }, null, 2)}\n`);
    } else {
      for (const d of diagnostics) io.stderr(renderPhraseDiagnostic(phrase, d, lang));
    }
    return ExitCode.BadInput;
  }
  const canonical = formatTimeExpr(parsed.expr, 'vi');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  if (json) {
    const list = diagnosticsJson(warnings, lang);
    const body = {
      ...resolutionToJson(phrase, canonical, resolution),
      period: periodJson(period.value),
      beforeReading: lenient ? 'lenient' : 'strict',
      ...(list.length === 0 ? {} : { warnings: list }),
    };
    io.stdout(`${JSON.stringify(body, null, 2)}\n`);
  } else {
    io.stdout(renderText(phrase, parsed.expr, period.value, lenient, resolution, lang, warnings));
  }
  return ExitCode.Ok;
}

function periodJson(p: Period): Record<string, string | number> {
  if (p.kind === 'year')
    return {
      kind: 'year',
      year: p.year,
      start: formatIsoDate(toEpochDay({ year: p.year, month: 1, day: 1 })),
      end: formatIsoDate(toEpochDay({ year: p.year, month: 12, day: 31 })),
    };
  return {
    kind: 'school-year',
    startYear: p.startYear,
    start: formatIsoDate(toEpochDay({ year: p.startYear, month: 8, day: 1 })),
    end: formatIsoDate(toEpochDay({ year: p.startYear + 1, month: 7, day: 31 })),
  };
}
