// Hand-built IR for the compiler's tests: the year-end review chain of the design sketch.
import { endOfDay, startOfDayMs, toEpochDay } from '@tdkt/calendar';
import type { DurationIR, ProcedureIR } from '../src/ir.js';

export const day = (d: number, m: number, y: number): number => toEpochDay({ year: y, month: m, day: d });
/** The first instant after the given day ends (a deadline on that day has passed from here on). */
export const endOf = (d: number, m: number, y: number): number => endOfDay(day(d, m, y));
export const at = (d: number, m: number, y: number, hour = 0): number => startOfDayMs(day(d, m, y)) + hour * 3_600_000;

export const workingDays = (amount: number): DurationIR => ({
  amount,
  unit: 'working-day',
  text: `${amount} ngày làm việc`,
});

export const reviewChain: ProcedureIR = {
  name: 'xét_cuối_năm',
  title: 'Bình xét danh hiệu thi đua cuối năm học',
  fields: [
    { name: 'đã_đăng_ký', type: { kind: 'boolean' }, required: true },
    { name: 'điểm', type: { kind: 'number' }, required: false },
  ],
  initial: 'tự_đánh_giá',
  steps: [
    {
      id: 'tự_đánh_giá',
      title: 'Cá nhân tự đánh giá',
      role: 'cá_nhân',
      reminders: [],
      routes: [{ guard: { kind: 'not', item: { kind: 'field', name: 'đã_đăng_ký' } }, target: 'không_xét' }],
      transitions: [{ action: 'nộp', target: 'tổ_xét' }],
    },
    {
      id: 'tổ_xét',
      title: 'Tổ chuyên môn xét',
      role: 'tổ_trưởng',
      deadline: { kind: 'absolute', at: endOf(14, 5, 2021), lastDay: '2021-05-14', soft: false, text: 'trước 15/5' },
      reminders: [workingDays(3)],
      routes: [],
      transitions: [
        { action: 'duyệt', target: 'hội_đồng' },
        { action: 'trả_lại', target: 'tự_đánh_giá' },
      ],
      timeouts: [{ target: 'không_xét' }],
    },
    {
      id: 'hội_đồng',
      title: 'Hội đồng TĐKT nhà trường xét',
      role: 'hội_đồng_trường',
      posting: workingDays(5),
      processing: workingDays(10),
      reminders: [],
      routes: [],
      transitions: [
        {
          action: 'duyệt',
          target: 'đạt',
          guard: {
            kind: 'compare',
            op: '>=',
            left: { kind: 'field', name: 'điểm' },
            right: { kind: 'literal', value: 8 },
          },
        },
        { action: 'không_duyệt', target: 'không_đạt' },
      ],
    },
  ],
  finals: [
    { id: 'đạt', outcome: 'đạt' },
    { id: 'không_đạt', outcome: 'không đạt' },
    { id: 'không_xét', outcome: 'không xét' },
  ],
};
