// A dossier unfinished when the period ends: running within its step's deadline (or before its next timer), else stuck.
import { describe, expect, it } from 'vitest';
import type { Awaiting } from '../../src/population/model.js';
import { stillRunning } from '../../src/population/period-end.js';

const end = Date.UTC(2024, 11, 31, 16, 59, 59, 999);
const act = { type: 'approve' };
const at = (deadline?: number): Awaiting<typeof act> => ({
  step: 'p.công_bố',
  level: 2,
  act,
  ...(deadline !== undefined ? { deadline } : {}),
});

describe('stillRunning', () => {
  it('follows the awaited step’s deadline: running until it has passed (due on the last instant is running)', () => {
    expect(stillRunning(at(end + 1), [], end)).toBe(true);
    expect(stillRunning(at(end), [], end)).toBe(true);
    expect(stillRunning(at(end - 1), [], end)).toBe(false);
    // A timer to come does not rescue a step already past its deadline.
    expect(stillRunning(at(end - 1), [{ at: end + 5, event: act }], end)).toBe(false);
  });

  it('without a deadline (or a step), runs while a timer is still to fire after the end', () => {
    expect(stillRunning(at(), [{ at: end + 1, event: act }], end)).toBe(true);
    expect(
      stillRunning(
        undefined,
        [
          { at: end - 10, event: act },
          { at: end + 1, event: act },
        ],
        end,
      ),
    ).toBe(true);
    // A timer at the end itself has fired (the runner handles every event up to and including `end`).
    expect(stillRunning(at(), [{ at: end, event: act }], end)).toBe(false);
    expect(stillRunning(at(), [], end)).toBe(false);
    expect(stillRunning(undefined, undefined, end)).toBe(false);
  });
});
