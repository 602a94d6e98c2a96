// The clock module's public surface.
export { MinHeap } from './min-heap.js';
export { type HostTimers, type RealClockOptions, realClock } from './real-clock.js';
export { type EngineClock, MAX_TIMER_DELAY, type TimerId } from './types.js';
export { VirtualClock } from './virtual-clock.js';
