// Shared test fixtures: dates, the real working calendar (decided holidays), a provenance helper.
import { createWorkingCalendar, toEpochDay } from '@tdkt/calendar';
import type { Provenance } from '@tdkt/simulator';

export const day = (d: number, m: number, y: number): number => toEpochDay({ year: y, month: m, day: d });

/** The real calendar: Tết 2021 is 10–16/2; in 2019, 29/4 was swapped off against Saturday 4/5. */
export const cal = createWorkingCalendar();

export const at = (label: string, line: number, phrase?: string, resolved?: number): Provenance => ({
  label,
  span: { file: 'ke-hoach.tdkt', line, col: 5 },
  ...(phrase === undefined ? {} : { phrase }),
  ...(resolved === undefined ? {} : { resolved }),
});
