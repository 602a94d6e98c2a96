// Clauses of activities and steps, each parsed on its own; a construct collects them from its lines.
import { alt_sc, apply, kright, list_sc, opt_sc, rep_sc, seq } from 'typescript-parsec';
import type {
  ActionName,
  Assignment,
  DurationPhrase,
  Escalation,
  FanOut,
  Note,
  ParamOverride,
  Ref,
  RollUp,
  Span,
  Str,
  Target,
  TimePhrase,
  Transition,
} from '../ast/index.js';
import {
  afterTimePhrase,
  anyTimePhrase,
  arrow,
  durationPhrase,
  isNameToken,
  kw,
  num,
  punct,
  ref,
  refList,
  spanOf,
  str,
  timePhrase,
  unquote,
  value,
} from './combinators.js';
import { expr } from './grammar-expr.js';
import { custom, type P } from './parsec.js';
import { K, kwId } from './tokens.js';

export type Clause =
  | { c: 'by'; refs: Ref[]; span: Span }
  | { c: 'time'; time: TimePhrase }
  | { c: 'after'; refs: Ref[]; span: Span }
  | { c: 'procedure'; ref: Ref; steps: Ref[]; span: Span }
  | { c: 'with'; overrides: ParamOverride[]; span: Span }
  | { c: 'note'; note: Note }
  | { c: 'deadline'; time: TimePhrase; span: Span }
  | { c: 'takes' | 'posting' | 'remind'; duration: DurationPhrase; span: Span }
  | { c: 'for-each'; fanOut: FanOut }
  | { c: 'roll-up'; rollUp: RollUp }
  | { c: 'transition'; transition: Transition }
  | { c: 'record'; writes: Assignment[]; span: Span }
  | { c: 'escalation'; escalation: Escalation }
  | { c: 'label'; str: Str };

const byClause: P<Clause> = apply(seq(kw('by'), refList), ([, refs], [f, n]) => ({
  c: 'by' as const,
  refs,
  span: spanOf(f, n),
}));
const afterClause: P<Clause> = apply(seq(kw('after'), refList), ([, refs], [f, n]) => ({
  c: 'after' as const,
  refs,
  span: spanOf(f, n),
}));
const procedureClause: P<Clause> = apply(
  seq(kw('per-procedure'), ref, opt_sc(kright(kw('step'), refList))),
  ([, r, steps], [f, n]) => ({
    c: 'procedure' as const,
    ref: r,
    steps: steps ?? [],
    span: spanOf(f, n),
  }),
);
const override: P<ParamOverride> = apply(seq(ref, punct('='), value), ([name, , v], [f, n]) => ({
  kind: 'ParamOverride' as const,
  name,
  value: v,
  span: spanOf(f, n),
}));
/** `với A = x` or a list `với A = x, B = y`: the first override's span starts at `với`. */
const withClause: P<Clause> = apply(
  seq(kw('with'), override, rep_sc(kright(punct(','), override))),
  ([, first, more], [f, n]) => ({
    c: 'with' as const,
    overrides: [{ ...first, span: { start: spanOf(f, n).start, end: first.span.end } }, ...more],
    span: spanOf(f, n),
  }),
);
const noteClause: P<Clause> = apply(seq(kw('note'), str), ([, text], [f, n]) => ({
  c: 'note' as const,
  note: { kind: 'Note' as const, text, span: spanOf(f, n) },
}));
export const timeClause: P<Clause> = apply(timePhrase, (time) => ({ c: 'time' as const, time }));
/** `sau Tết 2 tuần`, `sau khai giảng`: a time, tried before `sau` as a dependency (`sau đăng_ký`). */
const afterTimeClause: P<Clause> = apply(afterTimePhrase, (time) => ({ c: 'time' as const, time }));
export const labelClause: P<Clause> = apply(str, (s) => ({ c: 'label' as const, str: s }));

const deadlineClause: P<Clause> = apply(seq(kw('deadline'), anyTimePhrase), ([, time], [f, n]) => ({
  c: 'deadline' as const,
  time,
  span: spanOf(f, n),
}));
const durationClause = (id: 'takes' | 'posting' | 'remind'): P<Clause> =>
  apply(seq(kw(id), durationPhrase), ([, duration], [f, n]) => ({ c: id, duration, span: spanOf(f, n) }));
const forEachClause: P<Clause> = apply(seq(kw('for-each'), ref), ([, level], [f, n]) => ({
  c: 'for-each' as const,
  fanOut: { kind: 'FanOut' as const, level, span: spanOf(f, n) },
}));

const rollUpPolicy: P<RollUp['policy']> = alt_sc(
  apply(kw('all'), () => ({ type: 'all' as const })),
  apply(kw('on-time'), () => ({ type: 'on-time' as const })),
  apply(seq(kw('quorum'), num, opt_sc(punct('%'))), ([, n, pct]) =>
    pct ? { type: 'quorum-percent' as const, percent: n } : { type: 'quorum-count' as const, count: n },
  ),
);
const rollUpClause: P<Clause> = apply(seq(kw('roll-up'), rollUpPolicy), ([, policy], [f, n]) => ({
  c: 'roll-up' as const,
  rollUp: { kind: 'RollUp' as const, policy, span: spanOf(f, n) },
}));

