import { behaviourMessages, DEFAULT_BEHAVIOUR, readBehaviour } from '@tdkt/simulator';
import { describe, expect, it } from 'vitest';
import { behaviourFor } from '../../src/behaviour/model.js';

describe('readBehaviour', () => {
  it('overlays a file on the default behaviour', () => {
    const r = readBehaviour({
      version: 1,
      defaults: { onTime: 0.8, late: 0.15 },
      levels: { district: { late: 0.2 } },
      steps: { phong_xet: { returned: 0.3 } },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.behaviour.defaults).toEqual({ ...DEFAULT_BEHAVIOUR.defaults, onTime: 0.8, late: 0.15 });
    expect(behaviourFor(r.behaviour, 'phong_xet', 'district')).toMatchObject({ onTime: 0.8, late: 0.2, returned: 0.3 });
  });

  it('reads the behaviour at waiting steps over its default, and checks its shares', () => {
    const r = readBehaviour({ version: 1, waiting: { onTime: 0.2 } });
    expect(r.ok && behaviourFor(r.behaviour, 'công_bố', 'trường', true)).toMatchObject({
      onTime: 0.2,
      late: 0,
      returned: 0,
    });
    const bad = readBehaviour({ version: 1, waiting: { onTime: 0.8, late: 0.5 } });
    expect(bad.ok ? [] : bad.diagnostics.map((d) => [d.code, d.data['where']])).toEqual([
      ['behaviour.shares', 'waiting'],
    ]);
  });

  it('reports bad files as diagnostics with messages, never throwing', () => {
    const bad = readBehaviour({
      version: 1,
      defaults: { onTime: 0.9, late: 0.2 },
      steps: { x: { lateDays: { min: 5, max: 1 } } },
    });
    expect(bad.ok ? [] : bad.diagnostics.map((d) => [d.code, d.data['where']])).toEqual([
      ['behaviour.shares', 'defaults'],
      ['behaviour.shares', 'steps.x'],
      ['behaviour.late-days', 'steps.x'],
    ]);
    const schema = readBehaviour({ version: 1, defaults: { onTime: 2, unknown: 1 } });
    expect(schema.ok ? [] : schema.diagnostics.map((d) => d.code)).toEqual(['behaviour.schema', 'behaviour.schema']);
    expect(readBehaviour('x').ok).toBe(false);
    for (const d of bad.ok ? [] : bad.diagnostics) {
      expect(behaviourMessages[d.code]?.vi(d.data)).toContain(String(d.data['where']));
      expect(behaviourMessages[d.code]?.en(d.data)).toContain(String(d.data['where']));
    }
  });
});
