// `sau` order between plan rows: transitive, answered on demand, safe on long chains and cycles.
import { describe, expect, it } from 'vitest';
import { comesAfter } from '../../src/analysis/plan-order.js';

describe('comesAfter', () => {
  it('follows `sau` links through other rows, in any spelling of the names', () => {
    const after = comesAfter([
      { id: 'a', after: [] },
      { id: 'b', after: ['a'] },
      { id: 'c', after: ['B'] },
      { id: 'd', after: [] },
    ]);
    expect(after('c', 'a')).toBe(true);
    expect(after('c', 'b')).toBe(true);
    expect(after('a', 'c')).toBe(false);
    expect(after('c', 'd')).toBe(false);
  });

  it('answers on a chain of 20,000 rows without deep recursion, and stops on a cycle', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      id: `r${i}`,
      after: i === 0 ? ['r19999'] : [`r${i - 1}`],
    }));
    const after = comesAfter(rows);
    expect(after('r19999', 'r0')).toBe(true);
    expect(after('r0', 'r5')).toBe(true);
    expect(after('r5', 'r5')).toBe(false);
  });
});
