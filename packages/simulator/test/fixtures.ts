// Shared test fixtures: dates, a 2019/2021 calendar with real days off, a provenance helper.
import { toEpochDay } from '@tdkt/calendar';
import { weekdayCalendar } from '@tdkt/simulator';
import type { Provenance } from '@tdkt/simulator';

export const day = (d: number, m: number, y: number): number => toEpochDay({ year: y, month: m, day: d });

const tet2021 = [10, 11, 12, 13, 14, 15, 16].map((d) => day(d, 2, 2021));
const may2019 = [day(29, 4, 2019), day(30, 4, 2019), day(1, 5, 2019)];

/** Weekdays minus Tết 2021 (10–16/2), 30/4–1/5/2019 (with 29/4 swapped). */
export const cal = weekdayCalendar([...tet2021, ...may2019], [], new Map(tet2021.map((d) => [d, 'Tết Nguyên đán'])));

export const at = (label: string, line: number, phrase?: string, resolved?: number): Provenance => ({
  label,
  span: { file: 'ke-hoach.tdkt', line, col: 5 },
  ...(phrase === undefined ? {} : { phrase }),
  ...(resolved === undefined ? {} : { resolved }),
});
