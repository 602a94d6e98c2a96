// Test helpers: parse + resolve a phrase in a context and describe the result with ISO dates.
import {
  defaultWorkingCalendar,
  formatInstant,
  formatIsoDate,
  parseIsoDate,
  parseTimePhrase,
  resolveTime,
  type Diagnostic,
  type EventDate,
  type Period,
  type Resolution,
} from '@tdkt/calendar';

export const sy2020: Period = { kind: 'school-year', startYear: 2020 };
export const iso = (text: string): number => {
  const d = parseIsoDate(text);
  if (d === undefined) throw new Error(`bad test date ${text}`);
  return d;
};

export interface Options {
  period?: Period;
  lenient?: boolean;
  events?: Record<string, EventDate>;
  enclosing?: [string, string];
}

export interface Described {
  kind: Resolution['kind'];
  window: string | null;
  lastDay: string;
  deadline: string;
  soft: boolean;
}

/** Parses and resolves; returns the diagnostics and the resolution with ISO dates. */
export function run(text: string, options: Options = {}): { diagnostics: Diagnostic[]; result: Described | undefined; resolution: Resolution | undefined } {
  const parsed = parseTimePhrase(text);
  if (parsed.expr === undefined) return { diagnostics: parsed.diagnostics, result: undefined, resolution: undefined };
  const { resolution, diagnostics } = resolveTime(parsed.expr, {
    period: options.period ?? sy2020,
    beforeReading: options.lenient ? 'lenient' : 'strict',
    calendar: defaultWorkingCalendar(),
    ...(options.events ? { events: options.events } : {}),
    ...(options.enclosing ? { enclosing: { start: iso(options.enclosing[0]), end: iso(options.enclosing[1]) } } : {}),
  });
  const all = [...parsed.diagnostics, ...diagnostics];
  if (resolution === undefined) return { diagnostics: all, result: undefined, resolution };
  return {
    diagnostics: all,
    resolution,
    result: {
      kind: resolution.kind,
      window: resolution.window === null ? null : `${formatIsoDate(resolution.window.start)}..${formatIsoDate(resolution.window.end)}`,
      lastDay: formatIsoDate(resolution.lastDay),
      deadline: formatInstant(resolution.deadline),
      soft: resolution.soft,
    },
  };
}

/** Resolves and fails loudly on any diagnostic. */
export function resolveOk(text: string, options: Options = {}): Described {
  const { diagnostics, result } = run(text, options);
  if (diagnostics.length > 0 || result === undefined) throw new Error(`${text}: ${diagnostics.map((d) => d.code).join(', ') || 'no resolution'}`);
  return result;
}
