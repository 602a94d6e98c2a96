// A plan's population run: its procedures' compiled machines over an organisation tree, one virtual clock.
import { startOfDayMs } from '@tdkt/calendar';
import { procedureKey, timeRulesFromCalendar, type CompiledProcedure, type TimeRules } from '@tdkt/compiler';
import type { PlanModel } from '@tdkt/language';
import { DEFAULT_BEHAVIOUR, type BehaviourModel } from '../behaviour/model.js';
import { byProcedure } from './by-procedure.js';
import { compiledInstanceModel } from './compiled-model.js';
import { FOUR_TIER, TWO_TIER, type LevelSpec } from './levels.js';
import { runPopulation, type DossierPlan } from './run.js';
import type { PopulationRunResult } from './stats.js';
import type { OrgTree } from './tree.js';

/** Plans since mid-2025 have no district: a plan declaring a commune level (xã, phường) is two-tier. */
export function levelsOfPlan(plan: PlanModel): readonly LevelSpec[] {
  const ids = plan.levels.map((l) => `${l.id} ${l.name ?? ''}`.toLowerCase());
  const twoTier = ids.some((s) => /\b(xã|phường|commune)\b/u.test(s)) && !ids.some((s) => /(phòng|quận|huyện|district)/u.test(s));
  return twoTier ? TWO_TIER : FOUR_TIER;
}

/**
 * Maps the plan's declared levels (lowest first) onto the tree's (highest first) from the bottom:
 * the lowest declared level is the tree's people, the next its groups, and so on; higher ones clamp.
 */
export function levelMapper(plan: PlanModel, tree: OrgTree): (level: string | undefined) => number {
  const bottom = tree.levels.length - 1;
  const rank = new Map(plan.levels.map((l) => [l.id, l.rank]));
  return (level) => (level === undefined ? bottom : Math.max(0, bottom - (rank.get(level) ?? 0)));
}

export interface PlanPopulationOptions {
  readonly tree: OrgTree;
  readonly seed: number;
  readonly behaviour?: BehaviourModel;
  readonly time?: TimeRules;
  readonly onProgress?: (clock: number, events: number) => void;
}

/**
 * Runs every dossier of the plan's procedures (fan-out children excepted: their units are rolled up
 * inside the parent's machine) through the compiled machines, from the window of the activity that
 * runs each procedure to the end of the plan's period.
 *
 * @example
 * runPlanPopulation(plan, proceduresOfPlan(plan, compiled), { tree: generatePopulation(preset('small', 1)), seed: 1 })
 */
export function runPlanPopulation(plan: PlanModel, procedures: readonly CompiledProcedure[], options: PlanPopulationOptions): PopulationRunResult | undefined {
  const window = plan.periodWindow;
  if (window === undefined) return undefined;
  const time = options.time ?? timeRulesFromCalendar();
  const levelOf = levelMapper(plan, options.tree);
  const byName = new Map(procedures.map((p) => [p.name, p]));
  const models: Record<string, ReturnType<typeof compiledInstanceModel>> = {};
  const dossiers: DossierPlan[] = [];
  for (const activity of plan.activities) {
    const link = activity.procedure;
    if (link === undefined) continue;
    const compiled = byName.get(procedureKey(link.procedure, activity.id, link.customised));
    if (compiled === undefined || models[compiled.name] !== undefined) continue;
    models[compiled.name] = compiledInstanceModel(compiled, time, levelOf);
    const initial = compiled.ir.steps.find((s) => s.id === compiled.ir.initial);
    dossiers.push({
      procedure: compiled.name,
      ownerLevel: levelOf(initial?.level),
      // A run whose first steps belong to no row starts with the period: its dossiers meet those steps first.
      startAt: startOfDayMs(link.startsAtRow ? (activity.window?.start ?? window.start) : window.start),
    });
  }
  if (dossiers.length === 0) return undefined;
  return runPopulation({
    tree: options.tree,
    model: byProcedure(models),
    behaviour: options.behaviour ?? DEFAULT_BEHAVIOUR,
    seed: options.seed,
    start: startOfDayMs(window.start),
    end: startOfDayMs(window.end + 1) - 1,
    dossiers,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}
