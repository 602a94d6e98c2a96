import { MS_PER_DAY } from '@tdkt/calendar';
import { DEFAULT_BEHAVIOUR } from '@tdkt/simulator';
import { describe, expect, it } from 'vitest';
import { behaviourFor, drawDossier, drawReturned, drawSession } from '../../src/behaviour/model.js';
import { hashString } from '../../src/random/prng.js';

const opens = 1_000 * MS_PER_DAY;
const deadline = opens + 10 * MS_PER_DAY;
const step = hashString('tổ_xét');

describe('behaviour model', () => {
  it('applies level then step overrides', () => {
    const model = {
      ...DEFAULT_BEHAVIOUR,
      levels: { trường: { late: 0.5 } },
      steps: { hội_đồng: { late: 0.2, returned: 0 } },
    };
    expect(behaviourFor(model, 'hội_đồng', 'trường')).toMatchObject({ onTime: 0.93, late: 0.2, returned: 0 });
    expect(behaviourFor(model, 'x', 'trường').late).toBe(0.5);
    expect(behaviourFor(model, 'x', 'tổ')).toBe(DEFAULT_BEHAVIOUR.defaults);
  });

  it('at a waiting step, few act (a complaint) unless the file says otherwise; a step override still wins', () => {
    expect(behaviourFor(DEFAULT_BEHAVIOUR, 'công_bố', 'trường', true)).toMatchObject({
      onTime: 0.05,
      late: 0,
      returned: 0,
    });
    const model = { ...DEFAULT_BEHAVIOUR, waiting: { onTime: 0.2 }, steps: { 'p.công_bố': { onTime: 0.5 } } };
    expect(behaviourFor(model, 'x.công_bố', 'trường', true).onTime).toBe(0.2);
    expect(behaviourFor(model, 'p.công_bố', 'trường', true).onTime).toBe(0.5);
    expect(behaviourFor(model, 'x.công_bố', 'trường', false).onTime).toBe(0.93);
  });

  it('draws each dossier on its own: shares close to the configured ones, reproducibly', () => {
    const b = { ...DEFAULT_BEHAVIOUR.defaults, onTime: 0.7, late: 0.2 };
    const kinds = { 'on-time': 0, late: 0, never: 0 };
    let shortestSlip = Infinity;
    for (let dossier = 0; dossier < 20_000; dossier++) {
      const d = drawDossier(b, 99, dossier, step, 0);
      kinds[d.kind]++;
      if (d.kind === 'late') shortestSlip = Math.min(shortestSlip, d.slip);
    }
    expect(shortestSlip).toBeGreaterThanOrEqual(0.99 * MS_PER_DAY);
    expect(kinds['on-time'] / 20_000).toBeCloseTo(0.7, 1);
    expect(kinds.late / 20_000).toBeCloseTo(0.2, 1);
    expect(drawDossier(b, 99, 5, step, 0)).toEqual(drawDossier(b, 99, 5, step, 0));
  });

  it('holds one session per office: in the window for most, after the deadline for officeLate of them', () => {
    const b = { ...DEFAULT_BEHAVIOUR.defaults, officeLate: 0.25 };
    let late = 0;
    let early = 0;
    let differs = 0;
    for (let office = 0; office < 10_000; office++) {
      const at = drawSession(b, 7, office, step, 0, opens, deadline);
      if (at < opens) early++;
      if (at > deadline) late++;
      // Every dossier waiting at the office meets the same session.
      if (drawSession(b, 7, office, step, 0, opens, deadline) !== at) differs++;
    }
    expect([early, differs]).toEqual([0, 0]);
    expect(late / 10_000).toBeCloseTo(0.25, 1);
    expect(drawSession(b, 7, 3, step, 0, opens, undefined)).toBeLessThanOrEqual(opens + b.openEndedDays * MS_PER_DAY);
  });

  it('returns about the configured share, never beyond maxReturns', () => {
    const b = { ...DEFAULT_BEHAVIOUR.defaults, returned: 0.3, maxReturns: 1 };
    let n = 0;
    for (let dossier = 0; dossier < 10_000; dossier++) if (drawReturned(b, 1, dossier, step, 0)) n++;
    expect(n / 10_000).toBeCloseTo(0.3, 1);
    expect(drawReturned(b, 1, 1, step, 1)).toBe(false);
  });
});
