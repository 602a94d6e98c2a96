// A generator of valid .tdkt programs from grammar.md, in Vietnamese, ASCII and English spellings mixed.
import fc from 'fast-check';
import { keywordTable } from '../../src/keywords/index.js';

type G = fc.GeneratorValue;

const SPELLINGS = new Map(keywordTable.map((k) => [k.id, [k.vi, k.ascii, k.en, ...k.aliases]]));

/** Time phrase templates in three spellings; `{e}` is an event name, other slots are numbers. */
const TIMES: ReadonlyArray<readonly string[]> = [
  ['trước {d}/{m}', 'truoc {d}/{m}', 'before {d}/{m}', 'trước ngày {d}/{m}/{y}'],
  ['chậm nhất {d}/{m}/{y}', 'cham nhat {d}/{m}/{y}', 'no later than {d}/{m}/{y}'],
  ['tháng {m}/{y}', 'thang {m}/{y}', 'month {m}/{y}'],
  [
    'từ {d}/{m}/{y} đến {d}/{m2}/{y}',
    'tu {d}/{m}/{y} den {d}/{m2}/{y}',
    'from {d}/{m}/{y} until {d}/{m2}/{y}',
    'từ ngày {d}/{m}/{y}- {d}-{m2}-{y}',
  ],
  ['dự kiến tháng {m}/{y}', 'du kien thang {m}/{y}', 'tentatively month {m}/{y}'],
  ['{n} ngày sau {e}', '{n} ngay sau {e}', '{n} days after {e}', 'chậm nhất {n} ngày làm việc sau {e}'],
  ['quý {q} năm {y}', 'quy {q} nam {y}', 'quarter {q} year {y}'],
  ['đầu tháng {m}/{y}', 'cuoi thang {m}/{y}', 'end of month {m}/{y}'],
];
const DURATIONS: ReadonlyArray<readonly string[]> = [
  ['{n} ngày làm việc', '{n} ngay lam viec', '{n} working days'],
  ['{n} ngày', '{n} ngay', '{n} days'],
  ['{n} tuần', '{n} tuan', '{n} weeks'],
];
const ACTIONS = ['submit', 'approve', 'return', 'reject', 'concur', 'appraise', 'forward'];
/** Names always carry an `_` and a number: never a keyword spelling, always one word. */
const STEMS = [
  'tự_đánh_giá',
  'tổ_xét',
  'hđ_trường',
  'trình_sở',
  'thẩm_định_hs',
  'báo_cáo',
  'ý_kiến',
  'công_bố',
  'xet_lai',
  'review_x',
];

export interface Program {
  readonly text: string;
}

class Writer {
  readonly lines: string[] = [];
  private used = 0;
  constructor(
    private readonly g: G,
    private readonly indent: string,
  ) {}

