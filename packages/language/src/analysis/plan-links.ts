// Binds a plan's rows to the procedures they run: instances, rows performing steps, `với` values, defaults.
import { type Diagnostic, defaultWorkingCalendar, type ResolveContext } from '@tdkt/calendar';
import type { Activity } from '../ast/index.js';
import type {
  ModelBound,
  ModelParam,
  ModelProcedureLink,
  ModelProcedureStep,
  ProcedureModel,
  TimeOrigin,
} from '../model/types.js';
import type { FileEnv, ProcedureEntry } from './env.js';
import { bindInstance } from './instance-deadlines.js';
import { checkOverride, paramUses } from './overrides.js';
import { analyzeProcedure } from './procedure.js';
import { nameKey, Table } from './table.js';

/** A row of the schedule as the linker sees it. */
export interface LinkRow {
  readonly id: string;
  readonly ast: Activity;
  readonly bounds: readonly ModelBound[];
  /** The rows it waits for (`sau`), transitively. */
  /** Whether this row comes after another (`sau`, transitively). */
  readonly after: (earlier: string) => boolean;
}

export interface RowLinks {
  readonly procedure?: ModelProcedureLink;
  readonly procedureStep?: ModelProcedureStep;
}

/** The earliest hard end bound that is specific to the row (not just the whole period). */
function specificEnd(bounds: readonly ModelBound[]): ModelBound | undefined {
  let best: ModelBound | undefined;
  for (const b of bounds)
    if (b.edge === 'end' && !b.soft && b.origin.kind !== 'period' && (best === undefined || b.day < best.day)) best = b;
  return best;
}

interface Use {
  readonly row: LinkRow;
  readonly entry: ProcedureEntry;
  readonly steps: readonly string[];
}

const fmt = (o: TimeOrigin): string => `${o.param ? `${o.param} = ` : ''}${o.text} (${o.source.file}:${o.source.line})`;

/**
 * Links every row that names a procedure. A row `theo quy trình P` runs (an instance of) P; a row
 * `theo quy trình P bước S` performs step S of the instance another row runs (the one row running P, or
 * the one it comes after), or starts it when no row runs P. Each instance is analysed in the plan's
 * context with the `với` values of all its rows, then bound to the rows' deadlines (`bindInstance`);
 * the defaults it inherits are reported as information.
 *
 * @example
 * linkRows(env, rows, ctx).get('bình_xét')?.procedure?.instance?.steps.length
 */
export function linkRows(
  env: FileEnv,
  rows: readonly LinkRow[],
  ctx: ResolveContext | undefined,
): Map<string, RowLinks> {
  const d = env.diagnostics;
  const links = new Map<string, RowLinks>();
  const uses = new Map<string, Use[]>();
  for (const row of rows) {
    const link = row.ast.procedure;
    if (!link) continue;
    const entry = env.procedures.get(link.procedure.name);
    if (!entry) {
      d.push(env.procedures.unknown(link.procedure.name, link.procedure.span));
      continue;
    }
    const stepNames = new Table<string>('step');
    for (const item of entry.ast.items) {
      if (item.kind === 'Step') stepNames.add(item.id.name, item.id.name, item.id.span, [], entry.env.index);
      if (item.kind === 'Parallel')
        for (const b of item.branches)
          for (const s of b.steps) stepNames.add(s.id.name, s.id.name, s.id.span, [], entry.env.index);
    }
    const steps: string[] = [];
    for (const s of link.steps) {
      const found = stepNames.declared(s.name);
      if (found === undefined)
        d.push({
          ...stepNames.unknown(s.name, s.span),
          data: { ...stepNames.unknown(s.name, s.span).data, procedure: entry.ast.id.name },
        });
      else steps.push(found);
    }
    if (link.steps.length > 0 && steps.length === 0) continue;
    const key = nameKey(entry.ast.id.name);
    uses.set(key, [...(uses.get(key) ?? []), { row, entry, steps }]);
  }
  for (const group of uses.values()) linkGroup(env, group, ctx, links);
  return links;
}

function linkGroup(
  env: FileEnv,
  group: readonly Use[],
  ctx: ResolveContext | undefined,
  links: Map<string, RowLinks>,
): void {
  const d = env.diagnostics;
  const whole = group.filter((u) => u.steps.length === 0);
  const stepRows = group.filter((u) => u.steps.length > 0);
  // Without a row running the whole procedure, the row performing its first step starts the run (else the
  // first row written that performs any step of it).
  const first = stepRows.find((u) => u.steps.some((s) => nameKey(s) === nameKey(initialOf(u.entry)))) ?? stepRows[0];
  // Each instance: its starting row and the step rows attached to it.
  const instances = new Map<Use, Use[]>(whole.map((w) => [w, []]));
  for (const s of stepRows) {
    let owner: Use | undefined;
    if (whole.length === 1) owner = whole[0];
    else if (whole.length > 1) {
      const candidates = whole.filter((w) => s.row.after(w.row.id));
      if (candidates.length === 1) owner = candidates[0];
      else {
        d.push({
          code: 'plan.step-row-ambiguous',
          severity: 'error',
          span: s.row.ast.procedure!.span,
          data: { procedure: s.entry.ast.id.name, rows: whole.map((w) => w.row.id) },
        });
        continue;
      }
    } else owner = first;
    if (owner === undefined) continue;
    if (owner === s) {
      if (!instances.has(s)) instances.set(s, []);
    } else instances.set(owner, [...(instances.get(owner) ?? []), s]);
  }
  for (const [start, attached] of instances) linkInstance(env, start, attached, ctx, links);
}

