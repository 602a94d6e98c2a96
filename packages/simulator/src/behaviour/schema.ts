// The behaviour file (JSON): a zod schema for configuring the behaviour model, validated into a BehaviourModel.

import type { Diagnostic } from '@tdkt/calendar';
import { z } from 'zod';
import type { BehaviourModel, StepBehaviour } from './model.js';
import { DEFAULT_BEHAVIOUR, DEFAULT_WAITING } from './model.js';

const share = z.number().min(0).max(1);
const partial = z
  .object({
    onTime: share,
    late: share,
    officeLate: share,
    returned: share,
    lateDays: z.object({ min: z.number().min(0).max(365), max: z.number().min(0).max(365) }),
    revisionDays: z.number().min(0).max(365),
    maxReturns: z.number().int().min(0).max(20),
    openEndedDays: z.number().min(0).max(365),
    windowDays: z.number().min(0).max(365),
  })
  .partial()
  .strict();

/** A behaviour file: defaults and overrides per level key and per step key, every field optional. */
export const behaviourFileSchema = z
  .object({
    version: z.literal(1),
    defaults: partial.optional(),
    levels: z.record(z.string(), partial).optional(),
    steps: z.record(z.string(), partial).optional(),
    waiting: partial.optional(),
  })
  .strict();

export type BehaviourFile = z.infer<typeof behaviourFileSchema>;

export type BehaviourResult =
  | { readonly ok: true; readonly behaviour: BehaviourModel }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const problem = (code: string, data: Diagnostic['data']): Diagnostic => ({
  code,
  severity: 'error',
  span: { start: 0, end: 0 },
  data,
});

/**
 * Validates a parsed behaviour file over `DEFAULT_BEHAVIOUR`; onTime + late must not exceed 1 anywhere
 * (the rest never act). Never throws.
 *
 * @example
 * readBehaviour({ version: 1, defaults: { onTime: 0.8, late: 0.15 }, steps: { phong_xet: { late: 0.3, onTime: 0.6 } } })
 * // => { ok: true, behaviour }
 */
export function readBehaviour(json: unknown): BehaviourResult {
  const parsed = behaviourFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      diagnostics: parsed.error.issues.map((i) =>
        problem('behaviour.schema', { path: i.path.map(String).join('.'), detail: i.message }),
      ),
    };
  }
  const file = parsed.data;
  const defaults: StepBehaviour = { ...DEFAULT_BEHAVIOUR.defaults, ...stripUndefined(file.defaults) };
  const diagnostics: Diagnostic[] = [];
  const check = (where: string, b: StepBehaviour): void => {
    if (b.onTime + b.late > 1 + 1e-9)
      diagnostics.push(problem('behaviour.shares', { where, onTime: b.onTime, late: b.late }));
    if (b.lateDays.min > b.lateDays.max)
      diagnostics.push(problem('behaviour.late-days', { where, min: b.lateDays.min, max: b.lateDays.max }));
  };
  check('defaults', defaults);
  const levels = mapRecord(file.levels);
  const steps = mapRecord(file.steps);
  for (const [key, over] of Object.entries(levels)) check(`levels.${key}`, { ...defaults, ...over });
  for (const [key, over] of Object.entries(steps)) check(`steps.${key}`, { ...defaults, ...over });
  const waiting = file.waiting === undefined ? undefined : { ...DEFAULT_WAITING, ...stripUndefined(file.waiting) };
  if (waiting !== undefined) check('waiting', { ...defaults, ...waiting });
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return { ok: true, behaviour: { defaults, levels, steps, ...(waiting !== undefined ? { waiting } : {}) } };
}

type Partial_ = z.infer<typeof partial>;

function stripUndefined(p: Partial_ | undefined): Partial<StepBehaviour> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p ?? {})) if (v !== undefined) out[k] = v;
  return out as Partial<StepBehaviour>;
}

function mapRecord(r: Record<string, Partial_> | undefined): Record<string, Partial<StepBehaviour>> {
  const out: Record<string, Partial<StepBehaviour>> = {};
  for (const [k, v] of Object.entries(r ?? {})) out[k] = stripUndefined(v);
  return out;
}
