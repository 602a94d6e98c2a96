// Lowers a ProcedureIR into a JSON-serialisable XState machine config (guards, delays, actions by name).
import type { FinalIR, ProcedureIR, StepIR } from '../ir.js';
import { anchorStepOf, branchEndId, delayName, escalationId, hostEvent, timerEvent, unitDoneEvent } from './names.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type StateConfig = { [key: string]: Json | undefined };

function metaOf(kind: string, fields: Record<string, Json | undefined>): Json {
  const meta: Record<string, Json> = { kind };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) meta[key] = value;
  return { tdkt: meta };
}

/** `ghi F = V` as the action that writes the dossier (none when nothing is written). */
function writeActions(writes: StepIR['writes'], step?: string): Json[] {
  if (writes === undefined || Object.keys(writes).length === 0) return [];
  return [
    { type: 'writeFields', params: { fields: writes as unknown as Json, ...(step !== undefined ? { step } : {}) } },
  ];
}

/** Whether a step's timing counts from its entry (so re-arming must keep the entry time). */
function needsEntryTime(step: StepIR): boolean {
  return (
    step.posting !== undefined ||
    step.deadline?.kind === 'after-entry' ||
    // Counted from an own step, it counts from entry on a path that skipped that step (runtime-time.ts).
    anchorStepOf(step.deadline) !== undefined ||
    (step.deadline === undefined && step.processing !== undefined)
  );
}

const usesEvents = (step: StepIR): boolean => step.deadline?.kind === 'after-event';

/**
 * Timers of a step. A wait longer than a JavaScript timer re-arms by re-entering the state that holds
 * the timers (`rearm`): the step itself when it is atomic, its child state when it has posting.
 */
function timers(step: StepIR, rearm: Record<string, Json>): Record<string, Json> {
  const after: Record<string, Json> = {};
  if (step.deadline !== undefined || step.processing !== undefined || step.fanOut !== undefined) {
    const onDue: Json[] = [];
    const passed = (expr?: unknown): Json => ({
      type: 'deadlinePassed',
      params: { step: step.id, ...(expr === undefined ? {} : { expr: expr as Json }) },
    });
    const late = [{ type: 'recordLate', params: { step: step.id } }];
    if (step.fanOut?.policy.kind === 'by-deadline') {
      onDue.push({ guard: passed(), target: `#${step.fanOut.next}`, actions: late });
    }
    for (const timeout of step.timeouts ?? []) {
      onDue.push({
        guard: passed(timeout.guard),
        target: `#${timeout.target}`,
        actions: [...late, ...writeActions(timeout.writes)],
        meta: metaOf('timeout', { source: timeout.source as Json | undefined }),
      });
    }
    if (step.escalation !== undefined) {
      const target = step.escalation.target ?? escalationId(step.id);
      onDue.push({
        guard: passed(),
        target: `#${target}`,
        actions: late,
        meta: metaOf('escalation', { to: step.escalation.to, source: step.escalation.source as Json | undefined }),
      });
    }
    // No way out on the deadline: record the lateness and announce it; the step stays open.
    onDue.push({ guard: passed(), actions: late });
    onDue.push(rearm);
    after[delayName.deadline(step.id)] = onDue;
  }
  step.reminders.forEach((_, index) => {
    after[delayName.reminder(step.id, index)] = [
      {
        guard: { type: 'reminderDue', params: { step: step.id, index } },
        actions: [{ type: 'remind', params: { step: step.id, index } }],
      },
      { guard: { type: 'reminderPending', params: { step: step.id, index } }, ...rearm },
    ];
  });
  return after;
}

/**
 * The named events of a state's delays (`tdkt.timer.<delay>`): the same transitions as `after`, less the
 * re-arming of a wait longer than a JavaScript timer (a host sends the named event at the instant itself).
 *
 * @example
 * timerEvents({ 'deadline:S': [{ guard, target: '#T' }, { target: '#S', reenter: true }] }) // => { 'tdkt.timer.deadline:S': [{ guard, target: '#T' }] }
 */
export function timerEvents(after: Record<string, Json>): Record<string, Json> {
  const on: Record<string, Json> = {};
  for (const [delay, transitions] of Object.entries(after)) {
    const list = (Array.isArray(transitions) ? transitions : [transitions]).filter(
      (t) => !(t !== null && typeof t === 'object' && !Array.isArray(t) && t['reenter'] === true),
    );
    on[timerEvent(delay)] = list;
  }
  return on;
}

