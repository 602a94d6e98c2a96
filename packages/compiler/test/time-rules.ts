// Weekend-only rules until the compiler uses @tdkt/calendar's working calendar.
import { weekday } from '@tdkt/calendar';
import type { TimeRules } from '../src/runtime-time.js';

const isWorking = (d: number): boolean => weekday(d) <= 5;
export const timeRules: TimeRules = {
  periodLastDay(from, duration) {
    if (duration.unit === 'working-day') {
      let d = from;
      for (let n = duration.amount; n > 0; ) if (isWorking(++d)) n--;
      return d;
    }
    let d = from + duration.amount * (duration.unit === 'week' ? 7 : 1);
    while (!isWorking(d)) d++;
    return d;
  },
  workingDaysBefore(day, n) {
    let d = day;
    for (let k = n; k > 0; ) if (isWorking(--d)) k--;
    return d;
  },
};
