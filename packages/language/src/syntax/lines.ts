// Line grammars: the head line of every construct (its clauses may continue on child lines).
import { alt_sc, apply, kright, list_sc, opt_sc, rep_sc, seq } from 'typescript-parsec';
import type {
  Basis,
  Council,
  DocNumber,
  Field,
  FieldType,
  Final,
  FrameDecl,
  Ident,
  Issued,
  Issuer,
  Join,
  LevelDecl,
  Levels,
  Member,
  Note,
  Param,
  PeriodDecl,
  Role,
  SectionHeading,
  Start,
  Str,
  TimePhrase,
  Unit,
  Use,
} from '../ast/index.js';
import { activityClause, type Clause, labelClause, stepClause, timeClause } from './clauses.js';
import { anyTimePhrase, arrow, ident, identOrNumber, kw, num, punct, ref, spanOf, str, value } from './combinators.js';
import { custom, type P } from './parsec.js';
import { K } from './tokens.js';

const levelRef = opt_sc(kright(kw('level'), ref));
const parentRef = opt_sc(kright(kw('under'), alt_sc(str, ref)));
const opt = <T extends object>(key: string, v: T | undefined): Record<string, T> =>
  v === undefined ? {} : { [key]: v };

export const useLine: P<Use> = apply(
  seq(kw('use'), str, opt_sc(kright(kw('only'), list_sc(ref, punct(','))))),
  ([, path, only], [f, n]) => ({
    kind: 'Use' as const,
    path,
    ...(only ? { only } : {}),
    span: spanOf(f, n),
  }),
);
export const planHead: P<Str> = kright(kw('plan'), str);
export const procedureHead: P<{ id: Ident; title: Str | undefined }> = apply(
  seq(kw('procedure'), ident, opt_sc(str)),
  ([, id, title]) => ({ id, title }),
);

const levelItem: P<LevelDecl> = apply(seq(ident, opt_sc(str)), ([id, name], [f, n]) => ({
  kind: 'Level' as const,
  id,
  ...opt('name', name),
  span: spanOf(f, n),
}));
export const levelsLine: P<Levels> = apply(seq(kw('level'), list_sc(levelItem, punct('<'))), ([, levels], [f, n]) => ({
  kind: 'Levels' as const,
  levels,
  span: spanOf(f, n),
}));

export const unitLine: P<Unit> = apply(
  seq(kw('unit'), ident, opt_sc(str), levelRef, parentRef),
  ([, id, name, level, parent], [f, n]) => ({
    kind: 'Unit' as const,
    id,
    ...opt('name', name),
    ...opt('level', level),
    ...opt('parent', parent),
    span: spanOf(f, n),
  }),
);
export const issuerLine: P<Issuer> = apply(
  seq(kw('unit'), opt_sc(ident), str, levelRef, parentRef),
  ([, id, name, level, parent], [f, n]) => ({
    kind: 'Issuer' as const,
    ...opt('id', id),
    name,
    ...opt('level', level),
    ...opt('parent', parent),
    span: spanOf(f, n),
  }),
);
export const roleLine: P<Role> = apply(
  seq(kw('role'), ident, opt_sc(str), levelRef),
  ([, id, name, level], [f, n]) => ({
    kind: 'Role' as const,
    id,
    ...opt('name', name),
    ...opt('level', level),
    span: spanOf(f, n),
  }),
);
export const councilHead: P<Omit<Council, 'members'>> = apply(
  seq(kw('council'), ident, opt_sc(str), levelRef),
  ([, id, name, level], [f, n]) => ({
    kind: 'Council' as const,
    id,
    ...opt('name', name),
    ...opt('level', level),
    span: spanOf(f, n),
  }),
);
export const memberLine: P<Member> = apply(
  seq(kw('member'), str, opt_sc(kright(kw('position'), str)), opt_sc(kright(kw('scope'), str))),
  ([, name, position, scope], [f, n]) => ({
    kind: 'Member' as const,
    name,
    ...opt('position', position),
    ...opt('scope', scope),
    span: spanOf(f, n),
  }),
);

