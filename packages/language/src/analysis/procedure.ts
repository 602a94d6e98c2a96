// Analyses one procedure: names, targets, guards, reachability, level order; builds its resolved model.
import { type Diagnostic, parseDuration, parseTimePhrase, type ResolveContext, resolveTime } from '@tdkt/calendar';
import type { DurationPhrase, Param, Ref, Step, Target, TimePhrase } from '../ast/index.js';
import { suggestKeyword } from '../diagnostics/suggest.js';
import type {
  ModelDeadline,
  ModelField,
  ModelParallel,
  ModelParam,
  ModelStep,
  ModelTarget,
  ModelTransition,
  ProcedureModel,
  ResolvedDuration,
} from '../model/types.js';
import { isNameOnly } from '../syntax/times.js';
import { type FileEnv, type ProcedureEntry, resolveIn, timeOrigin } from './env.js';
import { resolveGuard, resolveWrites } from './guards.js';
import { markOutcome } from './outcome.js';
import { checkGraph } from './reachability.js';
import { nameKey, Table } from './table.js';

export interface ProcedureOptions {
  /** Where actors resolve (the procedure's own file if it declares an organisation, else the plan's). */
  readonly actorEnv: FileEnv | undefined;
  readonly ctx?: ResolveContext;
  /** Parameter values set by a plan. */
  readonly overrides?: ReadonlyMap<string, ModelParam>;
  /** Report structural problems (false for plan instances, which repeat the generic analysis). */
  readonly structural: boolean;
  readonly sink: Diagnostic[];
}

const ACTION_IDS = ['submit', 'approve', 'return', 'reject', 'concur', 'appraise', 'forward'];
const FORWARD = new Set(['submit', 'approve', 'concur', 'appraise', 'forward']);

/**
 * Builds a procedure's model and validates it.
 *
 * @example
 * analyzeProcedure(entry, { actorEnv: env, structural: true, sink: diagnostics }).steps.length
 */
