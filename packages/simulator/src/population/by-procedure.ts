// Combines one InstanceModel per procedure into one, dispatching on the dossier's procedure.
import type { AnyInstanceModel, Awaiting, InstanceModel, PendingDeadline } from './model.js';

/** A snapshot tagged with the index of the procedure's model. */
export interface TaggedSnapshot {
  readonly p: number;
  readonly s: unknown;
}

/**
 * One model for a run over several procedures (one compiled machine each). Unknown procedures get an
 * immediately final snapshot, so they are counted as finished rather than crashing the run.
 *
 * @example
 * const model = byProcedure({ xet_cuoi_nam: chain, dang_ky: registration });
 * runPopulation({ ...spec, model, dossiers: [{ procedure: 'xet_cuoi_nam', ownerLevel: 4 }, { procedure: 'dang_ky', ownerLevel: 4 }] })
 */
// Each procedure's model has its own snapshot and event types: the record can only be typed loosely.
export function byProcedure(
  models: Readonly<Record<string, AnyInstanceModel>>,
): InstanceModel<TaggedSnapshot, unknown> {
  const names = Object.keys(models);
  const list = names.map((n) => models[n] as InstanceModel<unknown, unknown>);
  const index = new Map(names.map((n, i) => [n, i]));
  const none: readonly PendingDeadline<unknown>[] = [];
  const unknownFinal: TaggedSnapshot = { p: -1, s: undefined };
  return {
    initial(unit, dossier) {
      const p = index.get(dossier.procedure);
      const m = p === undefined ? undefined : list[p];
      return p === undefined || !m ? unknownFinal : { p, s: m.initial(unit, dossier) };
    },
    transition(snap, event) {
      const m = list[snap.p];
      if (!m) return snap;
      const next = m.transition(snap.s, event);
      return next === snap.s ? snap : { p: snap.p, s: next };
    },
    isFinal: (snap) => list[snap.p]?.isFinal(snap.s) ?? true,
    pendingDeadlines: (snap) => list[snap.p]?.pendingDeadlines(snap.s) ?? none,
    awaiting: (snap): Awaiting<unknown> | undefined => list[snap.p]?.awaiting(snap.s),
    outcome: (snap) => list[snap.p]?.outcome?.(snap.s) ?? (snap.p === -1 ? 'không rõ quy trình' : undefined),
    at: (ms) => {
      for (const m of list) m.at?.(ms);
    },
  };
}
