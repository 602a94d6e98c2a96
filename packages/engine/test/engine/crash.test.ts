// Crash test: a child process applying actions (procedures, plans and fan-out) is killed with SIGKILL at random
// points; after reopening, every acknowledged action is in the store, no timer fired twice, and every child has
// its parent and reached it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, organisationFromUnits, VirtualClock } from '@tdkt/engine';
import { openSqliteStore } from '@tdkt/engine/sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { acknowledged, allTimers, unmatchedTimerEntries } from '../fixtures/crash-checks.js';
import { planUnits, planWorkflows } from '../fixtures/crash-plans.mjs';
import { familyProblems } from '../fixtures/families.js';
import { DAY, reviewWorkflow, units } from '../fixtures/review.mjs';

const child = fileURLToPath(new URL('./crash-child.mjs', import.meta.url));
const built = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tdkt-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const T0 = Date.UTC(2021, 4, 3, 1);

interface Ack {
  id: string;
  action: string;
  ok: boolean;
  version: number | null;
  refusal?: string | null;
}

/** Runs the child until it has acknowledged a few actions, then kills it after `killAfterMs`. */
function runAndKill(
  file: string,
  run: number,
  start: number,
  killAfterMs: number,
): Promise<{ acks: Ack[]; lastTime: number }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, file, String(run), String(start)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    let stderr = '';
    const acks: Ack[] = [];
    let lastTime = start;
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'ready') timer = setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
        else if (line.startsWith('ack ')) acks.push(JSON.parse(line.slice(4)) as Ack);
        else if (line.startsWith('time ')) lastTime = Number(line.slice(5));
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      if (timer !== undefined) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child ended without being killed: ${stderr}`));
      else resolve({ acks, lastTime });
    });
  });
}

describe('crash safety', () => {
  it('after SIGKILL at random points, every acknowledged action is stored and no timer fired twice', async () => {
    if (!existsSync(built))
      throw new Error('the crash test runs the built package: run `npx --yes pnpm@10.34.9 build` first');
    const file = join(dir, 'crash.db');
    const acks: Ack[] = [];
    let start = T0;
    // Kill points at random over the child's life; CRASH_SEED replays a run's choice of points.
    let seed = Number(process.env['CRASH_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
    const note = `CRASH_SEED=${seed}`;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // The first run lives long enough to leave timers for the later runs' catch-up.
    const killAfter = [250, ...Array.from({ length: 4 }, () => 40 + Math.floor(next() * 260))];
    for (const [run, ms] of killAfter.entries()) {
      const result = await runAndKill(file, run, start, ms);
      acks.push(...result.acks);
      start = result.lastTime + 2 * DAY;
    }
    expect(acks.filter((a) => a.ok).length, note).toBeGreaterThan(5);

    const store = await openSqliteStore(file);
    const engine = await createEngine({
      workflows: [
        reviewWorkflow({ groupDays: 2, selfDays: 3, postingDays: 1, councilAt: null, directorDays: 4 }),
        ...planWorkflows(),
      ],
      store,
      clock: new VirtualClock(start),
      organisation: organisationFromUnits([...units, ...planUnits]),
    });
    const audit = await store.auditAll();
    // Every acknowledged accepted action is there, and the state the engine answered with.
    for (const ack of acks.filter((a) => a.ok))
      expect(acknowledged(audit, ack), `${note} ${JSON.stringify(ack)}`).toBe(true);
    // Every acknowledged refusal is there too.
    const refused = audit.filter((e) => e.outcome === 'refused').map((e) => `${e.instance}|${e.action}|${e.refusal}`);
    for (const ack of acks.filter((a) => !a.ok)) expect(refused).toContain(`${ack.id}|${ack.action}|${ack.refusal}`);
    // No timer fired twice: one audit entry per fired timer, and per (instance, step, kind, instant).
    const timerEntries = audit.filter(
      (e) => e.actor.role === 'system' && ['deadline', 'reminder', 'posting-ended', 'window'].includes(e.action),
    );
    expect(timerEntries.length, note).toBeGreaterThan(0);
    const keys = timerEntries.map((e) => `${e.instance}|${e.action}|${JSON.stringify(e.data)}`);
    expect(new Set(keys).size, note).toBe(keys.length);
    expect(unmatchedTimerEntries(audit, await allTimers(store)), note).toEqual([]);
    // Versions of each instance run 1, 2, 3… without gaps, in append order: nothing half-written.
    // (A timer that changes nothing is recorded at the version it found.)
    const byInstance = new Map<string, number[]>();
    for (const e of audit.filter((x) => x.outcome === 'accepted'))
      byInstance.set(e.instance, [...(byInstance.get(e.instance) ?? []), e.version as number]);
    for (const [id, versions] of byInstance) {
      const distinct = [...new Set(versions)];
      expect(distinct, id).toEqual(distinct.map((_, k) => k + 1));
      expect(versions, id).toEqual([...versions].sort((a, b) => a - b));
      expect((await store.getInstance(id))?.version).toBe(Math.max(...versions));
    }
    // Plans and fan-out: every child has its parent, and every child's end reached it (same transaction).
    const instances = await store.listInstances();
    expect(instances.filter((i) => i.workflow === 'plan').length, note).toBeGreaterThan(0);
    expect(instances.filter((i) => i.parent !== null).length, note).toBeGreaterThan(5);
    expect(await familyProblems(store), note).toEqual([]);
    await engine.close();
    await store.close();
  });
});