const ACTIONS: Record<string, ActionName> = {
  submit: 'submit',
  approve: 'approve',
  return: 'return',
  reject: 'reject',
  concur: 'concur',
  appraise: 'appraise',
  forward: 'forward',
};

const trigger: P<Transition['trigger']> = custom<Transition['trigger']>((t) => {
  if (!t) return undefined;
  const span = { start: t.pos.index, end: t.end };
  const id = kwId(t);
  if (id && ACTIONS[id]) return { result: { kind: 'Action', action: ACTIONS[id]!, name: id, span }, next: t.next };
  if (id === 'overdue') return { result: { kind: 'Timeout', span }, next: t.next };
  if (
    isNameToken(t) &&
    id === undefined &&
    t.next &&
    (kwId(t.next) === 'if' || t.next.text === '->' || t.next.text === '→')
  ) {
    return { result: { kind: 'Action', action: 'custom', name: t.text, span }, next: t.next };
  }
  // A one-word keyword used as the designer's own action (`ghi_nhận`, `so`): not a built-in action here.
  if (
    isNameToken(t) &&
    id !== undefined &&
    t.next &&
    (kwId(t.next) === 'if' || t.next.text === '->' || t.next.text === '→')
  ) {
    return { result: { kind: 'Action', action: 'custom', name: t.text, span }, next: t.next };
  }
  return undefined;
}, 'expected.action');

const target: P<Target> = alt_sc(
  apply(kw('done'), (t) => ({ kind: 'BranchDone' as const, span: spanOf(t, t.next) })),
  ref,
);

/** One value a step writes: a number, a quoted text, có/không, or a name (an enumeration value). */
const assignValue = custom<Assignment['value']>((t) => {
  if (!t) return undefined;
  const span = { start: t.pos.index, end: t.end };
  if (t.kind === K.num) return { result: { value: Number(t.text), span }, next: t.next };
  if (t.kind === K.str) return { result: { value: unquote(t.text), span }, next: t.next };
  if (kwId(t) === 'yes' || kwId(t) === 'no') return { result: { value: kwId(t) === 'yes', span }, next: t.next };
  if (isNameToken(t)) return { result: { value: t.text, span }, next: t.next };
  return undefined;
}, 'expected.value');
const assignment: P<Assignment> = apply(seq(ref, punct('='), assignValue), ([field, , value], [f, n]) => ({
  kind: 'Assign' as const,
  field,
  value,
  span: spanOf(f, n),
}));
/** `ghi kết_quả = đạt, ngày_xét = "…"` */
const writes: P<Assignment[]> = kright(kw('record'), list_sc(assignment, punct(',')));

const transitionClause: P<Clause> = alt_sc(
  apply(
    seq(trigger, opt_sc(kright(kw('if'), expr)), arrow, target, opt_sc(writes)),
    ([trig, guard, , tgt, w], [f, n]) => ({
      c: 'transition' as const,
      transition: {
        kind: 'Transition' as const,
        trigger: trig,
        ...(guard ? { guard } : {}),
        target: tgt,
        writes: w ?? [],
        span: spanOf(f, n),
      },
    }),
  ),
  apply(seq(kw('if'), expr, arrow, target, opt_sc(writes)), ([ifTok, guard, , tgt, w], [f, n]) => ({
    c: 'transition' as const,
    transition: {
      kind: 'Transition' as const,
      trigger: { kind: 'Auto' as const, span: spanOf(ifTok, ifTok.next) },
      guard,
      target: tgt,
      writes: w ?? [],
      span: spanOf(f, n),
    },
  })),
);

/** `ghi F = V` on a step: written when a dossier enters the step. */
const recordClause: P<Clause> = apply(writes, (w, [f, n]) => ({ c: 'record' as const, writes: w, span: spanOf(f, n) }));

const escalationClause: P<Clause> = apply(
  seq(kw('overdue'), kw('escalate'), ref, opt_sc(kright(arrow, ref))),
  ([, , to, tgt], [f, n]) => ({
    c: 'escalation' as const,
    escalation: { kind: 'Escalation' as const, to, ...(tgt ? { target: tgt } : {}), span: spanOf(f, n) },
  }),
);

/** Clauses an activity accepts (head line or child lines). */
export const activityClause: P<Clause> = alt_sc(
  byClause,
  afterTimeClause,
  afterClause,
  procedureClause,
  withClause,
  noteClause,
  forEachClause,
  rollUpClause,
  timeClause,
);

/** Clauses a step accepts. */
export const stepClause: P<Clause> = alt_sc(
  byClause,
  deadlineClause,
  recordClause,
  durationClause('takes'),
  durationClause('posting'),
  durationClause('remind'),
  forEachClause,
  rollUpClause,
  escalationClause,
  transitionClause,
  noteClause,
);
