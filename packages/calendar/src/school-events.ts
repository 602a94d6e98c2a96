// School events a plan may count from without declaring them (khai giảng, tựu trường …), dated by the school-year frame.
import type { EpochDay } from './epoch-day.js';
import type { DayWindow } from './period.js';
import type { SchoolYearFrame } from './school-year-frame.js';

export type SchoolEventId = 'opening' | 'gathering' | 'semester-1-end' | 'year-end';

export interface SchoolEvent {
  readonly id: SchoolEventId;
  readonly name: { readonly vi: string; readonly en: string };
  /** Other spellings (matched folded: case, diacritics, đ/d, spaces and underscores do not matter). */
  readonly aliases: readonly string[];
}

/**
 * The school events of the frame. `tựu trường` is an estimate (the frame gives only the earliest day; each
 * province sets its own, up to the day before the opening), the others are the frame's days.
 *
 * @example
 * schoolEvents.find((e) => e.id === 'opening')?.name.vi // => 'khai giảng'
 */
export const schoolEvents: readonly SchoolEvent[] = [
  {
    id: 'opening',
    name: { vi: 'khai giảng', en: 'school opening' },
    aliases: ['lễ khai giảng', 'khai giảng năm học', 'khai giảng năm học mới', 'opening day'],
  },
  {
    id: 'gathering',
    name: { vi: 'tựu trường', en: 'return to school' },
    aliases: ['học sinh tựu trường', 'ngày tựu trường'],
  },
  {
    id: 'semester-1-end',
    name: { vi: 'kết thúc học kỳ I', en: 'end of semester I' },
    aliases: ['kết thúc học kì I', 'kết thúc HK I', 'kết thúc học kỳ 1'],
  },
  { id: 'year-end', name: { vi: 'kết thúc năm học', en: 'end of the school year' }, aliases: ['hết năm học'] },
];

/**
 * The day (or, for an estimate, the window) of a school event in a frame.
 *
 * @example
 * schoolEventDate(schoolEvents[0]!, schoolYearFrame(2020)) // => { date: 5/9/2020 }
 */
export function schoolEventDate(
  event: SchoolEvent,
  frame: SchoolYearFrame,
): { readonly date: EpochDay } | { readonly window: DayWindow } {
  switch (event.id) {
    case 'opening':
      return { date: frame.opening };
    case 'gathering':
      return { window: { start: Math.min(frame.gathering, frame.opening - 1), end: frame.opening - 1 } };
    case 'semester-1-end':
      return { date: frame.semester1End };
    case 'year-end':
      return { date: frame.teachingEnd };
  }
}