export function analyzeProcedure(entry: ProcedureEntry, o: ProcedureOptions): ProcedureModel {
  const { ast, env } = entry;
  const structural: Diagnostic[] = o.structural ? o.sink : [];
  const params = new Table<ModelParam>('param');
  const fields = new Table<ModelField>('field');
  const targets = new Table<ModelTarget>('target');
  const bases: string[] = [];
  const notes: string[] = [];
  const finals: ProcedureModel['finals'][number][] = [];
  const steps: Array<{ ast: Step; parallel?: string; branch?: string }> = [];
  const parallels: ModelParallel[] = [];
  const parallelAsts = ast.items.filter((i) => i.kind === 'Parallel');
  let initial: string | undefined;
  let startRef: Ref | undefined;

  for (const item of ast.items) {
    switch (item.kind) {
      case 'Basis':
        bases.push(item.text.value);
        break;
      case 'Note':
        notes.push(item.text.value);
        break;
      case 'Param':
        params.add(item.id.name, paramModel(env, item, o.overrides), item.id.span, structural, env.index);
        break;
      case 'Dossier':
        for (const f of item.fields) {
          const values = f.type.type === 'enum' ? f.type.values.map((v) => v.name) : undefined;
          fields.add(
            f.id.name,
            {
              id: f.id.name,
              type: f.type.type,
              ...(values ? { values } : {}),
              ...(f.label ? { label: f.label.value } : {}),
              source: env.src(f.id.span),
            },
            f.id.span,
            structural,
            env.index,
          );
        }
        break;
      case 'Step':
        steps.push({ ast: item });
        targets.add(item.id.name, { kind: 'step', id: item.id.name }, item.id.span, structural, env.index);
        initial ??= item.id.name;
        break;
      case 'Parallel':
        targets.add(item.id.name, { kind: 'parallel', id: item.id.name }, item.id.span, structural, env.index);
        initial ??= item.id.name;
        for (const br of item.branches) {
          for (const s of br.steps) {
            steps.push({ ast: s, parallel: item.id.name, branch: br.id.name });
            targets.add(s.id.name, { kind: 'step', id: s.id.name }, s.id.span, structural, env.index);
          }
        }
        break;
      case 'Final':
        finals.push({
          id: item.id.name,
          ...(item.label ? { label: item.label.value } : {}),
          source: env.src(item.id.span),
        });
        targets.add(item.id.name, { kind: 'final', id: item.id.name }, item.id.span, structural, env.index);
        break;
      case 'Start':
        startRef = item.step;
        break;
    }
  }
  for (const [name, p] of o.overrides ?? [])
    if (!params.has(name)) params.add(name, p, { start: p.source.start, end: p.source.end }, [], env.index);
  if (startRef) {
    const t = targets.get(startRef.name);
    if (t && t.kind !== 'final') initial = 'id' in t ? t.id : initial;
    else structural.push(targets.unknown(startRef.name, startRef.span, [], 'step'));
  }
  if (steps.length === 0)
    structural.push({
      code: 'validate.no-steps',
      severity: 'error',
      span: ast.id.span,
      data: { procedure: ast.id.name },
    });
  else if (finals.length === 0)
    structural.push({
      code: 'validate.no-finals',
      severity: 'error',
      span: ast.id.span,
      data: { procedure: ast.id.name },
    });
  for (const { ast: s } of steps) {
    if (s.rollUp && !s.fanOut)
      structural.push({
        code: 'validate.rollup-without-fanout',
        severity: 'warning',
        span: s.rollUp.span,
        data: { step: s.id.name },
      });
  }

  const target = (t: Target, inBranch: boolean): ModelTarget => {
    if (t.kind === 'BranchDone') {
      if (!inBranch)
        structural.push({ code: 'validate.done-outside-branch', severity: 'error', span: t.span, data: {} });
      return { kind: 'done' };
    }
    const found = targets.get(t.name);
    if (found) return found;
    structural.push(targets.unknown(t.name, t.span));
    return { kind: 'unresolved', id: t.name };
  };

  const reportActors = o.actorEnv !== undefined && (o.structural || o.actorEnv !== env);
  const stepModels: ModelStep[] = steps.map(({ ast: s, parallel, branch }) => {
    const by = s.by.map((r) =>
      o.actorEnv ? o.actorEnv.actor(r, reportActors, o.sink) : { kind: 'unresolved' as const, id: r.name },
    );
    const level = by.find((a) => a.level !== undefined)?.level;
    const levelRank = o.actorEnv?.levelRank(level);
    const scope = { fields, params };
    const transitions: ModelTransition[] = s.transitions.map((tr) => {
      const guard = tr.guard ? resolveGuard(tr.guard, scope, structural) : undefined;
      const writes = resolveWrites(tr.writes, scope, (span) => env.src(span), structural);
      if (tr.trigger.kind === 'Action' && tr.trigger.action === 'custom') {
        // `duyêt -> x` is a designer-defined action only if it is not a misspelt built-in one.
        const like = suggestKeyword([tr.trigger.name], ACTION_IDS);
        if (like)
          structural.push({
            code: 'validate.custom-action',
            severity: 'warning',
            span: tr.trigger.span,
            data: { name: tr.trigger.name, suggestion: like },
          });
      }
      const trigger = tr.trigger.kind === 'Action' ? 'action' : tr.trigger.kind === 'Auto' ? 'auto' : 'timeout';
      return {
        trigger,
        ...(tr.trigger.kind === 'Action' ? { action: tr.trigger.action, actionName: tr.trigger.name } : {}),
        ...(guard ? { guard } : {}),
        target: target(tr.target, branch !== undefined),
        ...(writes.length > 0 ? { writes } : {}),
        source: env.src(tr.span),
      };
    });
    const stepWrites = resolveWrites(s.writes, scope, (span) => env.src(span), structural);
    const escalations = s.escalations.map((e) => ({
      to: o.actorEnv ? o.actorEnv.actor(e.to, reportActors, o.sink) : { kind: 'unresolved' as const, id: e.to.name },
      ...(e.target ? { target: target(e.target, branch !== undefined) } : {}),
      source: env.src(e.span),
    }));
    const deadline = s.deadline ? deadlineOf(env, s.deadline, params, o, targets) : undefined;
    const dur = (d: DurationPhrase | undefined): ResolvedDuration | undefined =>
      d ? durationOf(env, d, params) : undefined;
    const takes = dur(s.takes);
    const posting = dur(s.posting);
    const remind = dur(s.remind);
    const fanLevel = s.fanOut && o.actorEnv ? o.actorEnv.actor(s.fanOut.level, reportActors, o.sink) : undefined;
    return {
      id: s.id.name,
      ...(s.title ? { title: s.title.value } : {}),
      by,
      ...(level !== undefined ? { level } : {}),
      ...(levelRank !== undefined ? { levelRank } : {}),
      ...(deadline ? { deadline } : {}),
      ...(takes ? { takes } : {}),
      ...(posting ? { posting } : {}),
      ...(remind ? { remind } : {}),
      ...(s.fanOut
        ? { fanOut: { level: fanLevel?.level ?? s.fanOut.level.name, source: env.src(s.fanOut.span) } }
        : {}),
      ...(s.rollUp ? { rollUp: s.rollUp.policy } : {}),
      transitions,
      escalations,
      ...(stepWrites.length > 0 ? { writes: stepWrites } : {}),
      ...(parallel ? { parallel } : {}),
      ...(branch ? { branch } : {}),
      notes: s.notes.map((n) => n.text.value),
      source: env.src(s.id.span),
    };
  });

  for (const p of parallelAsts) {
    parallels.push({
      id: p.id.name,
      ...(p.title ? { title: p.title.value } : {}),
      branches: p.branches.map((br) => ({
        id: br.id.name,
        initial: br.steps[0]?.id.name,
        steps: br.steps.map((s) => s.id.name),
        source: env.src(br.id.span),
      })),
      ...(p.join
        ? { join: { policy: p.join.policy, target: target(p.join.target, false), source: env.src(p.join.span) } }
        : {}),
      source: env.src(p.id.span),
    });
  }

  // Dates no period resolved: relative phrases resolve at run time, absolute ones need a period.
  const needsPeriod = o.ctx
    ? []
    : stepModels.flatMap((s) => {
        const t = s.deadline?.time;
        const expr = t?.expr as { kind?: string; inner?: { kind?: string } } | undefined;
        const relative = expr?.kind === 'relative' || (expr?.kind === 'tentative' && expr.inner?.kind === 'relative');
        return t && expr && !relative && t.resolution === undefined
          ? [{ step: s.id, text: t.text, source: s.deadline!.origin.source }]
          : [];
      });
  const model: ProcedureModel = {
    id: ast.id.name,
    file: env.file,
    ...(ast.title ? { title: ast.title.value } : {}),
    bases,
    params: params.values(),
    fields: fields.values(),
    initial,
    steps: markOutcome(stepModels, parallels, initial),
    parallels,
    finals,
    notes,
    ...(needsPeriod.length > 0 ? { needsPeriod } : {}),
    source: env.src(ast.id.span),
  };
  if (o.structural) checkGraph(model, ast, structural);
  checkLevelsAndDeadlines(
    model,
    steps.map((s) => s.ast),
    o,
  );
  return model;
}

