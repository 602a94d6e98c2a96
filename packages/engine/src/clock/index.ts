// The clock module's public surface.
export { MinHeap } from './min-heap.js';
export { VirtualClock } from './virtual-clock.js';
export { realClock, type HostTimers, type RealClockOptions } from './real-clock.js';
export { MAX_TIMER_DELAY, type EngineClock, type TimerId } from './types.js';
