// `với` values: what each parameter of a procedure is used for, and whether a plan's value fits that use.
import { type Diagnostic, parseDuration, parseTimePhrase } from '@tdkt/calendar';
import type { ParamOverride, Procedure, Step } from '../ast/index.js';
import { isNameOnly } from '../syntax/times.js';
import { nameKey } from './table.js';

/** A parameter used as a step's deadline (`hạn P`) or as a duration (`mất P`, `công khai P`, `nhắc trước P`). */
export type ParamUse = 'deadline' | 'duration';

export interface ParamUses {
  /** Declared parameters by lookup key, with the name as written. */
  readonly declared: ReadonlyMap<string, string>;
  /** How each parameter is used by the steps (absent: not used by a step clause). */
  readonly kinds: ReadonlyMap<string, ParamUse>;
}

function allSteps(procedure: Procedure): Step[] {
  return procedure.items.flatMap((i) =>
    i.kind === 'Step' ? [i] : i.kind === 'Parallel' ? i.branches.flatMap((b) => b.steps) : [],
  );
}

/**
 * The parameters a procedure declares and what its steps use them for.
 *
 * @example
 * paramUses(procedureAst).kinds.get('hạn_tổ') // => 'deadline'
 */
export function paramUses(procedure: Procedure): ParamUses {
  const declared = new Map<string, string>();
  for (const item of procedure.items) if (item.kind === 'Param') declared.set(nameKey(item.id.name), item.id.name);
  const kinds = new Map<string, ParamUse>();
  const use = (text: string | undefined, kind: ParamUse): void => {
    if (text === undefined || !isNameOnly(text)) return;
    const key = nameKey(text);
    if (declared.has(key)) kinds.set(key, kind);
  };
  for (const step of allSteps(procedure)) {
    use(step.deadline?.text, 'deadline');
    use(step.takes?.text, 'duration');
    use(step.posting?.text, 'duration');
    use(step.remind?.text, 'duration');
  }
  return { declared, kinds };
}

/**
 * Checks a `với` value against the parameter's use: a deadline takes a time phrase (`trước 15/5`), a
 * duration a number of working days or a duration phrase (`5 ngày làm việc`).
 *
 * @example
 * checkOverride(withHạnTổ5, 'deadline')?.code // => 'validate.override-type'
 */
export function checkOverride(o: ParamOverride, use: ParamUse | undefined): Diagnostic | undefined {
  if (use === undefined) return undefined;
  const v = o.value;
  const text = v.type === 'phrase' || v.type === 'text' ? v.value : undefined;
  const fits =
    use === 'deadline'
      ? text !== undefined && parseTimePhrase(text).expr !== undefined
      : v.type === 'number' || (text !== undefined && parseDuration(text).duration !== undefined);
  if (fits) return undefined;
  const given =
    v.type === 'number' ? String(v.value) : v.type === 'bool' ? (v.value ? 'có' : 'không') : String(v.value);
  return {
    code: 'validate.override-type',
    severity: 'error',
    span: v.span,
    data: { name: o.name.name, use, value: given },
  };
}
