// Engine throughput: accepted actions per second on the in-memory store and on SQLite (durable),
// driving the hand-written five-level review through to the Sở decision. Imports the BUILT package.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, createMemoryStore, MachineRunner, organisationFromUnits, VirtualClock } from '@tdkt/engine';
import { openSqliteStore } from '@tdkt/engine/sqlite';
import { actors, dossier, reviewWorkflow, units } from '../test/fixtures/review.mjs';

const N = Number(process.env.BENCH_N ?? 2000);
const T0 = Date.UTC(2021, 4, 3, 1);
const workflow = reviewWorkflow({ postingDays: 0 });
const org = organisationFromUnits(units);
const path = [
  ['nộp', 'owner'],
  ['duyệt', 'groupHead'],
  ['duyệt', 'chair'],
  ['duyệt', 'district'],
  ['quyết_định', 'director', { số: '12/QĐ-SGD' }],
];

/** Starts `n` dossiers and drives each to the decision; returns accepted actions/s (start counted as one). */
async function drive(store, n) {
  const clock = new VirtualClock(T0);
  let k = 0;
  const engine = await createEngine({
    workflows: [workflow],
    store,
    clock,
    organisation: org,
    newId: () => `hs-${++k}`,
  });
  let accepted = 0;
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    const started = await engine.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier });
    if (!started.ok) throw new Error(started.refusal.message);
    accepted++;
    for (const [action, who, data] of path) {
      if (action === 'duyệt' && who === 'chair') await engine.idle(); // the 0-day posting period ends
      const r = await engine.act(started.id, action, { actor: actors[who], ...(data ? { data } : {}) });
      if (!r.ok) throw new Error(`${action}: ${r.refusal.message}`);
      accepted++;
    }
  }
  const seconds = (performance.now() - t) / 1000;
  await engine.close();
  return { rate: accepted / seconds, accepted, seconds };
}

function runnerRate() {
  const runner = new MachineRunner(workflow.machine);
  const input = { dossier, unit: 'to-toan', owner: 'gv-1' };
  const events = [
    { type: 'nộp', actor: actors.owner },
    { type: 'duyệt', actor: actors.groupHead },
    { type: 'tdkt.posting-ended' },
    { type: 'duyệt', actor: actors.chair },
    { type: 'duyệt', actor: actors.district },
    { type: 'quyết_định', actor: actors.director, data: { số: '1/QĐ' } },
  ];
  const n = 20_000;
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    let s = runner.initial(input);
    for (const e of events) s = runner.transition(s, e);
  }
  return (n * events.length) / ((performance.now() - t) / 1000);
}

const fmt = (x) => Math.round(x).toLocaleString('en-US');
const dir = mkdtempSync(join(tmpdir(), 'tdkt-bench-'));
try {
  console.log(`pure machine steps (MachineRunner, no store): ${fmt(runnerRate())} transitions/s`);
  await drive(createMemoryStore(), 200); // warm-up
  const memory = await drive(createMemoryStore(), N);
  console.log(
    `in-memory store: ${fmt(memory.rate)} accepted actions/s (${memory.accepted} in ${memory.seconds.toFixed(2)} s)`,
  );
  const full = await drive(await openSqliteStore(join(dir, 'full.db')), Math.min(N, 1000));
  console.log(
    `SQLite, synchronous=FULL (default, durable): ${fmt(full.rate)} accepted actions/s (${full.accepted} in ${full.seconds.toFixed(2)} s)`,
  );
  const normal = await drive(await openSqliteStore(join(dir, 'normal.db'), { synchronous: 'normal' }), N);
  console.log(
    `SQLite, synchronous=NORMAL (survives a process crash, not power loss): ${fmt(normal.rate)} accepted actions/s (${normal.accepted} in ${normal.seconds.toFixed(2)} s)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
