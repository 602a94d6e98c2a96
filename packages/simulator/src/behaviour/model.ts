// The behaviour model: when each actor acts on a step, drawn from seeded, configurable distributions.
import { MS_PER_DAY } from '@tdkt/calendar';
import { hashString, uniformOf } from '../random/prng.js';

/** How the actors of one step (or level) behave. Shares are probabilities in [0, 1]. */
export interface StepBehaviour {
  /** Share of actors who act within the step's window (by its deadline). */
  readonly onTime: number;
  /** Share who act after the deadline; the rest (1 − onTime − late) never act: the dossier is stuck. */
  readonly late: number;
  /** Share of dossiers returned for revision at this step (drawn per dossier, per attempt). */
  readonly returned: number;
  /** How late the late ones are, in calendar days after the deadline (uniform). */
  readonly lateDays: { readonly min: number; readonly max: number };
  /** Days a returned dossier takes to come back (the submitter's revision), when the step has no deadline left. */
  readonly revisionDays: number;
  /** At most this many returns per dossier and step (then it is accepted). */
  readonly maxReturns: number;
  /** Days an actor without a deadline takes (uniform in [0, this]). */
  readonly openEndedDays: number;
  /** When the step names no opening: on-time actors act within this many days before the deadline. */
  readonly windowDays: number;
}

/** The default behaviour plus overrides per level key and per step key (step wins over level). */
export interface BehaviourModel {
  readonly defaults: StepBehaviour;
  readonly levels?: Readonly<Record<string, Partial<StepBehaviour>>>;
  readonly steps?: Readonly<Record<string, Partial<StepBehaviour>>>;
}

/** 90 % on time, 8 % late by 1–10 days, 2 % never; 10 % returned once for revision. */
export const DEFAULT_BEHAVIOUR: BehaviourModel = {
  defaults: { onTime: 0.9, late: 0.08, returned: 0.1, lateDays: { min: 1, max: 10 }, revisionDays: 3, maxReturns: 1, openEndedDays: 5, windowDays: 10 },
};

/**
 * The behaviour that applies to a step at a level (step overrides win over level overrides).
 *
 * @example
 * behaviourFor(DEFAULT_BEHAVIOUR, 'hoi_dong_truong', 'school').onTime // => 0.9
 */
export function behaviourFor(model: BehaviourModel, step: string, level: string): StepBehaviour {
  const byLevel = model.levels?.[level];
  const byStep = model.steps?.[step];
  return byLevel || byStep ? { ...model.defaults, ...byLevel, ...byStep } : model.defaults;
}

/** When an actor acts: on time, late, or never (`at` is Infinity). */
export interface ActDraw {
  readonly kind: 'on-time' | 'late' | 'never';
  readonly at: number;
}

/**
 * Draws when `actor` acts on `step`, given the window [opensAt, deadline] in epoch ms (without a
 * deadline: within `openEndedDays` of `opensAt`). The stream is keyed by (seed, actor, step, attempt),
 * so it does not depend on the order of the simulation: every dossier waiting on the same council gets
 * the same meeting day. On-time actors lean towards the deadline (density rising linearly), as offices
 * do. The runner acts at the later of this and the dossier's arrival.
 *
 * @example
 * drawAct(behaviourFor(DEFAULT_BEHAVIOUR, 'to_xet', 'group'), 7, 1234, 'to_xet', 0, opens, deadline)
 */
export function drawAct(b: StepBehaviour, seed: number, actor: number, step: string, attempt: number, opensAt: number, deadline: number | undefined): ActDraw {
  const h = hashString(step);
  const u = uniformOf(seed, actor, h, attempt, 1);
  const v = uniformOf(seed, actor, h, attempt, 2);
  if (deadline === undefined) {
    return u < b.onTime + b.late ? { kind: 'on-time', at: opensAt + v * b.openEndedDays * MS_PER_DAY } : { kind: 'never', at: Infinity };
  }
  if (u < b.onTime) {
    const span = Math.max(0, deadline - opensAt);
    return { kind: 'on-time', at: span > 0 ? opensAt + span * Math.sqrt(v) : opensAt };
  }
  if (u < b.onTime + b.late) {
    const days = b.lateDays.min + v * Math.max(0, b.lateDays.max - b.lateDays.min);
    return { kind: 'late', at: Math.max(deadline, opensAt) + Math.max(1, days) * MS_PER_DAY * 0.999 };
  }
  return { kind: 'never', at: Infinity };
}

/**
 * Whether a dossier is returned for revision at a step on a given attempt (per dossier).
 *
 * @example
 * drawReturned(b, 7, dossierId, 'to_xet', 0) // true for about b.returned of dossiers
 */
export function drawReturned(b: StepBehaviour, seed: number, dossier: number, step: string, attempt: number): boolean {
  if (attempt >= b.maxReturns) return false;
  return uniformOf(seed ^ 0x5bd1e995, dossier, hashString(step), attempt, 3) < b.returned;
}
