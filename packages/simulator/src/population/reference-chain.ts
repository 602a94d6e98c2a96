// A hand-written 5-level review chain implementing InstanceModel: the reference for tests and benchmarks.

import type { EpochDay } from '@tdkt/calendar';
import { endOfDay, MS_PER_DAY, toEpochDay } from '@tdkt/calendar';
import type { Awaiting, InstanceModel, PendingDeadline } from './model.js';

/** cá nhân → tổ → hội đồng trường → phòng → sở, then đạt; or quá hạn when a step is overdue. */
export interface ChainSnapshot {
  /** Index of the current step; `steps.length` once finished. */
  readonly step: number;
  readonly outcome?: 'đạt' | 'quá_hạn';
}

export type ChainEvent = { readonly type: 'act' } | { readonly type: 'return' } | { readonly type: 'overdue' };

export interface ChainStep {
  readonly key: string;
  /** Level index of the acting unit. */
  readonly level: number;
  /** Last allowed day (inclusive). */
  readonly deadline: EpochDay;
  /** Whether the step may return the dossier to the previous step. */
  readonly canReturn: boolean;
}

const ACT: ChainEvent = { type: 'act' };
const RETURN: ChainEvent = { type: 'return' };
const OVERDUE: ChainEvent = { type: 'overdue' };

/**
 * The reference chain over the four-tier levels (0 Sở … 4 cá nhân). A step overdue by `graceDays`
 * ends the dossier as `quá_hạn`.
 *
 * @example
 * const model = referenceChainModel(referenceChainSteps(2019));
 * model.transition(model.initial({ node: 9, level: 4 }, dossier), { type: 'act' }) // => { step: 1 }
 */
export function referenceChainModel(
  steps: readonly ChainStep[],
  graceDays = 20,
): InstanceModel<ChainSnapshot, ChainEvent> {
  const done = steps.length;
  const snapshots = steps.map((_, i) => ({ step: i }));
  const deadlineMs = steps.map((s) => endOfDay(s.deadline) - 1);
  const awaiting: Awaiting<ChainEvent>[] = steps.map((s, i) => ({
    step: s.key,
    level: s.level,
    deadline: deadlineMs[i] as number,
    act: ACT,
    ...(s.canReturn ? { returnFor: RETURN } : {}),
  }));
  const pending: PendingDeadline<ChainEvent>[][] = deadlineMs.map((d) => [
    { at: d + graceDays * MS_PER_DAY, event: OVERDUE },
  ]);
  const finished: ChainSnapshot = { step: done, outcome: 'đạt' };
  const none: readonly PendingDeadline<ChainEvent>[] = [];
  return {
    initial: () => snapshots[0] ?? finished,
    transition(s, e) {
      if (s.step >= done || s.outcome !== undefined) return s;
      if (e.type === 'overdue') return { step: s.step, outcome: 'quá_hạn' };
      if (e.type === 'return') return snapshots[Math.max(0, s.step - 1)] ?? s;
      return snapshots[s.step + 1] ?? finished;
    },
    isFinal: (s) => s.outcome !== undefined || s.step >= done,
    pendingDeadlines: (s) => (s.outcome === undefined ? (pending[s.step] ?? none) : none),
    awaiting: (s) => (s.outcome === undefined ? awaiting[s.step] : undefined),
    outcome: (s) => s.outcome ?? (s.step >= done ? 'đạt' : undefined),
  };
}

/**
 * The steps of the Hà Đông-style year-end review of a calendar year: self-assessment by 10/5, group by
 * 15/5, school council by 20/5 (returns allowed), district by 30/5, province by 15/6.
 *
 * @example
 * referenceChainSteps(2019)[2] // { key: 'hoi_dong_truong', level: 2, deadline: 20/5/2019, canReturn: true }
 */
export function referenceChainSteps(year: number): ChainStep[] {
  const d = (day: number, month: number): EpochDay => toEpochDay({ year, month, day });
  return [
    { key: 'tu_danh_gia', level: 4, deadline: d(10, 5), canReturn: false },
    { key: 'to_xet', level: 3, deadline: d(15, 5), canReturn: true },
    { key: 'hoi_dong_truong', level: 2, deadline: d(20, 5), canReturn: true },
    { key: 'phong_xet', level: 1, deadline: d(30, 5), canReturn: true },
    { key: 'so_xet', level: 0, deadline: d(15, 6), canReturn: false },
  ];
}