function paramModel(env: FileEnv, p: Param, overrides: ReadonlyMap<string, ModelParam> | undefined): ModelParam {
  const o = overrides?.get(nameKey(p.id.name));
  if (o) return o;
  const { kind: _k, span: _s, ...value } = p.value;
  return { id: p.id.name, value, overridden: false, source: env.src(p.span) };
}

function paramPhrase(params: Table<ModelParam>, name: string): ModelParam | undefined {
  return isNameOnly(name) ? params.get(name) : undefined;
}

/** Event names a relative phrase counts from (`2 ngày sau công_bố` → `công_bố`). */
function relativeTo(expr: unknown): string | undefined {
  const e = expr as { kind?: string; inner?: unknown; event?: { name: string } } | undefined;
  if (e?.kind === 'relative') return e.event?.name;
  if (e?.kind === 'tentative') return relativeTo(e.inner);
  return undefined;
}

function deadlineOf(
  env: FileEnv,
  node: TimePhrase,
  params: Table<ModelParam>,
  o: ProcedureOptions,
  local: Table<ModelTarget>,
): ModelDeadline {
  // Relative to one of this procedure's own steps: a run-time deadline, resolved by the engine.
  const ctxFor = (expr: unknown): ResolveContext | undefined => {
    const ev = relativeTo(expr);
    return ev !== undefined && local.has(ev) ? undefined : o.ctx;
  };
  const p = paramPhrase(params, node.text);
  if (p) {
    const text = String(p.value.value);
    const { expr } = parseTimePhrase(text);
    const ctx = ctxFor(expr);
    const phrase: TimePhrase = {
      kind: 'Time',
      text,
      ...(expr ? { expr } : {}),
      span: { start: p.source.start, end: p.source.end },
    };
    const sinkEnv = p.source.file === env.file ? env : undefined;
    // An override written in the plan file: resolve it, its phrase problems are not this file's to report.
    const time = sinkEnv
      ? resolveIn(sinkEnv, phrase, ctx, undefined, o.sink)
      : { text, expr, resolution: expr && ctx ? resolveTime(expr, ctx).resolution : undefined, source: p.source };
    const resolved = { ...time, source: p.source };
    return {
      param: p.id,
      time: resolved,
      origin: timeOrigin(p.overridden ? 'override' : 'default', resolved, o.ctx?.beforeReading, { param: p.id }),
    };
  }
  if (isNameOnly(node.text) && node.expr === undefined && o.structural) {
    o.sink.push(params.unknown(node.text, node.span));
  }
  const time = resolveIn(env, node, ctxFor(node.expr), undefined, o.sink);
  return { time, origin: timeOrigin('step', time, o.ctx?.beforeReading) };
}

