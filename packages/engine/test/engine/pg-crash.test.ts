// Crash test on PostgreSQL: three engine processes share one schema; random SIGKILLs (each killed process restarted
// at once) during a burst of actions and timers on procedures, plans and fan-out. Then: no acknowledged action lost,
// no timer fired twice or left unfired while engines ran, the audit gap-free, every child with its parent and delivered. TDKT_CRASH_MS lengthens the burst (default 2.5 s), CRASH_SEED replays one.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AuditEntry } from '@tdkt/engine';
import { afterAll, describe, expect, it } from 'vitest';
import { acknowledged, allTimers, unmatchedTimerEntries } from '../fixtures/crash-checks.js';
import { familyProblems } from '../fixtures/families.js';
import { dropSchemas, freshSchema, openTestPgStore, PG_SKIPPED, PG_URL } from '../fixtures/postgres.js';
import { DAY } from '../fixtures/review.mjs';

const child = fileURLToPath(new URL('./pg-crash-child.mjs', import.meta.url));
const built = fileURLToPath(new URL('../../dist/postgres.js', import.meta.url));
const BURST_MS = Number(process.env['TDKT_CRASH_MS'] ?? 2500);
/** One virtual day lasts 250 ms of wall time: deadlines of 2–4 days fall due during the burst. */
const SPEED = DAY / 250;
/**
 * How long survivors get to fire what was due when the burst ended: plans fire heavier timers (a window opens,
 * dossiers start, children deliver to one parent), so the test looks every 250 ms and passes as soon as nothing is
 * due, within this bound (a loaded 2-core machine running the whole suite needs more than the 1 s it once had).
 */
const SETTLE_MS = 15_000;
const T0 = Date.UTC(2021, 4, 3, 1);
afterAll(dropSchemas);

