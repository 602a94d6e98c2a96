// Where the clauses of a step or activity line start, so the formatter can put one clause per line.
import type { Clause } from '../syntax/clauses.js';
import * as L from '../syntax/lines.js';
import { runLine } from '../syntax/parsec.js';
import type { Tok } from '../syntax/tokens.js';

/** A clause's range in the file and whether it belongs on the construct's head line. */
export interface ClauseRange {
  readonly start: number;
  readonly end: number;
  readonly keepOnHead: boolean;
}

/** Which lines carry clauses: the head line of a step/activity, or one of its child lines. */
export type ClauseLine = 'step-head' | 'step-more' | 'activity-head' | 'activity-more';

/** Head-line clauses: who acts and (for steps) the deadline, (for activities) the procedure it runs. */
const KEEP: Readonly<Record<'step' | 'activity', ReadonlySet<Clause['c']>>> = {
  step: new Set(['by', 'deadline']),
  activity: new Set(['by', 'procedure']),
};

function clauseStart(c: Clause): number {
  switch (c.c) {
    case 'time':
      return c.time.span.start;
    case 'note':
      return c.note.span.start;
    case 'for-each':
      return c.fanOut.span.start;
    case 'roll-up':
      return c.rollUp.span.start;
    case 'transition':
      return c.transition.span.start;
    case 'record':
      return c.span.start;
    case 'escalation':
      return c.escalation.span.start;
    case 'label':
      return c.str.span.start;
    default:
      return c.span.start;
  }
}

/**
 * The clauses of one line, in order, each running to the next clause's start (the last to `lineEnd`).
 * Undefined when the line does not parse as that kind of line (the formatter then leaves it whole).
 * Needs `useSource` set to the file's text (phrases are sliced from it).
 *
 * @example
 * lineClauses('step-head', lexLine('bước a do x nộp -> b', 0), { start: 0, end: 20 })
 * // => [{ start: 7, end: 12, keepOnHead: true }, { start: 12, end: 20, keepOnHead: false }]
 */
export function lineClauses(
  kind: ClauseLine,
  first: Tok | undefined,
  line: { start: number; end: number },
): ClauseRange[] | undefined {
  let clauses: readonly Clause[];
  if (kind === 'step-head' || kind === 'activity-head') {
    const out =
      kind === 'step-head'
        ? runLine(L.stepHead, first, line, 'step')
        : runLine(L.activityHead, first, line, 'activity');
    if (!out.ok) return undefined;
    clauses = out.value.clauses;
  } else {
    const out = runLine(kind === 'step-more' ? L.stepMore : L.activityMore, first, line, 'clause');
    if (!out.ok) return undefined;
    clauses = out.value;
  }
  const keep = KEEP[kind.startsWith('step') ? 'step' : 'activity'];
  const starts = clauses.map(clauseStart);
  return clauses.map((c, i) => ({ start: starts[i]!, end: starts[i + 1] ?? line.end, keepOnHead: keep.has(c.c) }));
}