  /** A fresh name. */
  name(): string {
    return `${this.pick(STEMS)}_${this.used++}`;
  }
  pick<T>(list: readonly T[]): T {
    return this.g(fc.constantFrom, ...list);
  }
  int(min: number, max: number): number {
    return this.g(fc.integer, { min, max });
  }
  bool(p = 0.5): boolean {
    return this.g(fc.double, { min: 0, max: 1, noNaN: true }) < p;
  }
  /** A keyword in one of its spellings, sometimes capitalised. */
  kw(id: string): string {
    const s = this.pick(SPELLINGS.get(id) ?? [id]);
    return this.bool(0.15) ? s.charAt(0).toUpperCase() + s.slice(1) : s;
  }
  str(): string {
    return `"${this.pick(['Cá nhân, tập thể đăng ký', 'Hội đồng xét “đợt 1” – 2020', 'Báo cáo # không phải chú thích', 'text with \\"quotes\\"', 'Tổ chuyên môn // xét', 'Plain'])}"`;
  }
  time(events: readonly string[]): string {
    const templates = this.pick(TIMES.filter((t) => events.length > 0 || !t[0]!.includes('{e}')));
    return this.fill(this.pick(templates), events);
  }
  duration(): string {
    return this.fill(this.pick(this.pick(DURATIONS)), []);
  }
  private fill(template: string, events: readonly string[]): string {
    const m = this.int(1, 11);
    return template
      .replace(/\{d\}/gu, () => String(this.int(1, 28)))
      .replace(/\{m2\}/gu, String(m + 1))
      .replace(/\{m\}/gu, String(m))
      .replace(/\{y\}/gu, String(this.pick([2020, 2021])))
      .replace(/\{n\}/gu, () => String(this.int(1, 20)))
      .replace(/\{q\}/gu, this.pick(['I', 'II', 'III', 'IV']))
      .replace(/\{e\}/gu, () => this.pick(events));
  }
  /** Emits a line at `depth`, with random comments and blank lines around it. */
  line(depth: number, content: string): void {
    if (this.bool(0.08)) this.lines.push('');
    if (this.bool(0.08))
      this.lines.push(`${this.indent.repeat(this.int(0, depth + 1))}${this.pick(['#', '//'])} ghi chú ${this.used}`);
    const trailing = this.bool(0.1) ? `${this.pick([' ', '   '])}# chú thích cuối dòng` : '';
    const spaced = this.bool(0.2) ? content.replace(/ /gu, '  ') : content;
    this.lines.push(`${this.indent.repeat(depth)}${spaced}${trailing}`);
  }
  /** Clauses on the head line or on child lines, at random. */
  clauses(depth: number, head: string, onHead: string[], children: string[]): void {
    this.line(depth, [head, ...onHead].join(' '));
    for (const c of children) this.line(depth + 1, c);
  }
}

interface Scope {
  readonly roles: string[];
  readonly levels: string[];
}

function organisation(w: Writer, depth: number): Scope {
  const levels = [w.name(), w.name(), w.name()];
  w.line(depth, `${w.kw('level')} ${levels.map((l) => (w.bool() ? `${l} ${w.str()}` : l)).join(' < ')}`);
  const roles: string[] = [];
  for (let i = w.int(1, 3); i > 0; i--) {
    const r = w.name();
    roles.push(r);
    w.line(depth, `${w.kw('role')} ${r}${w.bool() ? ` ${w.str()}` : ''} ${w.kw('level')} ${w.pick(levels)}`);
  }
  if (w.bool())
    w.line(
      depth,
      `${w.kw('unit')} ${w.name()} ${w.str()} ${w.kw('level')} ${w.pick(levels)}${w.bool() ? ` ${w.kw('under')} ${w.str()}` : ''}`,
    );
  if (w.bool()) {
    const c = w.name();
    roles.push(c);
    w.line(depth, `${w.kw('council')} ${c} ${w.str()}`);
    for (let i = w.int(0, 2); i > 0; i--)
      w.line(
        depth + 1,
        `${w.kw('member')} ${w.str()}${w.bool() ? ` ${w.kw('position')} ${w.str()}` : ''}${w.bool() ? ` ${w.kw('scope')} ${w.str()}` : ''}`,
      );
  }
  return { roles, levels };
}

function activity(
  w: Writer,
  depth: number,
  scope: Scope,
  events: string[],
  done: string[],
  procedures: string[],
): void {
  const id = w.bool(0.6) ? w.name() : undefined;
  const head = `${w.bool(0.2) ? '- ' : ''}${id ? `${id}: ` : ''}${w.str()}`;
  const onHead: string[] = [];
  const children: string[] = [];
  const put = (clause: string, headOk: boolean): void => void (headOk && w.bool() ? onHead : children).push(clause);
  if (w.bool(0.8)) put(`${w.kw('by')} ${w.pick(scope.roles)}`, onHead.length === 0);
  if (w.bool(0.7)) put(w.time(events), true);
  if (done.length > 0 && w.bool(0.4)) put(`${w.kw('after')} ${w.pick(done)}`, true);
  if (procedures.length > 0 && w.bool(0.3)) {
    put(`${w.kw('per-procedure')} ${w.pick(procedures)}`, true);
    if (w.bool()) children.push(`${w.kw('with')} ${w.name()} = ${w.pick([w.time([]), '5', w.kw('yes'), w.str()])}`);
  }
  if (w.bool(0.15)) children.push(`${w.kw('note')} ${w.str()}`);
  w.clauses(depth, head, onHead, children);
  if (id) done.push(id);
}