interface Ack {
  id: string;
  action: string;
  ok: boolean;
  version: number | null;
  refusal: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(PG_SKIPPED)('crash safety of several processes on PostgreSQL', () => {
  it('3 engines, random SIGKILLs: no acknowledged action lost, every timer fired exactly once, audit gap-free', async () => {
    if (!existsSync(built))
      throw new Error('the crash test runs the built package: run `npx --yes pnpm@10.34.9 build` first');
    const schema = freshSchema('crash');
    await (await openTestPgStore(schema)).close();
    let seed = Number(process.env['CRASH_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
    const note = `CRASH_SEED=${seed}`;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const wallStart = Date.now() + 200;
    const burstEnd = wallStart + BURST_MS;
    let stopped = false;
    const virtualNow = () => T0 + (Date.now() - wallStart) * SPEED;
    const acks: Ack[] = [];
    const errors: string[] = [];
    const running = new Map<number, ChildProcess>();
    /** When each slot's current process became ready (it is killed only after working a while). */
    const readyAt = new Map<number, number>();
    let runs = 0;
    let kills = 0;

    const launch = (slot: number) => {
      const proc = spawn(
        process.execPath,
        [
          child,
          PG_URL,
          schema,
          String(slot),
          String(runs++),
          String(wallStart),
          String(T0),
          String(SPEED),
          String(seed),
        ],
        {
          stdio: ['pipe', 'pipe', 'pipe'],
        },
      );
      if (stopped) proc.stdin?.write('stop\n');
      let buffer = '';
      proc.stdout?.setEncoding('utf8');
      proc.stdout?.on('data', (chunk: string) => {
        buffer += chunk;
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (line.startsWith('ack ')) acks.push(JSON.parse(line.slice(4)) as Ack);
          else if (line === 'ready') readyAt.set(slot, Date.now());
        }
      });
      proc.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
      running.set(slot, proc);
      readyAt.delete(slot);
    };
    const killed = (proc: ChildProcess) =>
      new Promise<void>((resolve) =>
        proc.exitCode !== null || proc.signalCode !== null ? resolve() : proc.once('exit', () => resolve()),
      );

    for (const slot of [0, 1, 2]) launch(slot);
    try {
      // The burst: every 100–500 ms one process that has worked for 100–400 ms dies mid-work, and a new one takes its
      // place; at least 3 deaths and 20 accepted actions, however slow the machine (at most 60 s).
      const enough = () => Date.now() >= burstEnd && kills >= 3 && acks.filter((a) => a.ok).length > 20;
      while (!enough() && Date.now() < wallStart + 60_000) {
        await sleep(100 + Math.floor(random() * 400));
        const slot = Math.floor(random() * 3);
        const since = readyAt.get(slot);
        if (since === undefined || Date.now() - since < 100 + random() * 300) continue;
        const proc = running.get(slot) as ChildProcess;
        proc.kill('SIGKILL');
        await killed(proc);
        kills++;
        launch(slot);
      }
      stopped = true;
      for (const proc of running.values()) proc.stdin?.write('stop\n');
      // Survivors keep firing timers; everything due when the burst ended must have fired by the end of this.
      const dueCutoff = virtualNow();
      const settled = Date.now() + SETTLE_MS;
      const store = await openTestPgStore(schema);
      try {
        do await sleep(250);
        while ((await store.dueTimers(dueCutoff)).length > 0 && Date.now() < settled);
        const unfired = await store.dueTimers(dueCutoff);
        expect(unfired, `${note}: timers due but not fired while engines ran`).toEqual([]);
      } finally {
        await store.close();
      }
    } finally {
      await Promise.all([...running.values()].map((proc) => (proc.kill('SIGKILL'), killed(proc))));
    }
    expect(errors.join(''), note).not.toMatch(/engine error|Error/);
    if (process.env['TDKT_CRASH_VERBOSE'])
      console.log(JSON.stringify({ note, kills, runs, acks: acks.length, accepted: acks.filter((a) => a.ok).length }));
    expect(kills, note).toBeGreaterThan(2);
    expect(acks.filter((a) => a.ok).length, note).toBeGreaterThan(20);

    const store = await openTestPgStore(schema);
    try {
      const audit = await store.auditAll();
      // Paging by seq returns the same log as one read: no entry is skipped between pages.
      const paged: AuditEntry[] = [];
      for (let after = 0; ; ) {
        const page = await store.auditAll({ afterSeq: after, limit: 37 });
        paged.push(...page);
        if (page.length < 37) break;
        after = (page[page.length - 1] as AuditEntry).seq;
      }
      expect(paged, note).toEqual(audit);
      // Every acknowledged accepted action is there, and the state the engine answered with.
      for (const ack of acks.filter((a) => a.ok))
        expect(acknowledged(audit, ack), `${note} ${JSON.stringify(ack)}`).toBe(true);
      const refused = new Set(
        audit.filter((e) => e.outcome === 'refused').map((e) => `${e.instance}|${e.action}|${e.refusal}`),
      );
      for (const ack of acks.filter((a) => !a.ok))
        expect(refused.has(`${ack.id}|${ack.action}|${ack.refusal}`), `${note} ${JSON.stringify(ack)}`).toBe(true);
      // No timer fired twice: one entry per (instance, kind, step, instant), and never more entries than fired timers.
      const timerEntries = audit.filter(
        (e) => e.actor.role === 'system' && ['deadline', 'reminder', 'posting-ended', 'window'].includes(e.action),
      );
      expect(timerEntries.length, note).toBeGreaterThan(0);
      const keys = timerEntries.map((e) => `${e.instance}|${e.action}|${JSON.stringify(e.data)}`);
      expect(new Set(keys).size, note).toBe(keys.length);
      const instances = await store.listInstances();
      expect(unmatchedTimerEntries(audit, await allTimers(store)), note).toEqual([]);
      // Gap-free: per instance, versions 1, 2, 3… in append order, each entry starting where the last one ended.
      const byInstance = new Map<string, AuditEntry[]>();
      for (const e of audit.filter((x) => x.outcome === 'accepted'))
        byInstance.set(e.instance, [...(byInstance.get(e.instance) ?? []), e]);
      for (const instance of instances) {
        const trail = byInstance.get(instance.id) ?? [];
        const versions = [...new Set(trail.map((e) => e.version as number))];
        expect(versions, `${note} ${instance.id}`).toEqual(versions.map((_, k) => k + 1));
        trail.forEach((e, k) => {
          expect(e.fromState, `${note} ${instance.id} #${k}`).toBe(k === 0 ? null : trail[k - 1]?.toState);
        });
        expect(instance.version, `${note} ${instance.id}`).toBe(Math.max(...versions));
        expect(instance.state, `${note} ${instance.id}`).toBe(trail[trail.length - 1]?.toState);
      }
      // Plans and fan-out: every child has its parent, and every child's end reached it in its transaction.
      expect(instances.filter((i) => i.workflow === 'plan').length, note).toBeGreaterThan(0);
      expect(await familyProblems(store), note).toEqual([]);
    } finally {
      await store.close();
    }
  }, 120_000);
});
