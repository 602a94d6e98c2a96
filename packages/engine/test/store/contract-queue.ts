// The Store contract, second part: the work queue, the open-steps deadline index, timer claims, paging, meta.

import type { InstanceRecord, Store, StoreReader, StoreWriter, WorkItem } from '@tdkt/engine';
import { describe, expect, it } from 'vitest';
import type { StoreHarness } from './contract.js';

const workflow = { name: 'xét', version: 1, sourceHash: 'h1', definition: null, createdAt: 1 };

function instance(id: string, deadline: number | null, over: Partial<InstanceRecord> = {}): InstanceRecord {
  return {
    id,
    workflow: 'xét',
    workflowVersion: 1,
    unit: 'to-toan',
    owner: 'gv-1',
    snapshot: { s: id },
    state: 'a',
    steps: [{ step: 'a', enteredAt: 5, deadline }],
    version: 1,
    status: 'active',
    outcome: null,
    createdAt: 10,
    updatedAt: 10,
    ...over,
  };
}

const item = (over: Partial<WorkItem> = {}): WorkItem => ({
  step: 'a',
  role: 'tổ_trưởng',
  unit: 'to-toan',
  ownerOnly: null,
  actions: ['duyệt', 'trả_lại'],
  ...over,
});

async function seed(store: Store, rows: [InstanceRecord, WorkItem[]][]): Promise<void> {
  await store.transaction(async (tx: StoreWriter) => {
    await tx.putWorkflow(workflow);
    for (const [record, work] of rows) {
      await tx.insertInstance(record);
      await tx.putWork(record.id, work);
    }
  });
}

/**
 * The instances of the first page of `cá_nhân` work in `to-toan`, as `actorId` sees it (every owner's without one).
 *
 * @example
 * expect(await selfAssessments(store, 'gv-1')).toEqual(['hs-3', 'hs-1']);
 */
export async function selfAssessments(store: StoreReader, actorId?: string): Promise<string[]> {
  const page = await store.workQueue({
    role: 'cá_nhân',
    unit: 'to-toan',
    limit: 10,
    ...(actorId === undefined ? {} : { actorId }),
  });
  return page.map((w) => w.instance);
}

