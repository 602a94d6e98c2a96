// Completion: declared names by folded prefix, keywords where the block allows them, time templates, `với` parameters.

import { foldDiacritics, type Lang } from '@tdkt/calendar';
import { keywordTable, type Param, type Procedure } from '@tdkt/language';
import { type Block, type CursorContext, cursorContext, spellingPattern } from './context.js';
import { word } from './messages.js';
import { type CompletionItem, CompletionKind, type CompletionList } from './protocol.js';
import type { Snapshot } from './snapshot.js';
import type { Declaration, DeclarationKind, Namespace } from './symbols.js';
import type { DocumentText } from './text.js';

/** Keywords that may start a line, by block. */
const LINE_KEYWORDS: Readonly<Record<Block, readonly string[]>> = {
  top: ['use', 'organisation', 'plan', 'procedure'],
  organisation: ['level', 'unit', 'role', 'council'],
  council: ['member'],
  plan: [
    'unit',
    'school-year',
    'year',
    'frame',
    'lenient-before',
    'doc-number',
    'issued',
    'basis',
    'note',
    'event',
    'phase',
    'schedule',
    'level',
    'role',
    'council',
  ],
  schedule: ['phase', 'all-year', 'regular'],
  section: [],
  activity: ['by', 'per-procedure', 'with', 'after', 'note'],
  procedure: ['basis', 'note', 'params', 'dossier', 'step', 'parallel', 'final', 'start'],
  params: [],
  dossier: [],
  step: [
    'submit',
    'approve',
    'return',
    'reject',
    'concur',
    'appraise',
    'forward',
    'if',
    'overdue',
    'posting',
    'remind',
    'takes',
    'for-each',
    'roll-up',
    'deadline',
    'by',
    'note',
  ],
  parallel: ['branch', 'join'],
  branch: ['step'],
  other: [],
};

/** Clause keywords after the head of an activity or a step line. */
const ACTIVITY_CLAUSES = ['by', 'per-procedure', 'after'];
const STEP_CLAUSES = ['by', 'deadline', 'takes', 'posting', 'remind', 'for-each', 'roll-up'];

const KIND: Readonly<Record<DeclarationKind, CompletionItem['kind']>> = {
  level: CompletionKind.Constant,
  unit: CompletionKind.Module,
  role: CompletionKind.Variable,
  council: CompletionKind.Variable,
  procedure: CompletionKind.Class,
  event: CompletionKind.Event,
  phase: CompletionKind.Value,
  activity: CompletionKind.Function,
  param: CompletionKind.Property,
  field: CompletionKind.Field,
  step: CompletionKind.Function,
  final: CompletionKind.EnumMember,
  parallel: CompletionKind.Function,
  branch: CompletionKind.Function,
};

interface Template {
  readonly label: string;
  readonly body: string;
}

/** Time phrase templates (snippet bodies); `E` is the first event's name, `Y` the plan's first year. */
function timeTemplates(event: string, year: number): Template[] {
  return [
    { label: 'trước D', body: 'trước ${1:30/6}' },
    { label: 'chậm nhất D', body: 'chậm nhất ${1:30/6}' },
    { label: 'tháng M/YYYY', body: `tháng \${1:9/${year}}` },
    { label: 'Quý I–IV', body: `Quý \${1:I} năm \${2:${year}}` },
    { label: 'học kỳ I/II', body: 'học kỳ ${1:I}' },
    { label: 'từ D đến D', body: 'từ ${1:1/8} đến ${2:20/10}' },
    { label: 'dự kiến …', body: 'dự kiến ${1:tháng 9}' },
    { label: 'chậm nhất N ngày sau sự kiện', body: `chậm nhất \${1:2} ngày sau \${2:${event}}` },
    { label: 'trong N ngày làm việc kể từ sự kiện', body: `trong \${1:5} ngày làm việc kể từ \${2:${event}}` },
  ];
}