function plan(w: Writer, depth: number, scope: Scope, procedures: string[]): void {
  w.line(depth, `${w.kw('plan')} ${w.str()}`);
  const d = depth + 1;
  w.line(d, w.bool() ? `${w.kw('school-year')} 2020-2021` : `${w.kw('year')} 2021`);
  for (let i = w.int(0, 2); i > 0; i--) w.line(d, `${w.kw('basis')} ${w.str()}`);
  if (w.bool(0.3)) w.line(d, w.kw('lenient-before'));
  if (w.bool(0.2))
    w.line(
      d,
      `${w.kw('frame')} ${w.pick(['từ 5/9/2020 đến 31/7/2021', 'tu 1/8/2020 den 31/7/2021', 'from 1/9/2020 until 31/5/2021'])}`,
    );
  if (w.bool(0.2)) w.line(d, `${w.kw('note')} ${w.str()}`);
  if (w.bool(0.2)) {
    w.line(d, w.kw('organisation'));
    w.line(d + 1, `${w.kw('role')} ${w.name()} ${w.kw('level')} ${w.pick(scope.levels)}`);
  }
  if (w.bool(0.3)) w.line(d, `${w.kw('doc-number')} ${w.str()}`);
  if (w.bool(0.3)) w.line(d, `${w.kw('issued')} ${w.int(1, 28)}/9/2020`);
  if (w.bool(0.3)) w.line(d, `${w.kw('unit')} ${w.str()} ${w.kw('level')} ${w.pick(scope.levels)}`);
  const events: string[] = [];
  for (let i = w.int(0, 2); i > 0; i--) {
    const e = w.name();
    events.push(e);
    w.line(d, `${w.kw('event')} ${e}${w.bool() ? ` ${w.str()}` : ''}${w.bool() ? ` ${w.time([])}` : ''}`);
  }
  const phases: string[] = [];
  for (let i = w.int(0, 2); i > 0; i--) {
    const p = String(phases.length + 1);
    phases.push(p);
    w.line(d, `${w.kw('phase')} ${p} ${w.time([])}${w.bool() ? ` ${w.str()}` : ''}`);
    if (w.bool(0.3)) w.line(d + 1, `${w.kw('note')} ${w.str()}`);
  }
  w.line(d, w.kw('schedule'));
  const done: string[] = [];
  if (w.bool(0.3)) activity(w, d + 1, scope, events, done, procedures);
  for (let i = w.int(1, 3); i > 0; i--) {
    const heading = w.pick([
      () => w.time([]),
      () => `${w.kw('phase')} ${phases[0] ?? '1'}`,
      () => w.kw('all-year'),
      () => w.kw('regular'),
    ])();
    w.line(d + 1, `${heading}${w.bool(0.2) ? ` ${w.str()}` : ''}`);
    for (let j = w.int(1, 3); j > 0; j--) activity(w, d + 2, scope, events, done, procedures);
  }
}

function guard(w: Writer, fields: ReadonlyArray<readonly [string, string]>, depth = 0): string {
  const bools = fields.filter(([, t]) => t === 'bool');
  const leaf = (): string => {
    const [f, type] = w.pick(fields);
    if (type === 'bool') return w.bool() ? f : `${f} = ${w.kw(w.pick(['yes', 'no']))}`;
    if (type === 'number') return `${f} ${w.pick(['>=', '<', '=', '!=', '≥', '≤', w.kw('differs')])} ${w.int(0, 9)}`;
    return `${f} = ${w.str()}`;
  };
  if (depth > 1 || w.bool(0.5))
    return bools.length > 0 && w.bool(0.3) ? `${w.kw(w.pick(['no', 'not']))} ${w.pick(bools)[0]}` : leaf();
  const op = w.kw(w.pick(['and', 'or']));
  return `(${guard(w, fields, depth + 1)} ${op} ${guard(w, fields, depth + 1)})`;
}

