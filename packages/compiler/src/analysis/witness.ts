// Small dossiers that make each guard true and false, so exploration can take every guarded branch.
import { type Dossier, evaluateGuard, fieldsOf } from '../expr.js';
import type { ExprIR, FieldIR, ProcedureIR, Value } from '../ir.js';
import { stepsById } from '../procedure/implementations.js';

type Patch = Record<string, Value>;

function baseline(fields: readonly FieldIR[]): Patch {
  const dossier: Patch = {};
  for (const field of fields) {
    const t = field.type;
    dossier[field.name] =
      t.kind === 'number'
        ? 0
        : t.kind === 'boolean'
          ? false
          : t.kind === 'date'
            ? '2000-01-01'
            : t.kind === 'enum'
              ? (t.values[0] ?? '')
              : '';
  }
  return dossier;
}

function other(value: Value, field: FieldIR | undefined): Value {
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  if (field?.type.kind === 'enum') return field.type.values.find((v) => v !== value) ?? `${String(value)}_khác`;
  return `${String(value)}_khác`;
}

function compareWitness(
  expr: Extract<ExprIR, { kind: 'compare' }>,
  want: boolean,
  fields: Map<string, FieldIR>,
): Patch | undefined {
  const flipped = { '=': '=', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as const;
  const [fieldExpr, literal, op] =
    expr.left.kind === 'field' && expr.right.kind === 'literal'
      ? [expr.left, expr.right.value, expr.op]
      : expr.right.kind === 'field' && expr.left.kind === 'literal'
        ? [expr.right, expr.left.value, flipped[expr.op]]
        : [undefined, null, expr.op];
  if (fieldExpr === undefined) return fieldsWitness(expr, want, fields);
  const field = fields.get(fieldExpr.name);
  const holds = (v: Value): Patch => ({ [fieldExpr.name]: v });
  const positive = want ? op : ({ '=': '!=', '!=': '=', '<': '>=', '<=': '>', '>': '<=', '>=': '<' } as const)[op];
  if (positive === '=') return holds(literal);
  if (positive === '!=') return holds(other(literal, field));
  if (typeof literal !== 'number') return undefined;
  return holds(positive === '<' ? literal - 1 : positive === '>' ? literal + 1 : literal);
}

/** Two fields compared (`số_năm >= số_năm_yêu_cầu`): fix the right one, choose the left one around it. */
function fieldsWitness(
  expr: Extract<ExprIR, { kind: 'compare' }>,
  want: boolean,
  fields: Map<string, FieldIR>,
): Patch | undefined {
  if (expr.left.kind !== 'field' || expr.right.kind !== 'field') return undefined;
  const right = fields.get(expr.right.name);
  const base: Value =
    right?.type.kind === 'number'
      ? 3
      : right?.type.kind === 'boolean'
        ? false
        : right?.type.kind === 'enum'
          ? (right.type.values[0] ?? '')
          : right?.type.kind === 'date'
            ? '2000-01-02'
            : 'a';
  const patch = compareWitness(
    { kind: 'compare', op: expr.op, left: expr.left, right: { kind: 'literal', value: base } },
    want,
    fields,
  );
  return patch === undefined ? undefined : { [expr.right.name]: base, ...patch };
}

function witness(expr: ExprIR, want: boolean, fields: Map<string, FieldIR>): Patch | undefined {
  switch (expr.kind) {
    case 'field': {
      const kind = fields.get(expr.name)?.type.kind;
      const yes: Value = kind === 'number' ? 1 : kind === 'text' ? 'có' : true;
      const no: Value = kind === 'number' ? 0 : kind === 'text' ? '' : false;
      return { [expr.name]: want ? yes : no };
    }
    case 'literal':
      return undefined;
    case 'compare':
      return compareWitness(expr, want, fields);
    case 'not':
      return witness(expr.item, !want, fields);
    case 'and':
    case 'or': {
      // All parts for a conjunction that must hold (or a disjunction that must fail), otherwise one part.
      if ((expr.kind === 'and') === want) {
        const parts = expr.items.map((item) => witness(item, want, fields));
        return parts.every((p) => p !== undefined) ? Object.assign({}, ...parts) : undefined;
      }
      for (const item of expr.items) {
        const part = witness(item, want, fields);
        if (part !== undefined) return part;
      }
      return undefined;
    }
  }
}

function guardsOf(procedure: ProcedureIR): ExprIR[] {
  const guards: ExprIR[] = [];
  for (const step of stepsById(procedure).values()) {
    for (const route of step.routes) guards.push(route.guard);
    for (const t of step.transitions) if (t.guard !== undefined) guards.push(t.guard);
    for (const t of step.timeouts ?? []) if (t.guard !== undefined) guards.push(t.guard);
  }
  return guards;
}

/**
 * The baseline dossier plus, for every guard, one dossier where it holds and one where it fails.
 *
 * @example
 * witnessDossiers(reviewChain) // => [{ đã_đăng_ký: false, … }, { đã_đăng_ký: true, … }, …]
 */
export function witnessDossiers(procedure: ProcedureIR): Dossier[] {
  const fields = new Map(procedure.fields.map((f) => [f.name, f]));
  const base = baseline(procedure.fields);
  const seen = new Set<string>();
  const result: Dossier[] = [];
  const add = (d: Patch): void => {
    const key = JSON.stringify(d);
    if (!seen.has(key)) {
      seen.add(key);
      result.push(d);
    }
  };
  add(base);
  // Guards are met one after another along a path (a route that rejects unregistered dossiers comes
  // before the council's criteria): each witness also keeps the earlier guards failing, or holding.
  const prefixes: Patch[] = [{}, {}];
  for (const guard of guardsOf(procedure)) {
    if (!fieldsOf(guard).every((name) => fields.has(name))) continue;
    for (const prefix of [{}, ...prefixes]) {
      for (const want of [true, false]) {
        const patch = witness(guard, want, fields);
        if (patch === undefined) continue;
        const dossier = { ...base, ...prefix, ...patch };
        if (evaluateGuard(guard, dossier) === want) add(dossier);
      }
    }
    prefixes.forEach((prefix, i) => {
      const patch = witness(guard, i === 1, fields);
      if (patch !== undefined) prefixes[i] = { ...prefix, ...patch };
    });
  }
  for (const prefix of prefixes) add({ ...base, ...prefix });
  return result;
}

/**
 * A dossier on which every guard fails: conditional routes (rejections) are not taken, so the dossier
 * travels the main path. The population run starts its dossiers with it.
 *
 * @example
 * forwardDossier(reviewChain) // => { đã_đăng_ký: true, … } when the chain rejects "không đã_đăng_ký"
 */
export function forwardDossier(procedure: ProcedureIR): Dossier {
  const fields = new Map(procedure.fields.map((f) => [f.name, f]));
  let dossier: Patch = baseline(procedure.fields);
  for (const guard of guardsOf(procedure)) {
    if (!fieldsOf(guard).every((name) => fields.has(name))) continue;
    const patch = witness(guard, false, fields);
    if (patch !== undefined) dossier = { ...dossier, ...patch };
  }
  return dossier;
}
