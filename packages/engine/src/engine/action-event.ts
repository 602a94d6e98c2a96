// What an action or a signal on an instance means: the machine event it sends, or why it is refused. Pure.
import type { Lang } from '@tdkt/calendar';
import type { AnyMachineSnapshot, EventObject } from 'xstate';
import type { ActorInfo, InstanceRecord } from '../store/types.js';
import { type Organisation, type PermissionReason, permissionProblem } from './organisation.js';
import { checkWith, type Refusals } from './refusals.js';
import type { LoadedWorkflow } from './registry.js';
import { stepsHandling } from './runner.js';
import type { Refusal } from './types.js';

const RESERVED = /^(xstate\.|tdkt\.)/;
/** Host events that only the engine itself may send: XState's own, timers', and what it tells a plan about its children. */
const ENGINE_ONLY = /^(xstate\.|tdkt\.timer\.|tdkt\.(run-started|progress|fan-out-started|unit-done)$)/;

/** A host's request on an instance: an action a person takes (checked against the steps), or a signal (an outside event). */
export interface ActionRequest {
  readonly action: string;
  readonly mode: 'action' | 'signal';
  readonly actor: ActorInfo;
  readonly data: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The event a request sends to the instance's machine, or the refusal: an action must be offered by an active
 * step whose role and unit the actor holds, with data its schema accepts; a signal must not be one of the
 * engine's own events.
 *
 * @example
 * eventFor({ action: 'duyệt', mode: 'action', actor, data: undefined }, instance, loaded, snapshot, org, refuse, 'vi')
 * // => { event: { type: 'duyệt', actor, data: undefined } }
 */
export function eventFor(
  request: ActionRequest,
  instance: InstanceRecord,
  loaded: LoadedWorkflow,
  snapshot: AnyMachineSnapshot,
  org: Organisation,
  refuse: Refusals,
  lang: Lang,
): { readonly event: EventObject } | { readonly refusal: Refusal } {
  const { action, actor, data } = request;
  const def = loaded.definition;
  if (request.mode === 'signal') {
    if (ENGINE_ONLY.test(action)) return { refusal: refuse.noStep(action, instance.state) };
    return { event: { ...data, type: action, actor } as EventObject };
  }
  if (RESERVED.test(action)) return { refusal: refuse.noStep(action, instance.state) };
  const steps = stepsHandling(def.machine, snapshot, action, def.steps);
  if (steps.length === 0) return { refusal: refuse.noStep(action, instance.state) };
  let problem: PermissionReason | null = 'wrong-role';
  for (const step of steps) {
    problem = permissionProblem(def.steps[step] as NonNullable<(typeof def.steps)[string]>, actor, instance, org);
    if (problem === null) break;
  }
  if (problem !== null) return { refusal: refuse.notPermitted(problem) };
  const schema = def.dataSchema?.(action);
  const issues = schema !== undefined ? checkWith(schema, data ?? {}, 'data', lang) : [];
  if (issues.length > 0) return { refusal: refuse.invalidData(issues) };
  return { event: def.actionEvent?.(action, actor, data) ?? ({ type: action, actor, data } as EventObject) };
}