function step(
  w: Writer,
  depth: number,
  id: string,
  scope: Scope,
  targets: readonly string[],
  fields: ReadonlyArray<readonly [string, string]>,
  params: readonly string[],
): void {
  const head = `${w.kw('step')} ${id}${w.bool() ? ` ${w.str()}` : ''}`;
  const onHead: string[] = [];
  const children: string[] = [];
  // On the head line a phrase runs to the next clause word, so only keyword-led clauses may follow one.
  if (w.bool(0.8)) onHead.push(`${w.kw('by')} ${w.pick(scope.roles)}`);
  if (w.bool(0.5))
    (w.bool() ? onHead : children).push(
      `${w.kw('deadline')} ${params.length > 0 && w.bool(0.3) ? w.pick(params) : w.time([])}`,
    );
  if (w.bool(0.2)) (w.bool() ? onHead : children).push(`${w.kw('takes')} ${w.duration()}`);
  if (w.bool(0.2)) (w.bool() ? onHead : children).push(`${w.kw('posting')} ${w.duration()}`);
  if (w.bool(0.2)) (w.bool() ? onHead : children).push(`${w.kw('remind')} ${w.duration()}`);
  if (w.bool(0.15)) {
    children.push(`${w.kw('for-each')} ${w.pick(scope.levels)}`);
    children.push(
      `${w.kw('roll-up')} ${w.pick([w.kw('all'), w.kw('on-time'), `${w.kw('quorum')} ${w.int(1, 9)}`, `${w.kw('quorum')} ${w.int(10, 99)}%`])}`,
    );
  }
  for (let i = w.int(1, 3); i > 0; i--) {
    const target = w.pick(targets);
    const withGuard = fields.length > 0 && w.bool(0.3) ? ` ${w.kw('if')} ${guard(w, fields)}` : '';
    const kind = w.int(0, 5);
    if (kind === 0 && fields.length > 0) children.push(`${w.kw('if')} ${guard(w, fields)} -> ${target}`);
    else if (kind === 1) children.push(`${w.kw('overdue')}${withGuard} ${w.pick(['->', '→'])} ${target}`);
    else if (kind === 2)
      children.push(
        `${w.kw('overdue')} ${w.kw('escalate')} ${w.pick(scope.levels)}${w.bool() && targets.length > 1 ? ` -> ${w.pick(targets.slice(0, -1))}` : ''}`,
      );
    else if (kind === 3) children.push(`${CUSTOM}${w.name()}${withGuard} -> ${target}`);
    else children.push(`${w.kw(w.pick(ACTIONS))}${withGuard} -> ${target}`);
  }
  if (w.bool(0.15)) children.push(`${w.kw('note')} ${w.str()}`);
  // Several child clauses may share a line.
  const merged: string[] = [];
  for (const c of children) {
    const last = merged.length - 1;
    if (last >= 0 && w.bool(0.2) && !c.startsWith(CUSTOM) && endsWithStop(merged[last]!))
      merged[last] = `${merged[last]} ${c}`;
    else merged.push(c);
  }
  for (let i = 0; i < merged.length; i++) merged[i] = merged[i]!.split(CUSTOM).join('');
  w.clauses(depth, head, onHead, merged);
}

/** Marks a clause led by a designer's action name: a reference before it would swallow the name. */
const CUSTOM = '\u0000';

/** A transition line (ending in a target name) may be followed by another clause on the same line. */
function endsWithStop(clause: string): boolean {
  return /(?:->|→) \S+$/u.test(clause) && !/ (?:nếu|neu|if) /u.test(clause);
}