const dash = custom(
  (t) => (t && t.kind === K.punct && ['-', '–', '—', '/'].includes(t.text) ? { result: t, next: t.next } : undefined),
  'expected.dash',
);
export const periodLine: P<PeriodDecl> = alt_sc(
  apply(seq(kw('school-year'), num, dash, num), ([, a, , b], [f, n]) => ({
    kind: 'Period' as const,
    type: 'school-year' as const,
    startYear: a,
    endYear: b,
    span: spanOf(f, n),
  })),
  apply(seq(kw('year'), num), ([, a], [f, n]) => ({
    kind: 'Period' as const,
    type: 'calendar-year' as const,
    startYear: a,
    endYear: a,
    span: spanOf(f, n),
  })),
);
export const frameLine: P<FrameDecl> = apply(
  seq(kw('frame'), opt_sc(anyTimePhrase), opt_sc(str)),
  ([, time, citation], [f, n]) => ({
    kind: 'Frame' as const,
    ...opt('time', time),
    ...opt('citation', citation),
    milestones: [],
    span: spanOf(f, n),
  }),
);
export const basisLine: P<Basis> = apply(seq(kw('basis'), str), ([, text], [f, n]) => ({
  kind: 'Basis' as const,
  text,
  span: spanOf(f, n),
}));
export const lenientLine = apply(kw('lenient-before'), (t) => ({
  kind: 'LenientBefore' as const,
  span: spanOf(t, t.next),
}));
export const docNumberLine: P<DocNumber> = apply(seq(kw('doc-number'), str), ([, text], [f, n]) => ({
  kind: 'DocNumber' as const,
  text,
  span: spanOf(f, n),
}));
export const issuedLine: P<Issued> = apply(seq(kw('issued'), anyTimePhrase), ([, time], [f, n]) => ({
  kind: 'Issued' as const,
  time,
  span: spanOf(f, n),
}));
export const noteLine: P<Note> = apply(seq(kw('note'), str), ([, text], [f, n]) => ({
  kind: 'Note' as const,
  text,
  span: spanOf(f, n),
}));

const labelsAndTime = rep_sc(alt_sc(labelClause, timeClause));
export const eventLine: P<{ id: Ident; clauses: Clause[] }> = apply(
  seq(kw('event'), ident, labelsAndTime),
  ([, id, clauses]) => ({ id, clauses }),
);
export const phaseHead: P<{ id: Ident; clauses: Clause[] }> = apply(
  seq(kw('phase'), identOrNumber, labelsAndTime),
  ([, id, clauses]) => ({ id, clauses }),
);

const phaseRef: P<SectionHeading> = apply(seq(kw('phase'), identOrNumber), ([, id], [f, n]) => ({
  kind: 'PhaseRef' as const,
  phase: { kind: 'Ref' as const, name: id.name, span: id.span },
  span: spanOf(f, n),
}));
export const sectionLine: P<{ heading: SectionHeading; label: Str | undefined }> = apply(
  seq(
    alt_sc(
      phaseRef,
      apply(kw('all-year'), (t) => ({
        kind: 'YearRound' as const,
        form: 'all-year' as const,
        span: spanOf(t, t.next),
      })),
      apply(kw('regular'), (t) => ({ kind: 'YearRound' as const, form: 'regular' as const, span: spanOf(t, t.next) })),
      anyTimePhrase as P<TimePhrase>,
    ),
    opt_sc(str),
  ),
  ([heading, label]) => ({ heading, label }),
);

