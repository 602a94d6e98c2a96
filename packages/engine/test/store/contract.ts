// The Store contract: the same suite runs against every implementation.

import {
  type InstanceRecord,
  type Store,
  TransactionConflictError,
  VersionConflictError,
  WorkflowVersionClashError,
} from '@tdkt/engine';
import { describe, expect, it } from 'vitest';

export interface StoreHarness {
  open(): Promise<Store>;
  /** Close and reopen the same storage (durable stores); undefined for memory. */
  reopen?: (store: Store) => Promise<Store>;
}

const workflow = { name: 'xét', version: 1, sourceHash: 'h1', definition: { states: ['a', 'b'] }, createdAt: 1 };

function instance(id: string, over: Partial<InstanceRecord> = {}): InstanceRecord {
  return {
    id,
    workflow: 'xét',
    workflowVersion: 1,
    unit: 'trường-a',
    owner: 'gv-1',
    snapshot: { value: 'a', context: { n: 1 } },
    state: 'a',
    steps: [{ step: 'a', enteredAt: 10, deadline: 100 }],
    version: 1,
    status: 'active',
    outcome: null,
    createdAt: 10,
    updatedAt: 10,
    ...over,
  };
}

const actor = { id: 'gv-1', role: 'cá_nhân', unit: 'trường-a' };