function durationOf(env: FileEnv, node: DurationPhrase, params: Table<ModelParam>): ResolvedDuration {
  const p = paramPhrase(params, node.text);
  if (p) {
    const text = String(p.value.value);
    const value = p.value.type === 'number' ? `${text} ngày làm việc` : text;
    return { text, duration: parseDuration(value).duration, param: p.id, source: p.source };
  }
  return { text: node.text, duration: node.expr as ResolvedDuration['duration'], source: env.src(node.span) };
}

function checkLevelsAndDeadlines(model: ProcedureModel, asts: Step[], o: ProcedureOptions): void {
  if (o.structural && o.actorEnv) {
    for (const [i, s] of model.steps.entries()) {
      const ast = asts[i]!;
      ast.escalations.forEach((e, k) => {
        const to = o.actorEnv!.levelRank(s.escalations[k]?.to.level);
        if (to !== undefined && s.levelRank !== undefined && to <= s.levelRank) {
          o.sink.push({
            code: 'validate.escalation-not-higher',
            severity: 'warning',
            span: e.to.span,
            data: { step: s.id, level: s.level ?? '', to: e.to.name },
          });
        }
      });
      const fan = o.actorEnv.levelRank(s.fanOut?.level);
      if (ast.fanOut && fan !== undefined && s.levelRank !== undefined && fan >= s.levelRank) {
        o.sink.push({
          code: 'validate.fanout-not-lower',
          severity: 'warning',
          span: ast.fanOut.level.span,
          data: { step: s.id, level: s.level ?? '', to: ast.fanOut.level.name },
        });
      }
    }
  }
  const byId = new Map<string, { s: ModelStep }>();
  for (const s of model.steps) if (!byId.has(s.id)) byId.set(s.id, { s });
  for (const [i, s] of model.steps.entries()) {
    const ast = asts[i]!;
    s.transitions.forEach((tr, i) => {
      if (tr.trigger !== 'action' || !FORWARD.has(tr.action ?? '') || tr.target.kind !== 'step') return;
      const to = byId.get(tr.target.id)?.s;
      if (!to) return;
      const span = ast.transitions[i]!.span;
      if (o.structural && s.levelRank !== undefined && to.levelRank !== undefined && to.levelRank < s.levelRank) {
        o.sink.push({
          code: 'validate.level-backwards',
          severity: 'error',
          span,
          data: { from: s.id, to: to.id, fromLevel: s.level ?? '', toLevel: to.level ?? '' },
        });
      }
      const a = s.deadline?.time.resolution?.lastDay;
      const b = to.deadline?.time.resolution?.lastDay;
      if (o.ctx && a !== undefined && b !== undefined && b < a) {
        o.sink.push({
          code: 'validate.deadline-backwards',
          severity: 'warning',
          span,
          data: { from: s.id, to: to.id, fromDate: s.deadline!.time.text, toDate: to.deadline!.time.text },
        });
      }
    });
  }
}