function procedure(w: Writer, depth: number, id: string, scope: Scope): void {
  w.line(depth, `${w.kw('procedure')} ${id}${w.bool() ? ` ${w.str()}` : ''}`);
  const d = depth + 1;
  if (w.bool(0.3)) w.line(d, `${w.kw('basis')} ${w.str()}`);
  if (w.bool(0.2)) w.line(d, `${w.kw('note')} ${w.str()}`);
  const params: string[] = [];
  if (w.bool(0.4)) {
    w.line(d, w.kw('params'));
    for (let i = w.int(1, 3); i > 0; i--) {
      const p = w.name();
      params.push(p);
      w.line(
        d + 1,
        `${p} = ${w.pick([w.time([]), w.duration(), String(w.int(1, 99)), w.kw('yes'), w.str(), w.name()])}`,
      );
    }
  }
  const fields: Array<readonly [string, string]> = [];
  if (w.bool(0.7)) {
    w.line(d, w.kw('dossier'));
    for (let i = w.int(1, 4); i > 0; i--) {
      const f = w.name();
      const type = w.pick(['bool', 'number', 'text', 'date', 'enum']);
      const spelled =
        type === 'bool'
          ? `${w.kw('yes')}/${w.kw('no')}`
          : type === 'number'
            ? w.kw('type-number')
            : type === 'text'
              ? w.kw('type-text')
              : type === 'date'
                ? w.kw('day')
                : `${w.kw('one-of')} ${[w.name(), w.name()].join(', ')}`;
      w.line(d + 1, `${f}: ${spelled}${w.bool(0.3) ? ` ${w.str()}` : ''}`);
      if (type === 'bool' || type === 'number') fields.push([f, type]);
    }
  }
  const steps = Array.from({ length: w.int(1, 3) }, () => w.name());
  const finals = Array.from({ length: w.int(1, 2) }, () => w.name());
  const par = w.bool(0.3) ? w.name() : undefined;
  const targets = [...steps, ...finals, ...(par ? [par] : [])];
  if (w.bool(0.3)) w.line(d, `${w.kw('start')} ${steps[0]}`);
  for (const s of steps) step(w, d, s, scope, targets, fields, params);
  if (par) {
    w.line(d, `${w.kw('parallel')} ${par}${w.bool() ? ` ${w.str()}` : ''}`);
    for (let i = w.int(1, 2); i > 0; i--) {
      w.line(d + 1, `${w.kw('branch')} ${w.name()}`);
      step(w, d + 2, w.name(), scope, [w.kw('done')], fields, params);
    }
    if (w.bool(0.8))
      w.line(
        d + 1,
        `${w.kw('join')} ${w.bool() ? `${w.kw(w.pick(['all', 'any']))} ` : ''}-> ${w.pick([...steps, ...finals])}`,
      );
  }
  w.line(d, `${w.kw('final')} ${finals.map((f) => (w.bool(0.3) ? `${f} ${w.str()}` : f)).join(', ')}`);
}

/**
 * A random valid program: imports, an organisation, a plan (header, events, phases, schedule) and
 * procedures (parameters, dossier, steps, transitions, guards, parallel blocks, fan-out, finals).
 *
 * @example
 * fc.assert(fc.property(programArb, ({ text }) => parse(text, 'g.tdkt').diagnostics.length >= 0))
 */
export const programArb: fc.Arbitrary<Program> = fc.gen().map((g) => {
  const w = new Writer(g, g(fc.constantFrom, '  ', '    ', '\t', ' '));
  for (let i = w.int(0, 1); i > 0; i--) w.line(0, `${w.kw('use')} "lib/${w.name()}.tdkt"`);
  let scope: Scope = { roles: ['vai_trò_0'], levels: ['cấp_0'] };
  if (w.bool(0.7)) {
    w.line(0, w.kw('organisation'));
    scope = organisation(w, 1);
  }
  const procedures = Array.from({ length: w.int(0, 2) }, () => w.name());
  if (w.bool(0.8)) plan(w, 0, scope, procedures);
  for (const p of procedures) procedure(w, 0, p, scope);
  return { text: `${w.lines.join('\n')}\n` };
});
