// After a transition: which steps are active, which were entered or left, the timers, status and outcome.
import type { AnyMachineSnapshot } from 'xstate';
import type { ActiveStep, InstanceStatus, NewTimer } from '../store/types.js';
import { timersForEntry } from '../timers/schedule.js';
import type { WorkflowDefinition } from './definition.js';
import { activeNodeIds, stateString } from './runner.js';

export interface Settled {
  readonly state: string;
  readonly steps: readonly ActiveStep[];
  readonly status: InstanceStatus;
  readonly outcome: string | null;
  /** Steps left: their unfired timers are cancelled. */
  readonly left: readonly string[];
  /** Steps still active whose deadline moved (an event's date became known): deadline and reminder timers replaced. */
  readonly rescheduled: readonly string[];
  readonly timers: readonly NewTimer[];
}

function outcomeOf(definition: WorkflowDefinition, snapshot: AnyMachineSnapshot): string | null {
  if (definition.outcome !== undefined) return definition.outcome(snapshot);
  const output = snapshot.output as { outcome?: unknown } | undefined;
  return typeof output?.outcome === 'string' ? output.outcome : null;
}

/**
 * Compares the active steps before and after a transition at `now`: steps still active keep their
 * entry time and deadline; entered steps get theirs resolved now, with their durable timers.
 *
 * @example
 * settle(definition, 'i1', previous.steps, nextSnapshot, now).timers // => timers of the entered steps
 */
export function settle(
  definition: WorkflowDefinition,
  instance: string,
  before: readonly ActiveStep[],
  snapshot: AnyMachineSnapshot,
  now: number,
): Settled {
  const done = snapshot.status === 'done';
  const activeIds = done
    ? []
    : activeNodeIds(definition.machine, snapshot).filter((id) => Object.hasOwn(definition.steps, id));
  const previous = new Map(before.map((s) => [s.step, s]));
  const steps: ActiveStep[] = [];
  const timers: NewTimer[] = [];
  const rescheduled: string[] = [];
  for (const id of activeIds) {
    const kept = previous.get(id);
    const spec = definition.steps[id];
    if (spec === undefined) continue;
    if (kept !== undefined) {
      // A step that stays keeps its entry time; its deadline may still move with the context.
      const again = timersForEntry(instance, spec, { step: id, enteredAt: kept.enteredAt, context: snapshot.context });
      if (again.deadline === kept.deadline) {
        steps.push(kept);
        continue;
      }
      steps.push({ ...kept, deadline: again.deadline });
      rescheduled.push(id);
      timers.push(
        ...again.timers
          .filter((t) => t.kind !== 'posting' && t.kind !== 'window')
          .map((t) => ({ ...t, fireAt: Math.max(t.fireAt, now) }))
          .filter((t) => t.kind !== 'reminder' || t.fireAt > now),
      );
      continue;
    }
    const entered = timersForEntry(instance, spec, { step: id, enteredAt: now, context: snapshot.context });
    steps.push({ step: id, enteredAt: now, deadline: entered.deadline });
    timers.push(...entered.timers);
  }
  const active = new Set(activeIds);
  return {
    state: definition.state?.(snapshot) ?? stateString(snapshot.value),
    steps,
    status: done ? 'done' : 'active',
    outcome: done ? outcomeOf(definition, snapshot) : null,
    left: before.filter((s) => !active.has(s.step)).map((s) => s.step),
    rescheduled,
    timers,
  };
}

/**
 * Splits a change's new timers into those already due at `now` and those to store (all to store once it ended).
 *
 * @example
 * splitDue(settled, now).dueNow // => the 0-day posting the change opened
 */
export function splitDue(settled: Settled, now: number): { dueNow: NewTimer[]; later: NewTimer[] } {
  const dueNow: NewTimer[] = [];
  const later: NewTimer[] = [];
  for (const timer of settled.timers) (timer.fireAt <= now && settled.status !== 'done' ? dueNow : later).push(timer);
  return { dueNow, later };
}
