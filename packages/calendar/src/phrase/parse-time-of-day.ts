// Times of day as plans write them: `17h`, `17h00`, `16 giờ 30`, `16 giờ 30 phút`, `16:30`, `4 giờ chiều`.
import type { TimeOfDay } from '../time-expr.js';
import type { Cursor } from './cursor.js';
import { phraseWords } from './keywords.js';

/** `h`, `h00`, `g30` right after the hour (`17h00` is the number 17 and the word `h00`). */
const HOUR_SUFFIX = /^[hg](\d{1,2})?$/u;

/**
 * Whether a time of day starts at the cursor.
 *
 * @example
 * startsTimeOfDay(cursorAt('17h ngày 1/12/2022')) // => true
 */
export function startsTimeOfDay(cur: Cursor): boolean {
  const n = cur.peek();
  if (n?.kind !== 'number' || n.text.length > 2) return false;
  const next = cur.peek(1);
  if (next?.kind === 'word' && !next.spaceBefore && HOUR_SUFFIX.test(next.folded)) return true;
  if (next?.kind === 'punct' && next.text === ':' && cur.peek(2)?.kind === 'number' && cur.peek(2)?.text.length === 2)
    return true;
  return cur.keyword(1)?.id === 'hour';
}

/**
 * Reads a time of day at the cursor (call after `startsTimeOfDay`); an hour above 24 or a minute above 59
 * is `time.invalid-time`. `chiều`/`tối` after an hour before 12 add 12 hours; `24 giờ` is the end of the day.
 *
 * @example
 * parseTimeOfDay(cursorAt('16 giờ 30')) // => { hour: 16, minute: 30, … }
 */
export function parseTimeOfDay(cur: Cursor): TimeOfDay | undefined {
  const from = cur.pos;
  const hourToken = cur.next();
  let hour = Number(hourToken?.text);
  let minute = 0;
  const next = cur.peek();
  if (next?.kind === 'word' && HOUR_SUFFIX.test(next.folded)) {
    cur.next();
    const m = HOUR_SUFFIX.exec(next.folded)?.[1];
    if (m !== undefined) minute = Number(m);
  } else if (next?.kind === 'punct' && next.text === ':') {
    cur.next();
    minute = Number(cur.next()?.text);
  } else {
    cur.eat('hour');
    const m = cur.peek();
    if (m?.kind === 'number' && m.text.length <= 2) {
      cur.next();
      minute = Number(m.text);
      cur.eat('minute');
    }
  }
  // "4 giờ chiều", "8 giờ sáng", "7 giờ tối", also after "buổi".
  const save = cur.pos;
  cur.eatWord('buoi');
  const half = cur.eatWord(...phraseWords.morning, ...phraseWords.afternoon);
  if (half === undefined) cur.pos = save;
  else if ((phraseWords.afternoon as readonly string[]).includes(half.folded) && hour < 12) hour += 12;
  const span = cur.spanFrom(from);
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) {
    cur.error('time.invalid-time', span, { hour, minute });
    return undefined;
  }
  return { hour, minute, span };
}
