// Orders shared by every store: text in code-point order (SQL's binary collation), deadlines with "none" last.
import type { OpenStep, WorkCursor } from './types.js';

/** The sort value of "no deadline" in the work queue: after every real instant. */
export const NO_DEADLINE = Number.MAX_SAFE_INTEGER;

/**
 * Compares strings by Unicode code point, like SQLite's BINARY and PostgreSQL's "C" collation (UTF-8
 * byte order); JavaScript's `<` compares UTF-16 units, which puts U+E000–U+FFFF after astral characters.
 *
 * @example
 * compareText('a', 'b') // => -1
 */
export function compareText(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Surrogates (astral characters) above every BMP unit; U+E000–U+FFFF just below them. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

/**
 * The work-queue order: deadline (none last), instance, step.
 *
 * @example
 * compareWork({ deadline: 1, instance: 'a', step: 's' }, { deadline: null, instance: 'a', step: 's' }) // => negative
 */
export function compareWork(a: WorkCursor, b: WorkCursor): number {
  const da = a.deadline ?? NO_DEADLINE;
  const db = b.deadline ?? NO_DEADLINE;
  return da !== db ? (da < db ? -1 : 1) : compareText(a.instance, b.instance) || compareText(a.step, b.step);
}

/**
 * The overdue order: deadline, instance, step.
 *
 * @example
 * compareDeadline({ deadline: 1, instance: 'b', step: 's' }, { deadline: 1, instance: 'a', step: 's' }) // => positive
 */
export function compareDeadline(
  a: Pick<OpenStep, 'deadline' | 'instance' | 'step'>,
  b: Pick<OpenStep, 'deadline' | 'instance' | 'step'>,
): number {
  return compareWork(a, b);
}

/** Decodes a stored actions list (a JSON array). */
export function parseActions(text: unknown): readonly string[] {
  if (Array.isArray(text)) return text as string[];
  return typeof text === 'string' && text !== '' ? (JSON.parse(text) as string[]) : [];
}
