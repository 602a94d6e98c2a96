// The phrase table (phrase-table.tsv): every wording family of issue 13 with its context and expected reading.
import { readFileSync } from 'node:fs';
import {
  daysInMonth,
  deadlineOf,
  defaultWorkingCalendar,
  type EventDate,
  formatInstant,
  formatIsoDate,
  parseIsoDate,
  parseTimePhrase,
  type ResolveContext,
  resolveTime,
  tetDay,
  toEpochDay,
} from '@tdkt/calendar';
import { describe, expect, it } from 'vitest';

interface Row {
  readonly line: number;
  readonly phrase: string;
  readonly context: string;
  readonly kind: string;
  readonly window: string;
  readonly lastDay: string;
  readonly deadline: string;
  readonly soft: string;
  readonly warning: string;
  readonly extra: string;
  readonly source: string;
}

const calendar = defaultWorkingCalendar();

function rows(): Row[] {
  const text = readFileSync(new URL('./phrase-table.tsv', import.meta.url), 'utf8');
  const out: Row[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#') || raw.startsWith('phrase\t')) return;
    const c = raw.split('\t');
    if (c.length !== 10) throw new Error(`phrase-table.tsv:${i + 1}: ${c.length} columns, expected 10`);
    const [phrase, context, kind, window, lastDay, deadline, soft, warning, extra, source] = c as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    out.push({ line: i + 1, phrase, context, kind, window, lastDay, deadline, soft, warning, extra, source });
  });
  return out;
}

/** `sy2020; ev:hnc=2020-09-25; title:hnc=Hội nghị …` → a resolution context. */
function contextOf(spec: string): ResolveContext {
  let period: ResolveContext['period'] | undefined;
  let beforeReading: ResolveContext['beforeReading'] = 'strict';
  let enclosing: ResolveContext['enclosing'];
  const events: Record<string, EventDate> = {};
  const eventTitles: Record<string, string> = {};
  for (const item of spec
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    let m: RegExpExecArray | null;
    if ((m = /^sy(\d{4})$/u.exec(item))) period = { kind: 'school-year', startYear: Number(m[1]) };
    else if ((m = /^y(\d{4})$/u.exec(item))) period = { kind: 'year', year: Number(m[1]) };
    else if (item === 'lenient') beforeReading = 'lenient';
    else if ((m = /^in=(\d{4})-(\d{2})$/u.exec(item))) {
      const [year, month] = [Number(m[1]), Number(m[2])];
      enclosing = {
        start: toEpochDay({ year, month, day: 1 }),
        end: toEpochDay({ year, month, day: daysInMonth(year, month) }),
      };
    } else if ((m = /^ev:(.+?)=(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/u.exec(item))) {
      const start = parseIsoDate(m[2] as string) as number;
      events[m[1] as string] =
        m[3] === undefined ? { date: start } : { window: { start, end: parseIsoDate(m[3]) as number } };
    } else if ((m = /^title:(.+?)=(.+)$/u.exec(item))) eventTitles[m[1] as string] = m[2] as string;
    else throw new Error(`bad context item ${item}`);
  }
  if (period === undefined) throw new Error(`no period in ${spec}`);
  return {
    period,
    beforeReading,
    calendar,
    lunar: { tetDay },
    events,
    eventTitles,
    ...(enclosing === undefined ? {} : { enclosing }),
  };
}

const table = rows();

describe('the phrase table', () => {
  it('has at least 300 rows, each with a source', () => {
    expect(table.length).toBeGreaterThanOrEqual(300);
    for (const r of table) expect(r.source.trim(), `line ${r.line}`).not.toBe('');
  });

  it.each(table.map((r) => [`${r.line}: ${r.phrase} [${r.context}]`, r] as const))('%s', (_, row) => {
    const parsed = parseTimePhrase(row.phrase);
    const resolved = parsed.expr === undefined ? undefined : resolveTime(parsed.expr, contextOf(row.context));
    const diagnostics = [...parsed.diagnostics, ...(resolved?.diagnostics ?? [])];
    const error = diagnostics.find((d) => d.severity === 'error');
    // `bind=title occ=12 suggest=hạn cuối`: a value runs to the next ` key=`.
    const extras = new Map(
      [...row.extra.matchAll(/(\w+)=(.*?)(?= \w+=|$)/gu)].map((m) => [m[1] as string, m[2] as string]),
    );
    if (row.kind.startsWith('error:')) {
      expect(error?.code).toBe(row.kind.slice('error:'.length));
      if (extras.has('suggest')) expect(error?.data['suggestion']).toBe(extras.get('suggest'));
      return;
    }
    expect(error, error && `${error.code} ${JSON.stringify(error.data)}`).toBeUndefined();
    const r = resolved?.resolution;
    expect(r).toBeDefined();
    if (r === undefined) return;
    expect(r.kind).toBe(row.kind);
    expect(r.window === null ? '-' : `${formatIsoDate(r.window.start)}..${formatIsoDate(r.window.end)}`).toBe(
      row.window,
    );
    expect(formatIsoDate(r.lastDay)).toBe(row.lastDay);
    expect(formatInstant(r.deadline)).toBe(row.deadline === '-' ? formatInstant(deadlineOf(r.lastDay)) : row.deadline);
    expect(r.soft ? 'soft' : '-').toBe(row.soft);
    const warnings = diagnostics.filter((d) => d.severity === 'warning').map((d) => d.code);
    expect(warnings.join(' ') || '-').toBe(row.warning);
    const binding = r.relative?.binding;
    if (extras.has('bind')) expect(binding && ('by' in binding ? binding.by : binding.kind)).toBe(extras.get('bind'));
    if (extras.has('occ')) expect(String(r.occurrences?.length)).toBe(extras.get('occ'));
    if (extras.has('frame')) expect(r.frame?.source).toBe(extras.get('frame'));
  });
});
