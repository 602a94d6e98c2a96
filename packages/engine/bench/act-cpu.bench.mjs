// CPU per durable action: seeds a SQLite file once (synchronous=NORMAL), then in a fresh child process 32 clients act
// `duyệt` on subject-group dossiers for BENCH_MS with synchronous=FULL; prints accepted/s, CPU ms per accepted action
// and the load average. BENCH_DOSSIERS (default 40000), BENCH_MS (default 4000), BENCH_RUNS (default 1, each run on a
// fresh copy of the seeded file), BENCH_CLIENTS (default 32), BENCH_PROFILE=1 profiles only the acting phase and lists
// the top self-time functions; BENCH_SEEDED=FILE keeps the seeded file there (reused when it exists); BENCH_PAGE_SIZE
// sets the SQLite page size of the seeded file (default the store's), BENCH_MMAP its mmapBytes. Imports the BUILT
// package.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, organisationFromUnits, VirtualClock } from '@tdkt/engine';
import { openSqliteStore } from '@tdkt/engine/sqlite';
import { actorFor, dossierSpec, provinceUnits, seed, T, templates, workflow } from './scale-data.mjs';

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 40_000);
const RUN_MS = Number(process.env.BENCH_MS ?? 4000);
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const PROFILE = process.env.BENCH_PROFILE === '1';
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** The acting phase, in this process: returns accepted/s and CPU ms per accepted action. */
async function act(file) {
  const commits = { count: 0, units: 0 };
  const store = await openSqliteStore(file, {
    ...(process.env.BENCH_SYNC === 'normal' ? { synchronous: 'normal' } : {}),
    ...(process.env.BENCH_MMAP === undefined ? {} : { mmapBytes: Number(process.env.BENCH_MMAP) }),
    onCommit: (units) => {
      commits.count++;
      commits.units += units;
    },
  });
  const engine = await createEngine({
    workflows: [workflow],
    store,
    clock: new VirtualClock(T),
    organisation: organisationFromUnits(provinceUnits()),
  });
  const targets = [];
  for (let i = 0; i < DOSSIERS; i++) if (dossierSpec(i).state === 1) targets.push(i);
  // A short warm-up (JIT, statement caches) on dossiers the timed phase does not use.
  const warm = targets.splice(0, 200);
  await Promise.all(
    warm.map(async (i) => {
      const r = await engine.act(`hs-${i}`, 'duyệt', { actor: actorFor('groupHead', dossierSpec(i).to) });
      if (!r.ok) throw new Error(`warm-up hs-${i}: ${r.refusal.code}`);
    }),
  );
  await engine.idle();
  let session;
  if (PROFILE) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  let next = 0;
  let accepted = 0;
  commits.count = 0;
  commits.units = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const stopAt = t0 + RUN_MS;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < stopAt && next < targets.length) {
        const i = targets[next++];
        const r = await engine.act(`hs-${i}`, 'duyệt', { actor: actorFor('groupHead', dossierSpec(i).to) });
        if (!r.ok) throw new Error(`act hs-${i}: ${r.refusal.code}`);
        accepted++;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  // Each accepted duyệt enters the council step, whose posting timer (0 days) is due at once: the work is not
  // done until those timers fired too. CPU and the sustained rate count the acting window plus that drain.
  const windowCommits = commits.count;
  await engine.idle();
  const sustained = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  let top = [];
  if (session !== undefined) {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    top = [...topSelf(profile, 25), 'inclusive, the engine and XState:', ...topTotal(profile, 25)];
  }
  if (next >= targets.length) console.error('  (ran out of dossiers before the time was up: raise BENCH_DOSSIERS)');
  await engine.close();
  await store.close();
  return {
    accepted,
    rate: accepted / seconds,
    sustained: accepted / sustained,
    windowCommits,
    cpuMsPerAction: (cpu.user + cpu.system) / 1000 / accepted,
    userMs: cpu.user / 1000 / accepted,
    systemMs: cpu.system / 1000 / accepted,
    commits: commits.count,
    unitsPerCommit: commits.units / commits.count,
    seconds,
    top,
  };
}

