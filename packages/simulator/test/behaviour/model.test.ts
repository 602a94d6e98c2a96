import { MS_PER_DAY } from '@tdkt/calendar';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BEHAVIOUR, behaviourFor, drawAct, drawReturned } from '@tdkt/simulator';

const opens = 1_000 * MS_PER_DAY;
const deadline = opens + 10 * MS_PER_DAY;

describe('behaviour model', () => {
  it('applies level then step overrides', () => {
    const model = { ...DEFAULT_BEHAVIOUR, levels: { school: { late: 0.5 } }, steps: { hoi_dong: { late: 0.2, returned: 0 } } };
    expect(behaviourFor(model, 'hoi_dong', 'school')).toMatchObject({ onTime: 0.9, late: 0.2, returned: 0 });
    expect(behaviourFor(model, 'x', 'school').late).toBe(0.5);
    expect(behaviourFor(model, 'x', 'group')).toBe(DEFAULT_BEHAVIOUR.defaults);
  });

  it('draws shares close to the configured ones, reproducibly', () => {
    const b = { ...DEFAULT_BEHAVIOUR.defaults, onTime: 0.7, late: 0.2 };
    const kinds = { 'on-time': 0, late: 0, never: 0 };
    for (let actor = 0; actor < 20_000; actor++) {
      const d = drawAct(b, 99, actor, 'to_xet', 0, opens, deadline);
      kinds[d.kind]++;
      if (d.kind === 'on-time') expect(d.at).toBeLessThanOrEqual(deadline);
      if (d.kind === 'late') expect(d.at).toBeGreaterThan(deadline);
      if (d.kind === 'never') expect(d.at).toBe(Infinity);
    }
    expect(kinds['on-time'] / 20_000).toBeCloseTo(0.7, 1);
    expect(kinds.late / 20_000).toBeCloseTo(0.2, 1);
    expect(drawAct(b, 99, 5, 'to_xet', 0, opens, deadline)).toEqual(drawAct(b, 99, 5, 'to_xet', 0, opens, deadline));
  });

  it('returns about the configured share, never beyond maxReturns', () => {
    const b = { ...DEFAULT_BEHAVIOUR.defaults, returned: 0.3, maxReturns: 1 };
    let n = 0;
    for (let dossier = 0; dossier < 10_000; dossier++) if (drawReturned(b, 1, dossier, 'to_xet', 0)) n++;
    expect(n / 10_000).toBeCloseTo(0.3, 1);
    expect(drawReturned(b, 1, 1, 'to_xet', 1)).toBe(false);
  });
});