export function queueContract(name: string, harness: StoreHarness): void {
  describe(`Store contract, work queue: ${name}`, () => {
    it('lists a (role, unit) in deadline order, none last, and pages by cursor', async () => {
      const store = await harness.open();
      await seed(store, [
        [instance('hs-1', 100), [item(), item({ unit: 'thcs-ks', role: 'chủ_tịch' })]],
        [instance('hs-2', 50), [item()]],
        [instance('hs-3', null), [item()]],
        [instance('hs-0', 100), [item()]],
        [instance('hs-9', 40, { unit: 'to-van' }), [item({ unit: 'to-van' })]],
      ]);
      const all = await store.workQueue({ role: 'tổ_trưởng', unit: 'to-toan', limit: 10 });
      expect(all.map((w) => w.instance)).toEqual(['hs-2', 'hs-0', 'hs-1', 'hs-3']);
      expect(all[0]).toEqual({
        step: 'a',
        role: 'tổ_trưởng',
        unit: 'to-toan',
        ownerOnly: null,
        actions: ['duyệt', 'trả_lại'],
        instance: 'hs-2',
        workflow: 'xét',
        workflowVersion: 1,
        instanceUnit: 'to-toan',
        owner: 'gv-1',
        enteredAt: 5,
        deadline: 50,
        version: 1,
      });
      const page = await store.workQueue({
        role: 'tổ_trưởng',
        unit: 'to-toan',
        limit: 2,
        after: { deadline: 50, instance: 'hs-2', step: 'a' },
      });
      expect(page.map((w) => w.instance)).toEqual(['hs-0', 'hs-1']);
      const last = await store.workQueue({
        role: 'tổ_trưởng',
        unit: 'to-toan',
        limit: 5,
        after: { deadline: 100, instance: 'hs-1', step: 'a' },
      });
      expect(last.map((w) => [w.instance, w.deadline])).toEqual([['hs-3', null]]);
      expect(
        await store.workQueue({
          role: 'tổ_trưởng',
          unit: 'to-toan',
          limit: 5,
          after: { deadline: null, instance: 'hs-3', step: 'a' },
        }),
      ).toEqual([]);
      expect(
        (await store.workQueue({ role: 'chủ_tịch', unit: 'thcs-ks', limit: 5 })).map((w) => [
          w.instance,
          w.instanceUnit,
        ]),
      ).toEqual([['hs-1', 'to-toan']]);
      expect(await store.workQueue({ role: 'chủ_tịch', unit: 'to-toan', limit: 5 })).toEqual([]);
      expect((await store.workOf('hs-1')).map((w) => [w.role, w.unit])).toEqual([
        ['chủ_tịch', 'thcs-ks'],
        ['tổ_trưởng', 'to-toan'],
      ]);
      await store.close();
    });

    it('keeps owner-only items to their owner when the actor is named', async () => {
      const store = await harness.open();
      const self = (owner: string): WorkItem =>
        item({ step: 'a', role: 'cá_nhân', ownerOnly: owner, actions: ['nộp'] });
      await seed(store, [
        [instance('hs-1', 30, { owner: 'gv-1' }), [self('gv-1')]],
        [instance('hs-2', 20, { owner: 'gv-2' }), [self('gv-2')]],
        [instance('hs-3', 10), [item({ role: 'cá_nhân' })]],
      ]);
      const ids = (actorId?: string) => selfAssessments(store, actorId);
      expect(await ids()).toEqual(['hs-3', 'hs-2', 'hs-1']);
      expect(await ids('gv-1')).toEqual(['hs-3', 'hs-1']);
      expect(await ids('gv-3')).toEqual(['hs-3']);
      expect(
        (await store.workQueue({ role: 'cá_nhân', unit: 'to-toan', actorId: 'gv-2', limit: 1 })).map((w) => w.instance),
      ).toEqual(['hs-3']);
      await store.close();
    });

    it('clears an instance’s work on update until putWork, drops it when done, and rolls it back with the transaction', async () => {
      const store = await harness.open();
      await seed(store, [[instance('hs-1', 100), [item()]]]);
      const change = {
        snapshot: {},
        state: 'b',
        steps: [{ step: 'b', enteredAt: 20, deadline: 60 }],
        status: 'active' as const,
        outcome: null,
        updatedAt: 20,
      };
      await store.transaction(async (tx) => {
        await tx.updateInstance('hs-1', 1, change);
        expect(await tx.workOf('hs-1')).toEqual([]);
        await tx.putWork('hs-1', [item({ step: 'b' })]);
      });
      expect(await store.workQueue({ role: 'tổ_trưởng', unit: 'to-toan', limit: 5 })).toMatchObject([
        { instance: 'hs-1', step: 'b', deadline: 60, enteredAt: 20, version: 2 },
      ]);
      await expect(
        store.transaction(async (tx) => {
          await tx.updateInstance('hs-1', 2, { ...change, state: 'c', steps: [] });
          await tx.putWork('hs-1', []);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.workQueue({ role: 'tổ_trưởng', unit: 'to-toan', limit: 5 })).toMatchObject([
        { instance: 'hs-1', step: 'b', version: 2 },
      ]);
      // Rewritten on its own (a rebuild) after that rollback: from the stored row, not the rolled-back one.
      await store.transaction((tx) => tx.putWork('hs-1', [item({ step: 'b', actions: ['duyệt'] })]));
      expect(await store.workQueue({ role: 'tổ_trưởng', unit: 'to-toan', limit: 5 })).toMatchObject([
        { instance: 'hs-1', step: 'b', version: 2, deadline: 60, actions: ['duyệt'] },
      ]);
      await store.transaction(async (tx) => {
        await tx.updateInstance('hs-1', 2, { ...change, status: 'done', steps: [], outcome: 'đạt' });
        await tx.putWork('hs-1', [item({ step: 'b' })]);
      });
      expect(await store.workQueue({ role: 'tổ_trưởng', unit: 'to-toan', limit: 5 })).toEqual([]);
      expect(await store.overdueSteps({ at: 1000, limit: 5 })).toEqual([]);
      await store.close();
    });

    it('rewrites work and open steps when an update keeps the steps, with the same keys or new ones', async () => {
      const store = await harness.open();
      await seed(store, [[instance('hs-1', 100), [item(), item({ unit: 'thcs-ks', role: 'chủ_tịch' })]]]);
      const same = (version: number) => ({
        snapshot: { v: version },
        state: `a${version}`,
        steps: [{ step: 'a', enteredAt: 5, deadline: 100 }],
        status: 'active' as const,
        outcome: null,
        updatedAt: 20 + version,
      });
      // Read first (as the engine does), then the same steps: the rows carry the new version and actions.
      await store.transaction(async (tx) => {
        const read = await tx.getInstance('hs-1');
        await tx.updateInstance('hs-1', read?.version ?? 0, same(1));
        expect(await tx.workOf('hs-1')).toEqual([]);
        await tx.putWork('hs-1', [
          item({ actions: ['duyệt'] }),
          item({ unit: 'thcs-ks', role: 'chủ_tịch', actions: ['ký'] }),
        ]);
      });
      expect(await store.workQueue({ role: 'tổ_trưởng', unit: 'to-toan', limit: 5 })).toMatchObject([
        { instance: 'hs-1', step: 'a', deadline: 100, enteredAt: 5, version: 2, actions: ['duyệt'] },
      ]);
      expect(await store.workQueue({ role: 'chủ_tịch', unit: 'thcs-ks', limit: 5 })).toMatchObject([
        { instance: 'hs-1', version: 2, actions: ['ký'] },
      ]);
      // The same steps, other rows: the old ones go.
      await store.transaction(async (tx) => {
        const read = await tx.getInstance('hs-1');
        await tx.updateInstance('hs-1', read?.version ?? 0, same(2));
        await tx.putWork('hs-1', [item({ unit: 'to-van' })]);
      });
      expect(await store.workQueue({ role: 'chủ_tịch', unit: 'thcs-ks', limit: 5 })).toEqual([]);
      expect(await store.workQueue({ role: 'tổ_trưởng', unit: 'to-toan', limit: 5 })).toEqual([]);
      expect(await store.workQueue({ role: 'tổ_trưởng', unit: 'to-van', limit: 5 })).toMatchObject([
        { instance: 'hs-1', version: 3 },
      ]);
      // Kept steps rolled back with their transaction; then done: nothing open, nothing queued.
      await expect(
        store.transaction(async (tx) => {
          const read = await tx.getInstance('hs-1');
          await tx.updateInstance('hs-1', read?.version ?? 0, same(3));
          await tx.putWork('hs-1', [item({ unit: 'to-van', actions: [] })]);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.workQueue({ role: 'tổ_trưởng', unit: 'to-van', limit: 5 })).toMatchObject([
        { version: 3, actions: ['duyệt', 'trả_lại'] },
      ]);
      expect(await store.overdueSteps({ at: 1000, limit: 5 })).toMatchObject([{ instance: 'hs-1', step: 'a' }]);
      await store.transaction(async (tx) => {
        const read = await tx.getInstance('hs-1');
        await tx.updateInstance('hs-1', read?.version ?? 0, { ...same(3), status: 'done', outcome: 'đạt' });
        await tx.putWork('hs-1', [item({ unit: 'to-van' })]);
      });
      expect(await store.workQueue({ role: 'tổ_trưởng', unit: 'to-van', limit: 5 })).toEqual([]);
      expect(await store.overdueSteps({ at: 1000, limit: 5 })).toEqual([]);
      expect((await store.getInstance('hs-1'))?.status).toBe('done');
      await store.close();
    });

    it('pages overdue steps by deadline from the open-steps index', async () => {
      const store = await harness.open();
      await seed(store, [
        [instance('hs-1', 100), []],
        [
          instance('hs-2', 50, {
            steps: [
              { step: 'a', enteredAt: 5, deadline: 50 },
              { step: 'z', enteredAt: 6, deadline: 50 },
            ],
          }),
          [],
        ],
        [instance('hs-3', null), []],
        [instance('hs-4', 300), []],
      ]);
      const steps = await store.overdueSteps({ at: 100, limit: 10 });
      expect(steps.map((s) => [s.instance, s.step, s.deadline])).toEqual([
        ['hs-2', 'a', 50],
        ['hs-2', 'z', 50],
        ['hs-1', 'a', 100],
      ]);
      expect(steps[1]).toEqual({
        instance: 'hs-2',
        step: 'z',
        workflow: 'xét',
        workflowVersion: 1,
        unit: 'to-toan',
        owner: 'gv-1',
        enteredAt: 6,
        deadline: 50,
      });
      const next = await store.overdueSteps({
        at: 100,
        limit: 10,
        after: { deadline: 50, instance: 'hs-2', step: 'a' },
      });
      expect(next.map((s) => s.step)).toEqual(['z', 'a']);
      expect((await store.overdueSteps({ at: 99, limit: 1 })).map((s) => s.step)).toEqual(['a']);
      await store.close();
    });

    it('claims only the first due timer of each instance, in (fireAt, id) order', async () => {
      const store = await harness.open();
      await seed(store, [
        [instance('i1', null), []],
        [instance('i2', null), []],
      ]);
      const ids = await store.transaction(async (tx) => [
        await tx.addTimer({ instance: 'i1', kind: 'reminder', step: 'a', fireAt: 20, payload: null }),
        await tx.addTimer({ instance: 'i1', kind: 'deadline', step: 'a', fireAt: 10, payload: null }),
        await tx.addTimer({ instance: 'i2', kind: 'deadline', step: 'a', fireAt: 15, payload: null }),
      ]);
      expect(await store.transaction(async (tx) => (await tx.claimDueTimers(100, 10)).map((t) => t.id))).toEqual([
        ids[1],
        ids[2],
      ]);
      expect(await store.transaction(async (tx) => (await tx.claimDueTimers(100, 10, 'i1')).map((t) => t.id))).toEqual([
        ids[1],
      ]);
      await store.transaction((tx) => tx.markTimerFired(ids[1] as number, 11));
      expect(await store.transaction(async (tx) => (await tx.claimDueTimers(100, 1)).map((t) => t.id))).toEqual([
        ids[2],
      ]);
      expect(await store.transaction(async (tx) => (await tx.claimDueTimers(16, 10)).map((t) => t.id))).toEqual([
        ids[2],
      ]);
      await store.close();
    });

    it('lists children of a parent and pages instances by (createdAt, id); keeps meta values', async () => {
      const store = await harness.open();
      await seed(store, [
        [instance('cha', null, { createdAt: 1 }), []],
        [instance('con-2', null, { parent: 'cha', createdAt: 3 }), []],
        [instance('con-1', null, { parent: 'cha', createdAt: 3 }), []],
        [instance('khác', null, { createdAt: 2 }), []],
      ]);
      expect((await store.listInstances({ parent: 'cha' })).map((i) => [i.id, i.parent])).toEqual([
        ['con-1', 'cha'],
        ['con-2', 'cha'],
      ]);
      expect((await store.getInstance('cha'))?.parent).toBeNull();
      expect((await store.listInstances({ limit: 2 })).map((i) => i.id)).toEqual(['cha', 'khác']);
      expect((await store.listInstances({ limit: 2, after: { createdAt: 3, id: 'con-1' } })).map((i) => i.id)).toEqual([
        'con-2',
      ]);
      expect(await store.getMeta('x')).toBeUndefined();
      await store.transaction((tx) => tx.setMeta('x', '1'));
      await expect(
        store.transaction(async (tx) => {
          await tx.setMeta('x', '2');
          throw new Error('no');
        }),
      ).rejects.toThrow('no');
      expect(await store.getMeta('x')).toBe('1');
      await store.close();
    });
  });
}
