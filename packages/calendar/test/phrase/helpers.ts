// Test helpers: parse + resolve a phrase in a context and describe the result with ISO dates.
import {
  type Diagnostic,
  defaultWorkingCalendar,
  type EventDate,
  formatInstant,
  formatIsoDate,
  type Period,
  parseIsoDate,
  parseTimePhrase,
  type Resolution,
  resolveTime,
} from '@tdkt/calendar';

const sy2020: Period = { kind: 'school-year', startYear: 2020 };
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
export function run(
  text: string,
  options: Options = {},
): { diagnostics: Diagnostic[]; result: Described | undefined; resolution: Resolution | undefined } {
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
      window:
        resolution.window === null
          ? null
          : `${formatIsoDate(resolution.window.start)}..${formatIsoDate(resolution.window.end)}`,
      lastDay: formatIsoDate(resolution.lastDay),
      deadline: formatInstant(resolution.deadline),
      soft: resolution.soft,
    },
  };
}

/** Resolves and fails loudly on any error (warnings, e.g. a deadline on a day off, are allowed). */
export function resolveOk(text: string, options: Options = {}): Described {
  const { diagnostics, result } = run(text, options);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || result === undefined)
    throw new Error(`${text}: ${errors.map((d) => d.code).join(', ') || 'no resolution'}`);
  return result;
}

/** Valid phrases of every form (the seeds' own among them), for round trips and fuzzing. */
export const validPhrases = [
  '30/6',
  '20/5/2019',
  'ngày 20/5/2019',
  '03/02/2021',
  'từ 1/8/2020 đến 20/10/2020',
  '1/8/2020- 20-10-2020',
  '12-15/6',
  'từ ngày 12-15',
  'trước 30/6',
  'trước ngày 20/5/2019',
  'chậm nhất 15/7',
  'chậm nhất ngày 15/7',
  'hạn 30/6',
  'đến 30/6',
  'tháng 8/2020',
  '8/2020',
  '01/2021',
  'tháng 9',
  'Quý I',
  'quý III năm 2024',
  'đầu năm học',
  'cuối năm học',
  'học kỳ I',
  'cuối học kỳ I',
  'học kỳ II',
  'cả năm',
  'thường xuyên',
  'đầu tháng',
  'giữa tháng 9',
  'cuối tháng 10/2020',
  'đầu năm',
  'giữa năm',
  'cuối năm 2020',
  'dự kiến 12-15/6',
  'dự kiến trong các ngày từ 12-15',
  'dự kiến tháng 9/2020',
  '2 ngày sau hội_nghị_cbvc',
  'chậm nhất 2 ngày sau hội_nghị_cbvc',
  'trong 5 ngày làm việc kể từ hội_nghị_cbvc',
  'sau hội_nghị_cbvc 3 tuần',
  'trước hội_nghị_cbvc 5 ngày',
  'chậm nhất sau khi hội_nghị_cbvc 2 ngày',
  'chậm nhất sau khi "hội nghị CB, VC" 2 ngày',
  'nhân dịp 20/11',
  'nhân dịp 20/11/2020',
  'trước Ngày Nhà giáo Việt Nam',
  'dịp Tết Nguyên đán',
  'trước 20/11',
  'học kỳ I năm học 2019-2020',
  'năm 2024',
  'từ ngày 12 đến 15/6',
  '5 ngày trước hop_to',
  'tháng 9-10/2020',
  'từ tháng 8/2020 đến tháng 7/2021',
  'từ tháng 12 đến tháng 2',
  'tháng 11-12',
];