/** A step's child state: its timers, and a new event date re-arms them by re-entering the child. */
function child(
  step: StepIR,
  name: string,
  extra: { after?: Record<string, Json>; on?: Record<string, Json>; meta?: Json },
): Json {
  const after = { ...timers(step, { target: name, reenter: true }), ...(extra.after ?? {}) };
  const on: Record<string, Json> = { ...(extra.on ?? {}), ...timerEvents(after) };
  if (usesEvents(step))
    on[hostEvent.eventOccurred] = { actions: [{ type: 'learnEvent' }], target: name, reenter: true };
  return {
    after,
    on,
    ...(extra.meta !== undefined ? { meta: extra.meta } : {}),
  };
}

/** A plain step is one state: its timers re-arm by re-entering it, keeping its entry time. */
function atomicStep(step: StepIR, meta: Json, always: Json[], carriesData: boolean, inBranch: boolean): StateConfig {
  // In parallel branches the entry time also orders timers of one instant (created first, fired first).
  const recordEntry = needsEntryTime(step) || inBranch;
  const rearm = { target: `#${step.id}`, reenter: true, actions: [{ type: 'markRearm', params: { step: step.id } }] };
  const after = timers(step, rearm);
  const on: Record<string, Json> = { ...actionTransitions(step, carriesData), ...timerEvents(after) };
  if (usesEvents(step))
    on[hostEvent.eventOccurred] = {
      actions: [{ type: 'learnEvent' }, ...rearm.actions],
      target: rearm.target,
      reenter: true,
    };
  return {
    id: step.id,
    meta,
    ...(recordEntry || step.writes
      ? {
          entry: [
            ...writeActions(step.writes, step.id),
            ...(recordEntry ? [{ type: 'enterStep', params: { step: step.id } }] : []),
          ],
        }
      : {}),
    ...(always.length > 0 ? { always } : {}),
    ...(Object.keys(after).length > 0 ? { after } : {}),
    on,
  };
}

function actionTransitions(step: StepIR, carriesData: boolean): Record<string, Json> {
  const on: Record<string, Json[]> = {};
  for (const transition of step.transitions) {
    const roles = step.roles ?? (step.role === undefined ? undefined : [step.role]);
    const params: Record<string, Json> = { step: step.id, roles: roles === undefined ? null : [...roles] };
    if (transition.guard !== undefined) params['expr'] = transition.guard as unknown as Json;
    const list = (on[transition.action] ??= []);
    list.push({
      guard: { type: 'mayAct', params },
      target: `#${transition.target}`,
      // Only procedures with a dossier take data from events: the others pay no context copy per action.
      // What the transition writes (`ghi`) comes after the event's data: the procedure has the last word.
      ...(carriesData || transition.writes
        ? { actions: [...(carriesData ? [{ type: 'applyData' }] : []), ...writeActions(transition.writes)] }
        : {}),
      meta: metaOf('transition', { action: transition.action, source: transition.source as Json | undefined }),
    });
  }
  return on;
}

function stepState(procedure: string, step: StepIR, carriesData: boolean, inBranch = false): StateConfig {
  const meta = metaOf('step', {
    procedure,
    step: step.id,
    title: step.title,
    role: step.role,
    level: step.level,
    deadline: step.deadline as Json | undefined,
    processing: step.processing as Json | undefined,
    posting: step.posting as Json | undefined,
    reminders: step.reminders as unknown as Json,
    timeouts: step.timeouts as unknown as Json,
    escalation: step.escalation as Json | undefined,
    fanOut: step.fanOut as Json | undefined,
    source: step.source as Json | undefined,
  });
  const always = step.routes.map((route) => ({
    guard: { type: 'expr', params: { expr: route.guard as unknown as Json } },
    target: `#${route.target}`,
    ...(route.writes ? { actions: writeActions(route.writes) } : {}),
    meta: metaOf('route', { source: route.source as Json | undefined }),
  }));
  const entry: Json[] = [...writeActions(step.writes, step.id), { type: 'enterStep', params: { step: step.id } }];
  if (step.parallel !== undefined) {
    const states: Record<string, Json> = {};
    for (const branch of step.parallel.branches) {
      const inner: Record<string, Json> = {};
      for (const s of branch.steps)
        inner[s.id] = stepState(procedure, joinAny(s, branch.name, step.parallel), carriesData, true) as Json;
      inner[branchEndId(branch.name)] = {
        id: branchEndId(branch.name),
        type: 'final',
        meta: metaOf('branch-end', { branch: branch.name }),
      };
      states[branch.name] = { initial: branch.initial, states: inner };
    }
    return {
      id: step.id,
      type: 'parallel',
      meta,
      entry,
      states,
      onDone: { target: `#${step.parallel.join}` },
    } as StateConfig;
  }
  if (step.fanOut !== undefined) {
    const fan = step.fanOut;
    const open = child(step, 'collecting', {
      on: {
        [unitDoneEvent]: { actions: [{ type: 'recordUnit', params: { step: step.id } }] },
        [hostEvent.unitSubmitted]: { actions: [{ type: 'recordUnit', params: { step: step.id } }] },
      },
    });
    return {
      id: step.id,
      meta,
      entry: [...entry, { type: 'spawnUnits', params: { step: step.id, procedure: fan.procedure } }],
      always: [
        ...always,
        {
          guard: { type: 'rollUpReady', params: { step: step.id, policy: fan.policy as unknown as Json } },
          target: `#${fan.next}`,
        },
      ],
      initial: 'collecting',
      states: { collecting: open },
      on: actionTransitions(step, carriesData),
    } as StateConfig;
  }
  if (step.posting === undefined) return atomicStep(step, meta, always, carriesData, inBranch);
  const states: Record<string, Json> = {
    open: child(step, 'open', { on: actionTransitions(step, carriesData), meta: metaOf('open', {}) }),
  };
  {
    // While posted for comment no action may leave the step: the actions exist only in `open`.
    const over = {
      guard: { type: 'postingOver', params: { step: step.id } },
      target: 'open',
      actions: [{ type: 'announcePostingEnd', params: { step: step.id } }],
    };
    states['posting'] = child(step, 'posting', {
      after: { [delayName.posting(step.id)]: [over, { target: 'posting', reenter: true }] },
      meta: metaOf('posting', { posting: step.posting as unknown as Json }),
    });
  }
  return {
    id: step.id,
    meta,
    entry,
    ...(always.length > 0 ? { always } : {}),
    initial: 'posting',
    states,
  } as StateConfig;
}