const DURATION_TEMPLATES: readonly Template[] = [
  { label: 'N ngày làm việc', body: '${1:5} ngày làm việc' },
  { label: 'N ngày', body: '${1:10} ngày' },
];

const ends = (ctx: CursorContext, id: string, list = false): boolean =>
  new RegExp(`(?:^|\\s)(?:${spellingPattern(id)})\\s+${list ? '(?:[^\\s,]+\\s*,\\s*)*' : ''}$`, 'u').test(ctx.head);

/** Offers one completion (kept when it matches the typed prefix and is not offered yet). */
type AddItem = (
  label: string,
  kind: CompletionItem['kind'],
  group: number,
  insert: string,
  snippet: boolean,
  detail?: string,
  documentation?: string,
) => void;

/**
 * The completions at an NFC offset of an open document.
 *
 * @example
 * complete(snapshot, text, 'kh.tdkt', offset, 'vi').items.map((i) => i.label) // after `do ` → ['cá_nhân', 'hđ_trường', …]
 *
 * `explicit` is false when the editor asks by itself after a trigger character (a space): then only clauses
 * that expect a name (after `do`, `->`, `theo quy trình`, `với`, `sau`, …) answer, not every space in a line.
 */
export function complete(
  snapshot: Snapshot | undefined,
  text: DocumentText,
  file: string,
  offset: number,
  lang: Lang,
  explicit = true,
): CompletionList {
  const ctx = cursorContext(text, offset);
  const range = { start: text.position(ctx.wordStart), end: text.position(offset) };
  const items: CompletionItem[] = [];
  const prefix = foldDiacritics(ctx.word);
  const filterText = (label: string): string => (ctx.word === '' ? label : ctx.word + label);
  const add: AddItem = (label, kind, group, insert, snippet, detail, documentation) => {
    if (!foldDiacritics(label).startsWith(prefix)) return;
    if (items.some((i) => i.label === label)) return;
    items.push({
      label,
      kind,
      textEdit: { range, newText: insert },
      snippet,
      sortText: `${group}${String(items.length).padStart(4, '0')}`,
      filterText: filterText(label),
      ...(detail === undefined ? {} : { detail }),
      ...(documentation === undefined ? {} : { documentation }),
    });
  };
  const names = (namespaces: readonly Namespace[], group = 0, procedure = ctx.procedure): void => {
    if (!snapshot) return;
    for (const ns of namespaces) {
      for (const d of snapshot.visible(ns, file, procedure))
        add(d.name, KIND[d.kind], group, d.name, false, detailOf(d, lang));
    }
  };
  const keywords = (ids: readonly string[], group = 5): void => {
    for (const id of ids) {
      const k = keywordTable.find((e) => e.id === id);
      if (k) add(k.vi, CompletionKind.Keyword, group, k.vi, false, `${word('keyword', lang)} · ${k.en}`, k.meaning);
      // Typed without diacritics or in English: offer the Vietnamese keyword all the same.
      if (k && ctx.word !== '' && !foldDiacritics(k.vi).startsWith(prefix)) {
        for (const other of [k.ascii, k.en, ...k.aliases]) {
          if (foldDiacritics(other).startsWith(prefix)) {
            add(k.vi, CompletionKind.Keyword, group, k.vi, false, `${word('keyword', lang)} · ${k.en}`, k.meaning);
            const last = items[items.length - 1];
            if (last?.label === k.vi) items[items.length - 1] = { ...last, filterText: filterText(other) };
            break;
          }
        }
      }
    }
  };
  const templates = (list: readonly Template[], group = 8): void => {
    for (const t of list) add(t.label, CompletionKind.Snippet, group, t.body, true, word('timeTemplate', lang));
  };
  const plan = snapshot?.analysis.model.plans.find((p) => p.file === file);
  const year = plan?.period ? (plan.period.kind === 'year' ? plan.period.year : plan.period.startYear) : 2025;
  const event = snapshot?.visible('event', file)[0]?.name ?? 'sự_kiện';
  const times = (): void => templates(timeTemplates(event, year));

  if (ctx.quiet) return { items, word: ctx.word };
  if (/->\s*$/u.test(ctx.head)) {
    names(['step'], 0);
    if (ctx.block === 'branch' || ctx.block === 'step') keywords(['done'], 5);
  } else if (ends(ctx, 'per-procedure')) names(['procedure']);
  else if (new RegExp(`(?:^|\\s)(?:${spellingPattern('with')})\\s+(?:[^=,]+=[^,]*,\\s*)*$`, 'u').test(ctx.head))
    withParams(snapshot, ctx, file, lang, add);
  else if (ends(ctx, 'by', true)) names(['actor', 'level', 'unit']);
  else if (ends(ctx, 'for-each') || (ends(ctx, 'level') && ctx.lineKeyword !== 'level') || /<\s*$/u.test(ctx.head))
    names(['level']);
  else if (ends(ctx, 'escalate')) names(['level', 'actor', 'unit']);
  else if (ends(ctx, 'start')) names(['step']);
  else if (ends(ctx, 'under')) names(['unit']);
  else if (ctx.procedure === undefined && ctx.block !== 'top' && ends(ctx, 'after', true)) names(['activity', 'event']);
  else if (ctx.procedure !== undefined && /(?:^|\s)(?:neu|if|va|and|hoac|or|khong|not|khong phai)\s+$/u.test(ctx.head))
    names(['field']);
  else if (ends(ctx, 'overdue')) keywords(['escalate']);
  else if (ends(ctx, 'deadline')) {
    names(['param']);
    times();
  } else if (ends(ctx, 'takes') || ends(ctx, 'posting') || ends(ctx, 'remind')) {
    names(['param']);
    templates(DURATION_TEMPLATES);
  } else if (/(?:^|\s)(?:sau khi|ke tu|ngay sau|ngay truoc|sau|truoc)\s+$/u.test(ctx.head)) {
    names(ctx.procedure === undefined ? ['event', 'activity'] : ['step', 'param']);
  } else if (ctx.word === '' && !explicit) {
    // A space typed in running text: only the clauses above (after `do`, `->`, …) open the list by themselves.
  } else if (ctx.head.trim() === '') {
    keywords(LINE_KEYWORDS[ctx.block]);
    if (ctx.block === 'schedule') times();
    if (ctx.block === 'activity') times();
  } else if (ctx.activityLine || ctx.block === 'activity') {
    keywords(ACTIVITY_CLAUSES);
    times();
  } else if (ctx.lineKeyword === 'step') {
    keywords(STEP_CLAUSES);
  }
  return { items, word: ctx.word };
}

