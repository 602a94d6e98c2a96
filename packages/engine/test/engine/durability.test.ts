// Durability property: random actions, clock jumps and restarts of a SQLite-backed engine leave exactly
// the history of an in-memory engine that never restarted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createEngine,
  createMemoryStore,
  type Engine,
  organisationFromUnits,
  type Store,
  VirtualClock,
} from '@tdkt/engine';
import { openSqliteStore } from '@tdkt/engine/sqlite';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { actors, DAY, dossier, reviewWorkflow, units } from '../fixtures/review.mjs';

const T0 = Date.UTC(2021, 4, 3, 1);
const dir = mkdtempSync(join(tmpdir(), 'tdkt-durable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const org = organisationFromUnits(units);
const workflow = reviewWorkflow({ councilAt: T0 + 12 * DAY, directorDays: 40 });

type Op =
  | { kind: 'start'; registered: boolean }
  | {
      kind: 'act';
      instance: number;
      action: string;
      who: keyof typeof actors;
      data: 'none' | 'good' | 'bad';
      expect: 'none' | 'current' | 'stale';
    }
  | { kind: 'advance'; ms: number }
  | { kind: 'restart'; downFor: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('start' as const), registered: fc.boolean() }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('act' as const),
      instance: fc.nat(5),
      action: fc.constantFrom('nộp', 'duyệt', 'trả_lại', 'không_duyệt', 'quyết_định', 'xếp_loại', 'bịa'),
      who: fc.constantFrom(...(Object.keys(actors) as (keyof typeof actors)[])),
      data: fc.constantFrom('none' as const, 'good' as const, 'bad' as const),
      expect: fc.constantFrom('none' as const, 'current' as const, 'stale' as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 8 * DAY }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('restart' as const), downFor: fc.integer({ min: 0, max: 15 * DAY }) }),
  },
);

const dataFor = (action: string, kind: 'none' | 'good' | 'bad') =>
  kind === 'none'
    ? undefined
    : action === 'quyết_định'
      ? { số: kind === 'good' ? '12/QĐ-SGD' : 'x' }
      : { điểm: kind === 'good' ? 7 : 'bảy' };

interface Side {
  engine: Engine;
  store: Store;
  clock: VirtualClock;
}

let files = 0;

describe('durability', () => {
  it('SQLite engine with restarts and the never-restarted in-memory engine write identical histories', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 40 }), async (ops) => {
        const file = join(dir, `d${files++}.db`);
        let ids = 0;
        const newId = () => `hs-${++ids}`;
        let modelIds = 0;
        const modelClock = new VirtualClock(T0);
        const model: Side = { clock: modelClock, store: createMemoryStore(), engine: undefined as unknown as Engine };
        model.engine = await createEngine({
          workflows: [workflow],
          store: model.store,
          clock: modelClock,
          organisation: org,
          newId: () => `hs-${++modelIds}`,
        });
        const sutClock = new VirtualClock(T0);
        const sutStore = await openSqliteStore(file, { synchronous: 'normal' });
        const sut: Side = {
          clock: sutClock,
          store: sutStore,
          engine: await createEngine({
            workflows: [workflow],
            store: sutStore,
            clock: sutClock,
            organisation: org,
            newId,
          }),
        };
        let started = 0;
        try {
          for (const op of ops) {
            if (op.kind === 'start') {
              const options = { unit: 'to-toan', owner: 'gv-1', dossier: { ...dossier, đã_đăng_ký: op.registered } };
              const [a, b] = [
                await model.engine.start('xét_cuối_năm', options),
                await sut.engine.start('xét_cuối_năm', options),
              ];
              expect(b).toEqual(a);
              started++;
            } else if (op.kind === 'act') {
              if (started === 0) continue;
              const id = `hs-${(op.instance % started) + 1}`;
              const version = (await model.engine.instance(id))?.version ?? 0;
              const data = dataFor(op.action, op.data);
              const options = {
                actor: actors[op.who],
                ...(data === undefined ? {} : { data }),
                ...(op.expect === 'none' ? {} : { expectedVersion: op.expect === 'current' ? version : version - 1 }),
              };
              const [a, b] = [
                await model.engine.act(id, op.action, options),
                await sut.engine.act(id, op.action, options),
              ];
              expect(b).toEqual(a);
            } else if (op.kind === 'advance') {
              model.clock.advanceBy(op.ms);
              sut.clock.advanceBy(op.ms);
            } else {
              // The model keeps running through the downtime; the SUT is closed, the clock jumps, it reopens.
              model.clock.advanceBy(op.downFor);
              await sut.engine.close();
              await sut.store.close();
              sut.clock = new VirtualClock(sut.clock.now() + op.downFor);
              sut.store = await openSqliteStore(file, { synchronous: 'normal' });
              sut.engine = await createEngine({
                workflows: [workflow],
                store: sut.store,
                clock: sut.clock,
                organisation: org,
                newId,
              });
            }
            await model.engine.idle();
            await sut.engine.idle();
          }
          const history = async (s: Side) => (await s.store.auditAll()).map((e) => JSON.stringify(e));
          expect(await history(sut)).toEqual(await history(model));
          const instances = async (s: Side) =>
            (await s.store.listInstances()).map((i) =>
              JSON.stringify([i.id, i.state, i.version, i.status, i.outcome, i.steps, i.snapshot]),
            );
          expect(await instances(sut)).toEqual(await instances(model));
          for (let k = 1; k <= started; k++) {
            const timers = async (s: Side) =>
              (await s.store.timersOf(`hs-${k}`)).map((t) => [t.id, t.kind, t.step, t.fireAt, t.firedAt === null]);
            expect(await timers(sut)).toEqual(await timers(model));
          }
        } finally {
          await sut.engine.close();
          await sut.store.close();
          await model.engine.close();
        }
      }),
      { numRuns: Number(process.env['DURABILITY_RUNS'] ?? 60) },
    );
  });
});
