// The behaviour model: when offices hold a step's session and how each dossier fares, from seeded draws.
import { MS_PER_DAY } from '@tdkt/calendar';
import { uniformOf } from '../random/prng.js';

/** How the actors of one step (or level) behave. Shares are probabilities in [0, 1]. */
export interface StepBehaviour {
  /** Share of dossiers handled at the office's session (or within a day of arriving after it). */
  readonly onTime: number;
  /** Share of dossiers that slip past the deadline on their own; the rest (1 − onTime − late) are never handled. */
  readonly late: number;
  /** Share of offices whose session for the step slips past the deadline (every dossier there is late). */
  readonly officeLate: number;
  /** Share of dossiers returned for revision at this step (drawn per dossier, per attempt). */
  readonly returned: number;
  /** How far late sessions and late dossiers slip, in calendar days after the deadline (uniform). */
  readonly lateDays: { readonly min: number; readonly max: number };
  /** A dossier back after a return is handled within this many days of arriving (uniform). */
  readonly revisionDays: number;
  /** At most this many returns per dossier and step (then it is accepted). */
  readonly maxReturns: number;
  /** Without a deadline, the session falls within this many days of the step opening (uniform). */
  readonly openEndedDays: number;
  /** When the step names no opening: sessions fall within this many days before the deadline. */
  readonly windowDays: number;
}

/** The default behaviour plus overrides per level key and per step key (step wins over level). */
export interface BehaviourModel {
  readonly defaults: StepBehaviour;
  readonly levels?: Readonly<Record<string, Partial<StepBehaviour>>>;
  readonly steps?: Readonly<Record<string, Partial<StepBehaviour>>>;
  /**
   * At a step that waits out a period (an announcement open to complaints), over the level's behaviour:
   * `onTime` + `late` is the share of dossiers whose actor acts there (complains); the rest wait the period
   * out. A step override still wins. Default `DEFAULT_WAITING`.
   */
  readonly waiting?: Partial<StepBehaviour>;
}

/** At a waiting step, 5 % of dossiers draw a complaint (an estimate: override it); none is returned. */
export const DEFAULT_WAITING: Partial<StepBehaviour> = { onTime: 0.05, late: 0, returned: 0 };

/**
 * Per dossier and step: 93 % handled on time, 5 % late by 1–10 days, 2 % never; per office: 5 % of
 * sessions late; 10 % of dossiers returned once for revision. Estimates, not measurements: override them.
 */
export const DEFAULT_BEHAVIOUR: BehaviourModel = {
  defaults: {
    onTime: 0.93,
    late: 0.05,
    officeLate: 0.05,
    returned: 0.1,
    lateDays: { min: 1, max: 10 },
    revisionDays: 3,
    maxReturns: 1,
    openEndedDays: 5,
    windowDays: 10,
  },
};

/**
 * The behaviour that applies to a step at a level (step overrides win over level overrides).
 *
 * @example
 * behaviourFor(DEFAULT_BEHAVIOUR, 'hội_đồng_trường', 'trường').onTime // => 0.93
 * behaviourFor(DEFAULT_BEHAVIOUR, 'công_bố', 'trường', true).onTime // => 0.05 (a complaint)
 */
export function behaviourFor(model: BehaviourModel, step: string, level: string, waiting = false): StepBehaviour {
  const byLevel = model.levels?.[level];
  const byStep = model.steps?.[step];
  const byWaiting = waiting ? (model.waiting ?? DEFAULT_WAITING) : undefined;
  return byLevel || byStep || byWaiting ? { ...model.defaults, ...byLevel, ...byWaiting, ...byStep } : model.defaults;
}

const lateBy = (b: StepBehaviour, u: number): number =>
  Math.max(1, b.lateDays.min + u * Math.max(0, b.lateDays.max - b.lateDays.min)) * MS_PER_DAY * 0.999;

/**
 * When `office` works through the dossiers waiting at `step` (epoch ms): within [opensAt, deadline],
 * leaning towards the deadline (density rising linearly), or, for `officeLate` of offices, 1–10 days
 * after it; without a deadline within `openEndedDays` of opening. Keyed by (seed, office, step,
 * attempt) — `h` is `hashString(step)` — so every dossier waiting at the same office meets the same session, whatever the order of
 * the simulation.
 *
 * @example
 * drawSession(behaviourFor(DEFAULT_BEHAVIOUR, 'tổ_xét', 'tổ'), 7, 1234, hashString('tổ_xét'), 0, opens, deadline)
 */
export function drawSession(
  b: StepBehaviour,
  seed: number,
  office: number,
  h: number,
  attempt: number,
  opensAt: number,
  deadline: number | undefined,
): number {
  const u = uniformOf(seed, office, h, attempt, 1);
  const v = uniformOf(seed, office, h, attempt, 2);
  if (deadline === undefined) return opensAt + v * b.openEndedDays * MS_PER_DAY;
  if (u < b.officeLate) return Math.max(deadline, opensAt) + lateBy(b, v);
  const span = Math.max(0, deadline - opensAt);
  return span > 0 ? opensAt + span * Math.sqrt(v) : opensAt;
}

/** How one dossier fares at a step: handled with the office, slipping by `slip` ms past the deadline, or never. */
export interface DossierDraw {
  readonly kind: 'on-time' | 'late' | 'never';
  /** For `late`: how far past the deadline (or past the session, without a deadline), in ms. */
  readonly slip: number;
}

const ON_TIME: DossierDraw = { kind: 'on-time', slip: 0 };
const NEVER: DossierDraw = { kind: 'never', slip: Infinity };

/**
 * Draws how a dossier fares at a step on an attempt, independently of every other dossier.
 *
 * @example
 * drawDossier(b, 7, dossierId, hashString('tổ_xét'), 0) // { kind: 'on-time', slip: 0 } for about b.onTime of dossiers
 */
export function drawDossier(b: StepBehaviour, seed: number, dossier: number, h: number, attempt: number): DossierDraw {
  const u = uniformOf(seed, dossier, h, attempt, 4);
  if (u < b.onTime) return ON_TIME;
  if (u < b.onTime + b.late) return { kind: 'late', slip: lateBy(b, uniformOf(seed, dossier, h, attempt, 5)) };
  return NEVER;
}

/**
 * Whether a dossier is returned for revision at a step on a given attempt (per dossier).
 *
 * @example
 * drawReturned(b, 7, dossierId, hashString('tổ_xét'), 0) // true for about b.returned of dossiers
 */
export function drawReturned(b: StepBehaviour, seed: number, dossier: number, h: number, attempt: number): boolean {
  if (attempt >= b.maxReturns) return false;
  return uniformOf(seed ^ 0x5bd1e995, dossier, h, attempt, 3) < b.returned;
}