/** Parameters of the procedure a `theo quy trình … với` links, as `name = default`. */
function withParams(snapshot: Snapshot | undefined, ctx: CursorContext, file: string, lang: Lang, add: AddItem): void {
  if (!snapshot || ctx.linkedProcedure === undefined) return;
  const proc = snapshot
    .visible('procedure', file)
    .find((d) => foldDiacritics(d.name) === foldDiacritics(ctx.linkedProcedure!));
  if (!proc) return;
  const params = (proc.ast as Procedure).items.filter((i): i is Param => i.kind === 'Param');
  for (const p of params) {
    const value = p.value.type === 'text' ? `"${p.value.value}"` : String(p.value.value);
    add(
      p.id.name,
      CompletionKind.Property,
      0,
      `${p.id.name} = \${1:${value.replace(/[$}\\]/gu, '\\$&')}}`,
      true,
      `${word('param', lang)} = ${value}`,
    );
  }
}

function detailOf(d: Declaration, lang: Lang): string {
  const title =
    (d.ast as { title?: { value?: string }; name?: { value?: string }; text?: { value?: string } }).title?.value ??
    (d.ast as { name?: { value?: string } }).name?.value ??
    (d.ast as { text?: { value?: string } }).text?.value;
  const what = word(d.kind, lang);
  return title === undefined ? what : `${what} · ${title.length > 60 ? `${title.slice(0, 57)}…` : title}`;
}