export function storeContract(name: string, harness: StoreHarness): void {
  describe(`Store contract: ${name}`, () => {
    it('stores workflow versions, keeps all, and refuses a changed source for a stored version', async () => {
      const store = await harness.open();
      await store.transaction(async (tx) => {
        await tx.putWorkflow(workflow);
        await tx.putWorkflow(workflow);
        await tx.putWorkflow({ ...workflow, version: 2, sourceHash: 'h2' });
      });
      await expect(
        store.transaction((tx) => tx.putWorkflow({ ...workflow, sourceHash: 'other' })),
      ).rejects.toBeInstanceOf(WorkflowVersionClashError);
      expect((await store.getWorkflow('xét'))?.version).toBe(2);
      expect((await store.getWorkflow('xét', 1))?.definition).toEqual({ states: ['a', 'b'] });
      expect((await store.listWorkflows()).map((w) => w.version)).toEqual([1, 2]);
      await store.close();
    });

    it('inserts and updates instances with optimistic concurrency', async () => {
      const store = await harness.open();
      await store.transaction(async (tx) => {
        await tx.putWorkflow(workflow);
        await tx.insertInstance(instance('i1'));
      });
      const change = {
        snapshot: { value: 'b' },
        state: 'b',
        steps: [],
        status: 'done' as const,
        outcome: 'đạt',
        updatedAt: 20,
      };
      expect(await store.transaction((tx) => tx.updateInstance('i1', 1, change))).toBe(2);
      const stale = store.transaction((tx) => tx.updateInstance('i1', 1, change));
      await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
      await expect(stale).rejects.toMatchObject({ code: 'version-conflict', expected: 1, actual: 2 });
      const got = await store.getInstance('i1');
      expect(got).toMatchObject({
        version: 2,
        state: 'b',
        status: 'done',
        outcome: 'đạt',
        snapshot: { value: 'b' },
        owner: 'gv-1',
      });
      expect((await store.listInstances({ status: 'done' })).map((i) => i.id)).toEqual(['i1']);
      expect(await store.listInstances({ status: 'active' })).toEqual([]);
      await store.close();
    });

    it('writes several versions at once when told (changes audited one by one, the row written once)', async () => {
      const store = await harness.open();
      await store.transaction(async (tx) => {
        await tx.putWorkflow(workflow);
        await tx.insertInstance(instance('i1'));
      });
      const change = { snapshot: { value: 'c' }, state: 'c', steps: [], status: 'active' as const, outcome: null };
      expect(
        await store.transaction((tx) => tx.updateInstance('i1', 1, { ...change, updatedAt: 20, version: 3 })),
      ).toBe(3);
      expect(await store.getInstance('i1')).toMatchObject({ version: 3, state: 'c' });
      await expect(
        store.transaction((tx) => tx.updateInstance('i1', 3, { ...change, updatedAt: 30, version: 3 })),
      ).rejects.toBeInstanceOf(RangeError);
      expect(await store.transaction((tx) => tx.updateInstance('i1', 3, { ...change, updatedAt: 30 }))).toBe(4);
      await store.close();
    });

    it('rolls back every write of a failed transaction', async () => {
      const store = await harness.open();
      await store.transaction(async (tx) => {
        await tx.putWorkflow(workflow);
        await tx.insertInstance(instance('i1'));
      });
      await expect(
        store.transaction(async (tx) => {
          await tx.updateInstance('i1', 1, {
            snapshot: {},
            state: 'x',
            steps: [],
            status: 'active',
            outcome: null,
            updatedAt: 5,
          });
          await tx.appendAudit({
            instance: 'i1',
            time: 5,
            actor,
            action: 'nộp',
            fromState: 'a',
            toState: 'x',
            data: null,
            outcome: 'accepted',
            refusal: null,
            version: 2,
          });
          await tx.addTimer({ instance: 'i1', kind: 'deadline', step: 'x', fireAt: 50, payload: null });
          await tx.insertInstance(instance('i2'));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect((await store.getInstance('i1'))?.version).toBe(1);
      expect(await store.getInstance('i2')).toBeUndefined();
      expect(await store.audit('i1')).toEqual([]);
      expect(await store.timersOf('i1')).toEqual([]);
      expect(await store.nextTimerAt()).toBeUndefined();
      await store.close();
    });

    it('lists instances by creation time, then id', async () => {
      const store = await harness.open();
      await store.transaction(async (tx) => {
        await tx.putWorkflow(workflow);
        for (const [id, at] of [
          ['hs-2', 5],
          ['hs-10', 5],
          ['hs-1', 9],
          ['hs-3', 1],
        ] as const)
          await tx.insertInstance(instance(id, { createdAt: at }));
      });
      expect((await store.listInstances()).map((i) => i.id)).toEqual(['hs-3', 'hs-10', 'hs-2', 'hs-1']);
      await store.close();
    });

    it('appends audit entries in order and pages them', async () => {
      const store = await harness.open();
      await store.transaction(async (tx) => {
        await tx.putWorkflow(workflow);
        await tx.insertInstance(instance('i1'));
        await tx.insertInstance(instance('i2'));
        for (let k = 0; k < 5; k++) {
          await tx.appendAudit({
            instance: k % 2 === 0 ? 'i1' : 'i2',
            time: k,
            actor,
            action: `a${k}`,
            fromState: 'a',
            toState: 'b',
            data: { k, tên: 'Nguyễn Văn A' },
            outcome: k === 3 ? 'refused' : 'accepted',
            refusal: k === 3 ? 'not-permitted' : null,
            version: k,
          });
        }
      });
      const mine = await store.audit('i1');
      expect(mine.map((e) => e.action)).toEqual(['a0', 'a2', 'a4']);
      expect(mine[1]).toMatchObject({ data: { k: 2, tên: 'Nguyễn Văn A' }, actor, outcome: 'accepted', refusal: null });
      const all = await store.auditAll({ afterSeq: mine[0]?.seq ?? 0, limit: 2 });
      expect(all.map((e) => e.action)).toEqual(['a1', 'a2']);
      expect((await store.audit('i2'))[1]).toMatchObject({ outcome: 'refused', refusal: 'not-permitted' });
      await store.close();
    });

    it('keeps timers: due in (fireAt, id) order, cancel unfired ones, fire exactly once', async () => {
      const store = await harness.open();
      const ids = await store.transaction(async (tx) => {
        await tx.putWorkflow(workflow);
        await tx.insertInstance(instance('i1'));
        await tx.insertInstance(instance('i2'));
        return [
          await tx.addTimer({ instance: 'i1', kind: 'deadline', step: 'a', fireAt: 300, payload: { n: 1 } }),
          await tx.addTimer({ instance: 'i2', kind: 'reminder', step: 'a', fireAt: 100, payload: null }),
          await tx.addTimer({ instance: 'i1', kind: 'posting', step: 'b', fireAt: 100, payload: null }),
          await tx.addTimer({ instance: 'i2', kind: 'deadline', step: 'c', fireAt: 50, payload: null }),
        ];
      });
      expect(await store.nextTimerAt()).toBe(50);
      expect((await store.dueTimers(100)).map((t) => t.id)).toEqual([ids[3], ids[1], ids[2]]);
      expect((await store.dueTimers(100, 1)).map((t) => t.id)).toEqual([ids[3]]);
      expect((await store.dueTimers(1000, undefined, 'i1')).map((t) => t.id)).toEqual([ids[2], ids[0]]);
      expect(await store.transaction((tx) => tx.markTimerFired(ids[3] as number, 60))).toBe(true);
      expect(await store.transaction((tx) => tx.markTimerFired(ids[3] as number, 61))).toBe(false);
      expect(await store.transaction((tx) => tx.cancelTimers('i2'))).toBe(1);
      expect(await store.transaction((tx) => tx.cancelTimers('i1', ['a', 'b'], ['reminder']))).toBe(0);
      expect(await store.transaction((tx) => tx.cancelTimers('i1', undefined, ['posting']))).toBe(1);
      expect(await store.transaction((tx) => tx.cancelTimers('i1', ['b']))).toBe(0);
      expect(await store.nextTimerAt()).toBe(300);
      const left = await store.timersOf('i2');
      expect(left).toEqual([
        { id: ids[3], instance: 'i2', kind: 'deadline', step: 'c', fireAt: 50, payload: null, firedAt: 60 },
      ]);
      expect((await store.timersOf('i1'))[0]).toMatchObject({ payload: { n: 1 }, firedAt: null });
      await store.close();
    });

    it('serialises concurrent transactions (a shared store may refuse one with a conflict instead; a retry succeeds)', async () => {
      const store = await harness.open();
      await store.transaction(async (tx) => {
        await tx.putWorkflow(workflow);
        await tx.insertInstance(instance('i1'));
      });
      let conflicts = 0;
      const bump = async (): Promise<number> => {
        for (;;) {
          try {
            return await store.transaction(async (tx) => {
              const current = await tx.getInstance('i1');
              await Promise.resolve();
              return tx.updateInstance('i1', current?.version ?? 0, {
                snapshot: {},
                state: 's',
                steps: [],
                status: 'active',
                outcome: null,
                updatedAt: 1,
              });
            });
          } catch (error) {
            if (!(error instanceof VersionConflictError || error instanceof TransactionConflictError)) throw error;
            conflicts++;
          }
        }
      };
      const results = await Promise.all([bump(), bump(), bump()]);
      expect(results.sort()).toEqual([2, 3, 4]);
      if (store.shared !== true) expect(conflicts).toBe(0);
      await store.close();
    });

    if (harness.reopen !== undefined) {
      const reopen = harness.reopen;
      it('keeps everything across close and reopen', async () => {
        let store = await harness.open();
        await store.transaction(async (tx) => {
          await tx.putWorkflow(workflow);
          await tx.insertInstance(instance('i1'));
          await tx.addTimer({ instance: 'i1', kind: 'deadline', step: 'a', fireAt: 300, payload: null });
          await tx.appendAudit({
            instance: 'i1',
            time: 1,
            actor,
            action: 'start',
            fromState: null,
            toState: 'a',
            data: { x: 1 },
            outcome: 'accepted',
            refusal: null,
            version: 1,
          });
        });
        const before = { i: await store.getInstance('i1'), t: await store.timersOf('i1'), a: await store.audit('i1') };
        store = await reopen(store);
        expect({ i: await store.getInstance('i1'), t: await store.timersOf('i1'), a: await store.audit('i1') }).toEqual(
          before,
        );
        await store.close();
      });
    }
  });
}
