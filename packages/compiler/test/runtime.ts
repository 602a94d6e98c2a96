// A runtime for tests: XState's SimulatedClock and calendar rules.
import { SimulatedClock } from 'xstate';
import type { Runtime, TimeRules } from '../src/runtime-time.js';
import { timeRules } from './time-rules.js';

export function simulatedRuntime(startMs: number): { clock: SimulatedClock; runtime: Runtime; rules: TimeRules } {
  const clock = new SimulatedClock();
  clock.set(startMs);
  return { clock, runtime: { clock, time: timeRules }, rules: timeRules };
}