/** With `hợp nhất bất kỳ` the first branch to finish leaves the block: its `-> xong` goes to the join. */
function joinAny(step: StepIR, branch: string, parallel: NonNullable<StepIR['parallel']>): StepIR {
  if (parallel.joinPolicy !== 'any') return step;
  const end = branchEndId(branch);
  return {
    ...step,
    transitions: step.transitions.map((t) => (t.target === end ? { ...t, target: parallel.join } : t)),
  };
}

/** Without a target, escalation hands the step to the higher role: the same actions, no deadline. */
function escalationState(procedure: string, step: StepIR, carriesData: boolean): StateConfig {
  const escalated: StepIR = {
    id: escalationId(step.id),
    title: step.title,
    role: step.escalation?.to ?? '',
    reminders: [],
    routes: [],
    transitions: step.transitions,
    ...(step.source ? { source: step.source } : {}),
  };
  return {
    ...stepState(procedure, escalated, carriesData),
    meta: metaOf('escalated-step', {
      procedure,
      step: step.id,
      role: step.escalation?.to,
      source: step.escalation?.source as Json | undefined,
    }),
  };
}

function finalState(final: FinalIR): StateConfig {
  return {
    id: final.id,
    type: 'final',
    output: { outcome: final.outcome },
    meta: metaOf('final', { outcome: final.outcome, source: final.source as Json | undefined }),
  };
}

/**
 * The machine config of a procedure: plain JSON that Stately's editor can import.
 *
 * @example
 * const config = procedureConfig(ir); JSON.stringify(config) // no functions inside
 */
export function procedureConfig(procedure: ProcedureIR): StateConfig {
  const states: Record<string, Json> = {};
  const carriesData = procedure.fields.length > 0;
  for (const step of procedure.steps) {
    states[step.id] = stepState(procedure.name, step, carriesData) as Json;
    if (step.escalation !== undefined && step.escalation.target === undefined)
      states[escalationId(step.id)] = escalationState(procedure.name, step, carriesData) as Json;
  }
  for (const final of procedure.finals) states[final.id] = finalState(final) as Json;
  // A step another step's deadline counts from (`trong 90 ngày kể từ quyết_định`) records when it is left.
  for (const step of procedure.steps) {
    const from = anchorStepOf(step.deadline);
    const state = from === undefined ? undefined : (states[from] as Record<string, Json> | undefined);
    if (state !== undefined)
      state['exit'] = [
        ...((state['exit'] as Json[] | undefined) ?? []),
        { type: 'learnStepDone', params: { step: from! } },
      ];
  }
  const anyEvents =
    [...procedure.steps].some(usesEvents) ||
    procedure.steps.some((s) => s.parallel?.branches.some((b) => b.steps.some(usesEvents)));
  return {
    id: procedure.name,
    initial: procedure.initial,
    states,
    ...(anyEvents ? { on: { [hostEvent.eventOccurred]: { actions: [{ type: 'learnEvent' }] } } } : {}),
    meta: metaOf('procedure', {
      name: procedure.name,
      title: procedure.title,
      source: procedure.source as Json | undefined,
    }),
  };
}
