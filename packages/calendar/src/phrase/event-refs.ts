// The event names a phrase counts from, for the language layer to check against the plan's declarations.
import type { EventRef, TimeExpr } from '../time-expr.js';

/**
 * The named events (not occasions or dates) a phrase counts from, as written, with their spans in the
 * phrase; bind each with `bindEvent` (id, title, start of a title, school event).
 *
 * @example
 * eventRefsOf(parseTimePhrase('chậm nhất 2 ngày sau hội nghị CBVC').expr!) // => [{ name: 'hội nghị CBVC', … }]
 * eventRefsOf(parseTimePhrase('sau Tết').expr!) // => []
 */
export function eventRefsOf(expr: TimeExpr): EventRef[] {
  if (expr.kind === 'relative') return expr.event.ref === undefined ? [expr.event] : [];
  if (expr.kind === 'tentative') return eventRefsOf(expr.inner);
  return [];
}
