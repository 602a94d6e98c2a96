// Transitions shared by every dossier in the same state: computed once by XState, replayed with each
// dossier's own entry times (the only thing that differs between dossiers until a timeout fires).
import type { AnyMachineSnapshot } from 'xstate';
import type { ProcedureContext } from '@tdkt/compiler';

/** A dossier's state without its entry times: machine state, dossier data, records, and which steps have an entry time. */
interface Shape {
  readonly memo: Map<object, Template | 'same'>;
}

/** The first dossier's result, and the steps whose entry time the transition set to "now". */
interface Template {
  readonly next: AnyMachineSnapshot;
  readonly entered: readonly string[];
}

const contextKey = (c: ProcedureContext): string =>
  JSON.stringify([c.dossier, c.unit, c.owner, c.subunits, c.events, c.reminded, c.late, c.units, c.rearming, Object.keys(c.enteredAt).sort()]);

/**
 * A memo of action transitions by shape. An action event (never a delayed one: those read the clock in
 * their guards) on a compiled procedure evaluates only data and role guards, so two dossiers in the same
 * shape get the same next state; the only time-dependent effect is `enterStep` writing "now" into
 * `enteredAt`. `learn` keeps a transition when that is all that changed (no child actors, no late record,
 * no unit result); `recall` replays it for another dossier of the shape with that dossier's entry times.
 *
 * @example
 * const memo = createShapeMemo();
 * const next = memo.recall(snapshot, event, now) ?? memo.learn(snapshot, event, machine.transition(snapshot, event, scope), now);
 */
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
  const full = { ...(Object.getPrototypeOf(context) as object), enteredAt: context.enteredAt };
  return { ...(proto as AnyMachineSnapshot), context: full } as AnyMachineSnapshot;
}

export function createShapeMemo() {
  const shapes = new Map<string, Shape>();
  const shapeOfSnapshot = new WeakMap<AnyMachineSnapshot, Shape>();
  const shapeOf = (s: AnyMachineSnapshot): Shape | undefined => {
    let shape = shapeOfSnapshot.get(s);
    if (shape !== undefined) return shape;
    if (Object.keys(s.children).length > 0 || s.status !== 'active') return undefined;
    const key = `${JSON.stringify(s.value)}\u0000${contextKey(s.context as ProcedureContext)}`;
    shape = shapes.get(key);
    if (shape === undefined) shapes.set(key, (shape = { memo: new Map() }));
    shapeOfSnapshot.set(s, shape);
    return shape;
  };

  return {
    /** The next snapshot of `before` under `event` if a dossier of the same shape taught it, else undefined. */
    recall(before: AnyMachineSnapshot, event: object, now: number): AnyMachineSnapshot | undefined {
      const template = shapeOf(before)?.memo.get(event);
      if (template === undefined) return undefined;
      if (template === 'same') return before;
      const own = (before.context as ProcedureContext).enteredAt;
      const base = (template.next.context as ProcedureContext).enteredAt;
      const enteredAt: Record<string, number> = {};
      for (const step of Object.keys(base)) enteredAt[step] = own[step] as number;
      for (const step of template.entered) enteredAt[step] = now;
      // A light copy: own context and entry times, everything else read from the template (see `materialise`).
      const context = Object.create(template.next.context as object) as { enteredAt: Record<string, number> };
      context.enteredAt = enteredAt;
      const next = Object.create(template.next) as AnyMachineSnapshot & { context: unknown };
      next.context = context;
      const nextShape = shapeOfSnapshot.get(template.next);
      if (nextShape !== undefined) shapeOfSnapshot.set(next, nextShape);
      return next;
    },

    /** Remembers `before → next` for the shape when only entry times changed, and returns `next`. */
    learn(before: AnyMachineSnapshot, event: object, next: AnyMachineSnapshot, now: number): AnyMachineSnapshot {
      const shape = shapeOf(before);
      if (shape === undefined) return next;
      if (next === before) {
        shape.memo.set(event, 'same');
        return next;
      }
      if (Object.keys(next.children).length > 0) return next;
      const a = before.context as ProcedureContext;
      const b = next.context as ProcedureContext;
      const same = a.dossier === b.dossier && a.late === b.late && a.units === b.units && a.events === b.events && a.reminded === b.reminded && a.rearming === b.rearming && a.subunits === b.subunits;
      if (!same) return next;
      const entered: string[] = [];
      for (const step of Object.keys(a.enteredAt)) if (!(step in b.enteredAt)) return next;
      for (const [step, at] of Object.entries(b.enteredAt)) {
        if (at === a.enteredAt[step] && at !== now) continue;
        // Set now (an unchanged time that happens to equal now is ambiguous: not learnt).
        if (at !== now || a.enteredAt[step] === now) return next;
        entered.push(step);
      }
      shape.memo.set(event, { next, entered });
      if (next.status === 'active') shapeOf(next);
      return next;
    },
  };
}