/** Self time per function (name, file:line) from a V8 CPU profile, largest first, as a share of all samples. */
function topSelf(profile, count) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hits = new Map();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const total = profile.samples.length;
  const self = new Map();
  for (const [id, n] of hits) {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(node_modules|packages)\//, '')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + n);
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, n]) => `${((100 * n) / total).toFixed(1).padStart(5)} %  ${key}`);
}

/** BENCH_STATEMENTS=1: time spent in each SQL statement during the acting phase (wraps better-sqlite3's methods). */
async function timeStatements() {
  const { default: Database } = await import('better-sqlite3');
  const times = new Map();
  const proto = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1'));
  for (const method of ['run', 'get', 'all']) {
    const original = proto[method];
    proto[method] = function (...args) {
      const t = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        const key = `${method} ${this.source.replace(/\s+/g, ' ').slice(0, 70)}`;
        const entry = times.get(key) ?? { ms: 0, calls: 0 };
        entry.ms += performance.now() - t;
        entry.calls++;
        times.set(key, entry);
      }
    };
  }
  return times;
}

/** Inclusive time per function of the engine and XState (each counted once per sample even when recursive). */
function topTotal(profile, count) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map();
  for (const id of profile.samples) {
    const keys = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at).callFrame;
      if (!/engine\/dist|xstate/.test(f.url)) continue;
      keys.add(
        `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(node_modules|packages)\//, '')}:${f.lineNumber + 1}`,
      );
    }
    for (const key of keys) total.set(key, (total.get(key) ?? 0) + 1);
  }
  return [...total.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, n]) => `${((100 * n) / profile.samples.length).toFixed(1).padStart(5)} %  ${key}`);
}

if (process.argv[2] === 'act') {
  const times = process.env.BENCH_STATEMENTS === '1' ? await timeStatements() : undefined;
  const result = await act(process.argv[3]);
  if (times !== undefined)
    result.top = [...times.entries()]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 25)
      .map(
        ([k, v]) =>
          `${(v.ms / result.accepted).toFixed(4)} ms/action, ${(v.calls / result.accepted).toFixed(2)} calls/action  ${k}`,
      );
  process.stdout.write(JSON.stringify(result));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-act-cpu-'));
  try {
    const seeded = process.env.BENCH_SEEDED ?? join(dir, 'seeded.db');
    if (!existsSync(seeded)) {
      const t = performance.now();
      const store = await openSqliteStore(seeded, {
        synchronous: 'normal',
        ...(process.env.BENCH_PAGE_SIZE === undefined ? {} : { pageSize: Number(process.env.BENCH_PAGE_SIZE) }),
      });
      await seed(store, await templates(), 0, DOSSIERS, { batch: 5000 });
      await store.close();
      console.log(`seeded ${DOSSIERS} dossiers in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    for (let run = 1; run <= RUNS; run++) {
      const file = join(dir, `run-${run}.db`);
      copyFileSync(seeded, file);
      for (const ext of ['-wal', '-shm']) if (existsSync(seeded + ext)) copyFileSync(seeded + ext, file + ext);
      const before = load();
      const r = await child(file);
      console.log(
        `run ${run}: ${CLIENTS} clients, ${r.accepted} accepted in ${RUN_MS} ms: ${Math.round(r.rate)}/s ` +
          `(${Math.round(r.sustained)}/s with their due timers fired), ` +
          `CPU ${r.cpuMsPerAction.toFixed(3)} ms/action (user ${r.userMs.toFixed(3)}, system ${r.systemMs.toFixed(3)}); ` +
          `${r.commits} commits (${r.windowCommits} in the window) of ${r.unitsPerCommit.toFixed(1)} units; ` +
          `load ${before} → ${load()}`,
      );
      for (const line of r.top) console.log(`  ${line}`);
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the acting phase in a fresh process (no seeding garbage, no seeding JIT state). */
function child(file) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), 'act', file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (c) => (out += c));
    proc.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`act phase exited ${code}`))));
  });
}
