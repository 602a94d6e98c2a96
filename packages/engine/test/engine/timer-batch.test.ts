// A burst of due timers is fired in batches (one commit for many timers) in the same order as one at a time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, createMemoryStore, organisationFromUnits, type Store, VirtualClock } from '@tdkt/engine';
import { openSqliteStore } from '@tdkt/engine/sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { DAY, dossier, reviewWorkflow, units } from '../fixtures/review.mjs';

const T0 = Date.UTC(2021, 4, 3, 1);
const dir = mkdtempSync(join(tmpdir(), 'tdkt-timer-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const org = organisationFromUnits(units);
const workflow = reviewWorkflow({ selfDays: 10 });

/** Starts `n` dossiers on `store`, jumps 60 days, fires what fell due; its audit and the commits it took. */
async function burst(store: Store, n: number, commits: number[]) {
  const clock = new VirtualClock(T0);
  const engine = await createEngine({ workflows: [workflow], store, clock, organisation: org, newId: () => 'x' });
  for (let k = 0; k < n; k++)
    await engine.start('xét_cuối_năm', { id: `hs-${k}`, unit: 'to-van', owner: 'gv-1', dossier });
  await engine.idle();
  commits.length = 0;
  const before = (await store.auditAll()).length;
  clock.advanceBy(60 * DAY);
  await engine.idle();
  const fired = await engine.runDue();
  await engine.close();
  const audit = (await store.auditAll()).map(({ seq, ...e }) => JSON.stringify(e));
  return { audit, timers: audit.length - before, fired };
}

describe('timer batches', () => {
  it('fires 40 dossiers’ due timers in a few commits, in the order of one at a time', async () => {
    const commits: number[] = [];
    const sqlite = await openSqliteStore(join(dir, 'burst.db'), { onCommit: (units) => commits.push(units) });
    const batched = await burst(sqlite, 40, commits);
    await sqlite.close();
    const serial = await burst(createMemoryStore(), 40, []);
    expect(batched.timers).toBeGreaterThanOrEqual(40);
    expect(batched.audit).toEqual(serial.audit);
    // One sync per batch of up to 32 timers (and the reads that found nothing more), not one per timer.
    expect(commits.length).toBeLessThanOrEqual(Math.ceil(batched.timers / 32) + 4);
  });
});