/** The step a procedure starts with: `bắt đầu S`, else the first step or parallel block written. */
function initialOf(entry: ProcedureEntry): string {
  for (const item of entry.ast.items) if (item.kind === 'Start') return item.step.name;
  for (const item of entry.ast.items) if (item.kind === 'Step' || item.kind === 'Parallel') return item.id.name;
  return '';
}

function linkInstance(
  env: FileEnv,
  start: Use,
  attached: readonly Use[],
  ctx: ResolveContext | undefined,
  links: Map<string, RowLinks>,
): void {
  const d = env.diagnostics;
  const { entry } = start;
  const name = entry.ast.id.name;
  const uses = paramUses(entry.ast);
  const overrides = new Map<string, ModelParam>();
  const performedBy = new Map<string, Use>();
  for (const use of [start, ...attached]) {
    for (const o of use.row.ast.procedure?.overrides ?? []) {
      const key = nameKey(o.name.name);
      if (!uses.declared.has(key)) {
        const t = new Table<string>('param');
        for (const n of uses.declared.values()) t.add(n, n, o.name.span, [], env.index);
        const u = t.unknown(o.name.name, o.name.span);
        d.push({ ...u, code: 'validate.override-unknown', data: { ...u.data, procedure: name } });
        continue;
      }
      if (overrides.has(key)) {
        d.push({
          code: 'plan.override-twice',
          severity: 'error',
          span: o.span,
          data: { name: o.name.name, procedure: name },
        });
        continue;
      }
      const problem = checkOverride(o, uses.kinds.get(key));
      if (problem) {
        d.push({ ...problem, data: { ...problem.data, procedure: name } });
        continue;
      }
      const { kind: _k, span: _s, ...value } = o.value;
      overrides.set(key, { id: o.name.name, value, overridden: true, source: env.src(o.span) });
    }
    for (const step of use.steps) {
      const prev = performedBy.get(step);
      if (prev && prev !== use)
        d.push({
          code: 'plan.step-performed-twice',
          severity: 'error',
          span: use.row.ast.procedure!.span,
          data: { step, procedure: name, other: prev.row.id },
        });
      else performedBy.set(step, use);
    }
  }
  const sink: Diagnostic[] = [];
  const analysed = analyzeProcedure(entry, {
    actorEnv: entry.env.hasOrg ? entry.env : env,
    ...(ctx ? { ctx } : {}),
    overrides,
    structural: false,
    sink,
  });
  const linkSpan = start.row.ast.procedure!.span;
  const rows = new Map(
    [...performedBy].map(([step, use]) => [step, { activity: use.row.id, end: specificEnd(use.row.bounds) }]),
  );
  const wholeEnd = start.steps.length === 0 ? specificEnd(start.row.bounds) : undefined;
  const bound = bindInstance(analysed, {
    planFile: env.file,
    rows,
    ...(start.steps.length === 0 ? { whole: { activity: start.row.id, end: wholeEnd } } : {}),
    calendar: ctx?.calendar ?? defaultWorkingCalendar(),
  });
  // Problems of an instance (a role the plan does not declare, a date outside its period) are in the
  // procedure's text, read in this plan's context: report them where they are written, saying through which
  // `theo quy trình` of this plan they were reached.
  const via = `${env.file}:${env.index.lineCol(linkSpan.start).line}`;
  for (const x of inForce(sink, bound.instance, entry.env.file)) {
    if (entry.env === env) d.push(x);
    else entry.env.diagnostics.push({ ...x, data: { ...x.data, procedure: name, via } });
  }
  if (bound.inherited.length > 0) {
    d.push({
      code: 'plan.inherited-defaults',
      severity: 'info',
      span: linkSpan,
      data: { procedure: name, count: bound.inherited.length, defaults: bound.inherited.map(fmt) },
    });
  }
  const link: ModelProcedureLink = {
    procedure: name,
    file: entry.env.file,
    overrides: [...overrides.values()],
    ...(start.steps.length > 0 ? { performs: start.steps } : {}),
    startsAtRow:
      start.steps.length === 0 ||
      (bound.instance.initial !== undefined && start.steps.includes(bound.instance.initial)),
    customised: overrides.size > 0 || bound.changed,
    inherited: bound.inherited,
    instance: bound.instance,
    source: env.src(linkSpan),
  };
  links.set(start.row.id, { procedure: link });
  for (const use of attached) {
    if (use === start) continue;
    links.set(use.row.id, {
      procedureStep: {
        procedure: name,
        startedBy: start.row.id,
        steps: use.steps,
        source: env.src(use.row.ast.procedure!.span),
      },
    });
  }
}

/**
 * The instance's problems, less day-off notes on written deadlines the plan replaced (a library date that gave
 * way to a row's time): a note on a date no step keeps would send the designer to fix a date that is not used.
 */
function inForce(sink: readonly Diagnostic[], instance: ProcedureModel, file: string): Diagnostic[] {
  const used = instance.steps.flatMap((s) => {
    const o = s.deadline?.origin;
    return o && o.kind !== 'row' && o.kind !== 'derived' && o.source.file === file ? [o.source] : [];
  });
  return sink.filter(
    (x) => x.code !== 'time.deadline-on-day-off' || used.some((u) => x.span.start >= u.start && x.span.start < u.end),
  );
}
