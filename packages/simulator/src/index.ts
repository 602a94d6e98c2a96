// Public API of @tdkt/simulator: temporal analysis, population generation and runs, behaviour, reports.

// Seeded randomness and the event queue.
export { createRandom, mixSeed } from './random/prng.js';
export type { Random } from './random/prng.js';
export { MinHeap } from './queue/min-heap.js';

// Deadline consistency (temporal network on the real calendar).
export { weekdayCalendar, stepWorkingDays, nextWorkingDayOnOrAfter, previousWorkingDayOnOrBefore } from './temporal/calendar-port.js';
export type { WorkingDays } from './temporal/calendar-port.js';
export { addDurationForward, latestStartFor, daysOffBetween, NO_DELAY } from './temporal/duration.js';
export type { Duration, Crossing } from './temporal/duration.js';
export type { TemporalNetwork, TemporalNode, NodeKind, Constraint, RollupPolicy, Provenance, SourceSpan } from './temporal/network.js';
export { createNetworkBuilder } from './temporal/builder.js';
export type { NetworkBuilder } from './temporal/builder.js';
export { analyseTemporal } from './temporal/analyse.js';
export type { TemporalAnalysis, NodeSchedule, AnalyseOptions } from './temporal/analyse.js';
export type { ChainLink } from './temporal/chain.js';
export type { TemporalConflict, TemporalCycle, TemporalUnknownNode, TemporalProblem } from './temporal/problems.js';
export type { TemporalDeadlineOrder } from './temporal/deadline-order.js';
export { explainProblem, explainConflict, explainCycle, explainDeadlineOrder, explainLink, eventName, durationText } from './temporal/explain.js';
