// Canonical spelling of a time or duration phrase through the calendar, only when the meaning is unchanged.

import type { TimeExpr } from '@tdkt/calendar';
import { formatTimeExpr, keywordText, parseDuration, parseTimePhrase } from '@tdkt/calendar';
import { deepEqual, stripSpans } from './ast-equal.js';
import type { PhraseRegion } from './regions.js';

const DURATION_UNITS = new Set(['day', 'working-day', 'week', 'month']);

/**
 * The calendar's canonical spelling of a phrase (`truoc ngay 20-05-2019` → `trước 20/5/2019`), or the
 * phrase as written when the calendar did not parse it or its canonical form would not parse back to the
 * very same expression.
 *
 * @example
 * canonicalPhrase({ kind: 'Duration', text: '5 ngay lam viec', expr: { amount: 5, unit: 'working-day' }, span }) // => '5 ngày làm việc'
 */
export function canonicalPhrase(p: PhraseRegion): string {
  if (p.expr === undefined || p.expr === null) return p.text;
  try {
    // A parameter value is read as a time phrase first, then as a duration (syntax/times.ts).
    const isDuration =
      p.kind === 'Duration' || (p.kind === 'Value' && (p.expr as { kind?: unknown }).kind === undefined);
    if (isDuration) {
      const d = p.expr as { amount?: unknown; unit?: unknown };
      if (typeof d.amount !== 'number' || typeof d.unit !== 'string' || !DURATION_UNITS.has(d.unit)) return p.text;
      const text = `${d.amount} ${keywordText(d.unit as 'day', 'vi')}`;
      const back = parseDuration(text);
      if (p.kind === 'Value') {
        const asTime = parseTimePhrase(text);
        if (asTime.expr !== undefined && asTime.diagnostics.length === 0) return p.text;
      }
      return back.diagnostics.length === 0 && deepEqual(back.duration, p.expr) ? text : p.text;
    }
    const text = formatTimeExpr(p.expr as TimeExpr, 'vi');
    if (text === '' || /["\n#]|\/\//u.test(text)) return p.text;
    const back = parseTimePhrase(text);
    return back.diagnostics.length === 0 &&
      back.expr !== undefined &&
      deepEqual(stripSpans(back.expr), stripSpans(p.expr))
      ? text
      : p.text;
  } catch {
    // The calendar never throws on its own output; if it ever did, the phrase stays as written.
    return p.text;
  }
}
