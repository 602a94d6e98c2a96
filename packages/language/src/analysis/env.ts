// Per-file analysis environment: name tables, source positions, and time resolution in a plan's context.
import { type DayWindow, type Diagnostic, type ResolveContext, resolveTime, shiftDiagnostic } from '@tdkt/calendar';
import type { Procedure, Ref, Span, TimePhrase } from '../ast/index.js';
import type { LineIndex } from '../diagnostics/line-index.js';
import { suggestAnyKeyword } from '../diagnostics/suggest.js';
import type {
  ModelActor,
  ModelLevel,
  ModelRole,
  ModelUnit,
  ResolvedTime,
  SourceRef,
  TimeOrigin,
} from '../model/types.js';
import { Table } from './table.js';

/** The most words of a name tried as a declared name before a misspelt keyword (`người_quyết_định` + `chamm`). */
const MAX_HEAD_WORDS = 6;

export interface ProcedureEntry {
  readonly ast: Procedure;
  readonly env: FileEnv;
}

export class FileEnv {
  readonly levels = new Table<ModelLevel>('level');
  readonly units = new Table<ModelUnit>('unit');
  readonly actors = new Table<ModelRole>('role');
  readonly procedures = new Table<ProcedureEntry>('procedure');
  /** Whether the file declares any organisation (else its procedures' actors resolve in the plan using them). */
  hasOrg = false;

  constructor(
    readonly file: string,
    readonly index: LineIndex,
    readonly diagnostics: Diagnostic[],
  ) {}

  src(span: Span): SourceRef {
    const { line, col } = this.index.lineCol(span.start);
    return { file: this.file, line, col, start: span.start, end: span.end };
  }

  levelRank(id: string | undefined): number | undefined {
    return id === undefined ? undefined : this.levels.get(id)?.rank;
  }

  /**
   * Resolves who acts: a role or council, else a level, else a unit. Unknown names are reported only when
   * `report` (a file without organisation leaves its procedures' actors to the plan that uses them).
   */
  actor(ref: Ref, report: boolean, sink: Diagnostic[] = this.diagnostics): ModelActor {
    const role = this.actors.get(ref.name);
    if (role) return { kind: role.kind, id: role.id, ...(role.level ? { level: role.level } : {}) };
    const level = this.levels.get(ref.name);
    if (level) return { kind: 'level', id: level.id, level: level.id };
    const unit = this.units.get(ref.name);
    if (unit) return { kind: 'unit', id: unit.id, ...(unit.level ? { level: unit.level } : {}) };
    if (report) {
      const d = this.actors.unknown(ref.name, ref.span, [...this.levels.names(), ...this.units.names()], 'actor');
      // `do ai đó chamm nhat 3/10`: a misspelt keyword swallowed into the name.
      // Only when the words before it are a name this file knows: `người_quyết_định` is a name, not
      // `người` + a misspelt `duyệt`.
      // Bounded: the head is at most MAX_HEAD_WORDS words, so a 100 KB name costs one split, not a lookup
      // of every prefix (which was quadratic: 44 s at 100 KB).
      const words = ref.name.split('_', MAX_HEAD_WORDS + 3);
      let hint: string | undefined;
      let knownHead: { head: string; rest: string } | undefined;
      let head = '';
      const known = (name: string): boolean => this.actors.has(name) || this.levels.has(name) || this.units.has(name);
      for (let i = 1; i < words.length && i <= MAX_HEAD_WORDS && hint === undefined; i++) {
        head = i === 1 ? words[0]! : `${head}_${words[i - 1]!}`;
        const rest = words.slice(i).join('_');
        // `truong_phong`: two known names (trường, phòng) make a new one, not a name and a keyword.
        if (!known(head) || known(rest)) continue;
        hint = suggestAnyKeyword(words.slice(i), 5);
        // A known name and one more word (`cá_nhân hann`): too short to name the keyword, still worth asking.
        if (knownHead === undefined && i === words.length - 1) knownHead = { head, rest };
      }
      const data =
        hint !== undefined
          ? { keyword: hint }
          : knownHead !== undefined
            ? { knownHead: knownHead.head, rest: knownHead.rest }
            : {};
      sink.push(d.data['suggestion'] === undefined ? { ...d, data: { ...d.data, ...data } } : d);
    }
    return { kind: 'unresolved', id: ref.name };
  }
}

/**
 * Whether a phrase is `trước D` read strictly (its last allowed day is D−1), for explanations.
 *
 * @example
 * isStrictBefore(parseTimePhrase('trước 30/6').expr, 'strict') // => true
 */
function isStrictBefore(expr: unknown, reading: 'strict' | 'lenient' | undefined): boolean {
  const e = expr as { kind?: string; keyword?: string; inner?: unknown } | undefined;
  if (reading !== 'strict' || e === undefined) return false;
  if (e.kind === 'tentative') return isStrictBefore(e.inner, reading);
  return e.kind === 'deadline' && e.keyword === 'before';
}

/**
 * The origin of a bound taken from a resolved phrase.
 *
 * @example
 * timeOrigin('phrase', time, 'strict') // => { kind: 'phrase', text: 'trước 30/6', source, strictBefore: true }
 */
export function timeOrigin(
  kind: TimeOrigin['kind'],
  time: ResolvedTime,
  reading: 'strict' | 'lenient' | undefined,
  extra: Partial<TimeOrigin> = {},
): TimeOrigin {
  return {
    kind,
    text: time.text,
    source: time.source,
    ...extra,
    ...(isStrictBefore(time.expr, reading) ? { strictBefore: true } : {}),
  };
}

/** A phrase as written, without a plan context (procedures on their own). */
function unresolvedTime(env: FileEnv, node: TimePhrase): ResolvedTime {
  return {
    text: node.text,
    expr: node.expr as ResolvedTime['expr'],
    resolution: undefined,
    source: env.src(node.span),
  };
}

/**
 * Resolves a phrase in a plan's context; calendar diagnostics are moved to file offsets and reported.
 *
 * @example
 * resolveIn(env, node, ctx, monthWindow) // => { text: 'trước 30/6', resolution: { lastDay: … }, … }
 */
export function resolveIn(
  env: FileEnv,
  node: TimePhrase,
  ctx: ResolveContext | undefined,
  enclosing?: DayWindow,
  sink: Diagnostic[] = env.diagnostics,
): ResolvedTime {
  const base = unresolvedTime(env, node);
  if (!ctx || node.expr === undefined) return base;
  const { resolution, diagnostics } = resolveTime(
    node.expr as NonNullable<ResolvedTime['expr']>,
    enclosing ? { ...ctx, enclosing } : ctx,
  );
  for (const d of diagnostics) {
    const shifted = shiftDiagnostic(d, node.span.start);
    // An event declared without any date is known only at run time, and a plan may name dates outside its
    // period (a plan for 2023 issued in 12/2022, a deadline in the next school year): warnings, not errors.
    sink.push(
      d.code === 'time.unknown-event' || d.code === 'time.outside-period'
        ? { ...shifted, severity: 'warning' }
        : shifted,
    );
  }
  return { ...base, resolution };
}