export const activityHead: P<{ id: Ident | undefined; text: Str; clauses: Clause[] }> = apply(
  seq(opt_sc(punct('-')), opt_sc(apply(seq(ident, punct(':')), ([id]) => id)), str, rep_sc(activityClause)),
  ([, id, text, clauses]) => ({ id, text, clauses }),
);
/** The declaring part of an activity (`[-] [ID:] "text"`), to keep a broken activity's id. */
export const activityPrefix: P<{ id: Ident | undefined; text: Str; clauses: Clause[] }> = apply(
  seq(opt_sc(punct('-')), opt_sc(apply(seq(ident, punct(':')), ([id]) => id)), str),
  ([, id, text]) => ({ id, text, clauses: [] }),
);
/** `quy trình ID`, to keep a broken procedure head's id. */
export const procedurePrefix: P<{ id: Ident; title: Str | undefined }> = apply(
  kright(kw('procedure'), ident),
  (id) => ({ id, title: undefined }),
);
export const activityMore: P<Clause[]> = apply(seq(activityClause, rep_sc(activityClause)), ([a, rest]) => [
  a,
  ...rest,
]);

export const paramLine: P<Param> = apply(seq(ident, punct('='), value), ([id, , v], [f, n]) => ({
  kind: 'Param' as const,
  id,
  value: v,
  span: spanOf(f, n),
}));

const enumValue: P<Ident> = alt_sc(
  ident,
  apply(str, (s) => ({ kind: 'Ident' as const, name: s.value, span: s.span })),
);
const fieldType: P<FieldType> = alt_sc(
  apply(kw('type-text'), (t) => ({ kind: 'FieldType' as const, type: 'text' as const, span: spanOf(t, t.next) })),
  apply(kw('type-number'), (t) => ({ kind: 'FieldType' as const, type: 'number' as const, span: spanOf(t, t.next) })),
  apply(kw('day'), (t) => ({ kind: 'FieldType' as const, type: 'date' as const, span: spanOf(t, t.next) })),
  apply(seq(kw('yes'), punct('/'), kw('no')), (_v, [f, n]) => ({
    kind: 'FieldType' as const,
    type: 'bool' as const,
    span: spanOf(f, n),
  })),
  apply(seq(kw('one-of'), list_sc(enumValue, punct(','))), ([, values], [f, n]) => ({
    kind: 'FieldType' as const,
    type: 'enum' as const,
    values,
    span: spanOf(f, n),
  })),
);
export const fieldLine: P<Field> = apply(
  seq(ident, punct(':'), fieldType, opt_sc(str)),
  ([id, , type, label], [f, n]) => ({
    kind: 'Field' as const,
    id,
    type,
    ...opt('label', label),
    span: spanOf(f, n),
  }),
);

export const stepHead: P<{ id: Ident; title: Str | undefined; clauses: Clause[] }> = apply(
  seq(kw('step'), ident, opt_sc(str), rep_sc(stepClause)),
  ([, id, title, clauses]) => ({ id, title, clauses }),
);
/** Just `bước ID`, to recover the id of a step whose head line is broken. */
export const stepPrefix: P<Ident> = kright(kw('step'), ident);
export const stepMore: P<Clause[]> = apply(seq(stepClause, rep_sc(stepClause)), ([a, rest]) => [a, ...rest]);

export const parallelHead: P<{ id: Ident; title: Str | undefined }> = apply(
  seq(kw('parallel'), ident, opt_sc(str)),
  ([, id, title]) => ({ id, title }),
);
export const branchHead: P<Ident> = kright(kw('branch'), ident);
export const joinLine: P<Join> = apply(
  seq(kw('join'), opt_sc(alt_sc(kw('all'), kw('any'))), arrow, ref),
  ([, pol, , target], [f, n]) => ({
    kind: 'Join' as const,
    policy: pol && pol.kind === 'kw:any' ? ('any' as const) : ('all' as const),
    target,
    span: spanOf(f, n),
  }),
);
const finalItem: P<Final> = apply(seq(ident, opt_sc(str)), ([id, label], [f, n]) => ({
  kind: 'Final' as const,
  id,
  ...opt('label', label),
  span: spanOf(f, n),
}));
export const finalLine: P<Final[]> = kright(kw('final'), list_sc(finalItem, punct(',')));
export const startLine: P<Start> = apply(seq(kw('start'), ref), ([, step], [f, n]) => ({
  kind: 'Start' as const,
  step,
  span: spanOf(f, n),
}));
