// A compiled fan-out step under the engine: units report through signals, the roll-up moves on.
import { describe, expect, it } from 'vitest';
import { compileProcedure, type ProcedureIR } from '@tdkt/compiler';
import { createEngine, createMemoryStore, organisationFromUnits, VirtualClock, workflowFromCompiled } from '@tdkt/engine';

const ir: ProcedureIR = {
  name: 'tổng_hợp',
  title: 'Phòng tổng hợp đề nghị của các trường',
  fields: [],
  initial: 'thu_thập',
  steps: [
    { id: 'thu_thập', title: 'Các trường gửi đề nghị', reminders: [], routes: [], transitions: [], fanOut: { level: 'trường', procedure: 'đề_nghị_trường', policy: { kind: 'all' }, next: 'xét' } },
    { id: 'xét', title: 'Phòng xét', role: 'chuyên_viên', level: 'phòng', reminders: [], routes: [], transitions: [{ action: 'approve', target: 'xong_việc' }] },
  ],
  finals: [{ id: 'xong_việc', outcome: 'đã xét' }],
};

describe('compiled fan-out in the engine', () => {
  it('collects each unit’s submission from host signals and moves on when all are in', async () => {
    const org = organisationFromUnits([{ id: 'phong', level: 'phòng' }]);
    const engine = await createEngine({ workflows: [workflowFromCompiled(compileProcedure(ir))], store: createMemoryStore(), clock: new VirtualClock(0), organisation: org, newId: () => 'th-1' });
    const started = await engine.start('tổng_hợp', { unit: 'phong', input: { subunits: ['truong-a', 'truong-b'] } });
    expect(started).toMatchObject({ ok: true, state: 'thu_thập.collecting' });
    const host = { id: 'portal', role: 'host', unit: 'phong' };
    expect(await engine.signal('th-1', { type: 'tdkt.unit-submitted', unit: 'truong-a', outcome: 'đạt' }, { actor: host })).toMatchObject({ ok: true, state: 'thu_thập.collecting' });
    expect(await engine.signal('th-1', { type: 'tdkt.unit-submitted', unit: 'truong-b', outcome: 'đạt' }, { actor: host })).toMatchObject({ ok: true, state: 'xét' });
    expect(await engine.act('th-1', 'approve', { actor: { id: 'cv', role: 'chuyên_viên', unit: 'phong' } })).toMatchObject({ ok: true, outcome: 'đã xét' });
  });
});
