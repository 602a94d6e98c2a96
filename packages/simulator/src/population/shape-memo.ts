// Transitions shared by every dossier in the same state: computed once by XState, replayed with each
// dossier's own times (entry times and the instants of its late records: all that differs between them).

import type { ProcedureContext } from '@tdkt/compiler';
import type { AnyMachineSnapshot } from 'xstate';

type LateRecord = ProcedureContext['late'][number];

/** A guard that reads the clock, as evaluated when the transition was first computed. */
export interface ClockGuardCall {
  readonly name: string;
  readonly params: unknown;
  readonly result: boolean;
}

/** Re-evaluates a clock-reading guard for another dossier (its context) at the current time. */
export type ClockGuardCheck = (call: ClockGuardCall, context: ProcedureContext, event: object) => boolean;

/** The first dossier's result, the steps whose entry time it set to "now", the late records it added, its clock guards. */
interface Template {
  readonly next: AnyMachineSnapshot;
  readonly entered: readonly string[];
  readonly lateAdded: number;
  readonly guards: readonly ClockGuardCall[];
}

/** A dossier's state without its times: machine state, dossier data, records, which steps have an entry time. */
interface Shape {
  readonly memo: Map<object, (Template | 'same')[]>;
}

const timeless = (late: readonly LateRecord[]) => late.map((r) => [r.step, r.units ?? null]);
const contextKey = (c: ProcedureContext): string =>
  JSON.stringify([
    c.dossier,
    c.unit,
    c.owner,
    c.subunits,
    c.events,
    c.reminded,
    timeless(c.late),
    c.units,
    c.rearming,
    Object.keys(c.enteredAt).sort(),
  ]);

/** The shape a light copy belongs to (an own property XState never sees: `materialise` drops it). */
const SHAPE = Symbol('shape');

/** At most this many variants per shape and event (a timer's guard true or false, …). */
const VARIANTS = 4;

/**
 * A full snapshot for XState from a light copy made by `recall` (XState spreads snapshots and contexts,
 * which copies own properties only); other snapshots are returned as they are.
 *
 * @example
 * machine.transition(materialise(snapshot), event, scope)
 */
export function materialise(s: AnyMachineSnapshot): AnyMachineSnapshot {
  const proto = Object.getPrototypeOf(s) as object;
  if (proto === Object.prototype) return s;
  const context = s.context as ProcedureContext;
  const full = { ...(Object.getPrototypeOf(context) as object), enteredAt: context.enteredAt, late: context.late };
  return { ...(proto as AnyMachineSnapshot), context: full } as AnyMachineSnapshot;
}

/**
 * A memo of transitions by shape. Two dossiers in the same shape get the same next state as long as the
 * guards that read the clock (deadline passed, posting over, reminders) give the same answers for both;
 * the other guards read only the dossier's data, the role and the units, which the shape fixes. The only
 * time-dependent effects are "now" written into `enteredAt` and into new late records. `learn` keeps a
 * transition when nothing else changed (no child actors, no unit results); `recall` re-checks its clock
 * guards for the dossier at hand and replays it with that dossier's own times.
 *
 * @example
 * const memo = createShapeMemo(check);
 * const next = memo.recall(snapshot, event, now) ?? memo.learn(snapshot, event, computed, now, guardCalls);
 */
export function createShapeMemo(check: ClockGuardCheck) {
  const shapes = new Map<string, Shape>();
  // XState's snapshots are mapped weakly; light copies carry their shape themselves (cheaper for the collector).
  const shapeOfSnapshot = new WeakMap<AnyMachineSnapshot, Shape>();
  const shapeOf = (s: AnyMachineSnapshot): Shape | undefined => {
    let shape = (s as { [SHAPE]?: Shape })[SHAPE] ?? shapeOfSnapshot.get(s);
    if (shape !== undefined) return shape;
    if (Object.keys(s.children).length > 0 || s.status !== 'active') return undefined;
    const key = `${JSON.stringify(s.value)}\u0000${contextKey(s.context as ProcedureContext)}`;
    shape = shapes.get(key);
    if (shape === undefined) shapes.set(key, (shape = { memo: new Map() }));
    shapeOfSnapshot.set(s, shape);
    return shape;
  };

  const replay = (before: AnyMachineSnapshot, t: Template, now: number): AnyMachineSnapshot => {
    const own = before.context as ProcedureContext;
    const base = t.next.context as ProcedureContext;
    const enteredAt: Record<string, number> = {};
    for (const step of Object.keys(base.enteredAt)) enteredAt[step] = own.enteredAt[step] as number;
    for (const step of t.entered) enteredAt[step] = now;
    const late =
      t.lateAdded === 0
        ? own.late
        : [...own.late, ...base.late.slice(base.late.length - t.lateAdded).map((r) => ({ ...r, at: now }))];
    // A light copy: own times, everything else read from the template (see `materialise`).
    const context = Object.create(base as object) as { enteredAt: Record<string, number>; late: readonly LateRecord[] };
    context.enteredAt = enteredAt;
    context.late = late;
    const next = Object.create(t.next) as AnyMachineSnapshot & { context: unknown; [SHAPE]?: Shape };
    next.context = context;
    const nextShape = shapeOfSnapshot.get(t.next);
    if (nextShape !== undefined) next[SHAPE] = nextShape;
    return next;
  };

  return {
    /** The next snapshot of `before` under `event` if a dossier of the same shape taught it, else undefined. */
    recall(before: AnyMachineSnapshot, event: object, now: number): AnyMachineSnapshot | undefined {
      const variants = shapeOf(before)?.memo.get(event);
      if (variants === undefined) return undefined;
      const context = before.context as ProcedureContext;
      for (const v of variants) {
        if (v === 'same') return before;
        if (v.guards.every((g) => check(g, context, event) === g.result)) return replay(before, v, now);
      }
      return undefined;
    },

    /** Remembers `before → next` for the shape when only times changed, and returns `next`. */
    learn(
      before: AnyMachineSnapshot,
      event: object,
      next: AnyMachineSnapshot,
      now: number,
      guards: readonly ClockGuardCall[],
    ): AnyMachineSnapshot {
      const shape = shapeOf(before);
      if (shape === undefined) return next;
      const variants = shape.memo.get(event) ?? [];
      if (variants.length >= VARIANTS) return next;
      shape.memo.set(event, variants);
      if (next === before) {
        if (guards.length === 0) variants.push('same');
        return next;
      }
      if (Object.keys(next.children).length > 0) return next;
      const a = before.context as ProcedureContext;
      const b = next.context as ProcedureContext;
      const same =
        a.dossier === b.dossier &&
        a.units === b.units &&
        a.events === b.events &&
        a.reminded === b.reminded &&
        a.rearming === b.rearming &&
        a.subunits === b.subunits;
      if (!same) return next;
      // Late records: the old ones untouched, new ones stamped now.
      if (
        b.late.length < a.late.length ||
        a.late.some((r, i) => b.late[i] !== r) ||
        b.late.slice(a.late.length).some((r) => r.at !== now)
      )
        return next;
      const entered: string[] = [];
      for (const step of Object.keys(a.enteredAt)) if (!(step in b.enteredAt)) return next;
      for (const [step, at] of Object.entries(b.enteredAt)) {
        if (at === a.enteredAt[step] && at !== now) continue;
        // Set now (an unchanged time that happens to equal now is ambiguous: not learnt).
        if (at !== now || a.enteredAt[step] === now) return next;
        entered.push(step);
      }
      variants.push({ next, entered, lateAdded: b.late.length - a.late.length, guards });
      if (next.status === 'active') shapeOf(next);
      return next;
    },
  };
}
