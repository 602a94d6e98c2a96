// PostgreSQL crash-test child: one of several engine processes on one schema (the BUILT package). It starts
// dossiers, acts on its own and on any process's dossiers found through the work queue, prints "ack <json>"
// after each answer until told to stop (a line on stdin), and fires timers until killed. Time runs SPEED times faster than the wall clock, the
// same for every process.
import { createEngine, organisationFromUnits } from '@tdkt/engine';
import { openPostgresStore } from '@tdkt/engine/postgres';
import { planStep, planUnits, planWorkflows } from '../fixtures/crash-plans.mjs';
import { actors, dossier, reviewPath, reviewWorkflow, units } from '../fixtures/review.mjs';

const [url, schema, slot, run, wallStart, virtualStart, speedArg, seedArg] = process.argv.slice(2);
// The parent writes a line to stdin when the burst is over: stop acting, go on firing timers.
let acting = true;
process.stdin.on('data', () => (acting = false));
const W0 = Number(wallStart);
const T0 = Number(virtualStart);
const SPEED = Number(speedArg);
const handles = new Map();
let nextHandle = 1;
/** The shared fast clock; a callback waits at least 20 ms of wall time, so a retry "in a second" does not spin. */
const clock = {
  now: () => Math.floor(T0 + (Date.now() - W0) * SPEED),
  setTimeout(fn, ms) {
    const id = nextHandle++;
    handles.set(
      id,
      setTimeout(
        () => {
          handles.delete(id);
          fn();
        },
        Math.max(20, ms / SPEED),
      ),
    );
    return id;
  },
  clearTimeout(id) {
    clearTimeout(handles.get(id));
    handles.delete(id);
  },
};

const out = (line) => process.stdout.write(`${line}\n`);
const store = await openPostgresStore(url, { schema, poolSize: 4 });
let n = 0;
const engine = await createEngine({
  workflows: [
    reviewWorkflow({ groupDays: 2, selfDays: 3, postingDays: 1, councilAt: null, directorDays: 4 }),
    ...planWorkflows(),
  ],
  store,
  clock,
  organisation: organisationFromUnits([...units, ...planUnits]),
  newId: () => `s${slot}r${run}-${++n}`,
  onEvent: (e) => {
    if (e.type === 'error') process.stderr.write(`engine error: ${e.error?.stack ?? e.error}\n`);
  },
});
out('ready');

let seed = Number(seedArg) + 7919 * Number(slot) + 104729 * Number(run);
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const path = reviewPath;
const queues = [
  ['groupHead', 'tổ_trưởng', 'to-toan', 'duyệt'],
  ['chair', 'chủ_tịch_hđ', 'thcs-ks', 'duyệt'],
  ['district', 'chuyên_viên', 'phong-gl', 'duyệt'],
  ['director', 'giám_đốc', 'so-hp', 'quyết_định'],
];
const live = [];
const ack = (id, action, r) =>
  out(
    `ack ${JSON.stringify({ id, action, ok: r.ok, version: r.ok ? r.version : null, refusal: r.ok ? null : r.refusal.code })}`,
  );
const plans = [];

while (acting) {
  // Plans and fan-out too: several processes act on the same plan's dossiers and deliver to the same parents.
  if (random() < 0.35) {
    await planStep(engine, random, ack, plans);
    continue;
  }
  if (live.length < 4 || random() < 0.15) {
    const r = await engine.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier });
    ack(r.id, 'start', r);
    if (r.ok) live.push(r.id);
  }
  let id;
  let action;
  let who;
  if (random() < 0.5 && live.length > 0) {
    id = live[Math.floor(random() * live.length)];
    [action, who] = path[Math.floor(random() * path.length)];
  } else {
    // Anyone's dossier, from a reviewer's work queue: the processes race for the same dossiers.
    const [role, , unit, verb] = queues[Math.floor(random() * queues.length)];
    const { items } = await engine.tasks({ role: actors[role].role, unit, limit: 5 });
    const task = items[Math.floor(random() * items.length)];
    if (task === undefined) continue;
    [id, action, who] = [task.instance, verb, role];
  }
  const data = action === 'quyết_định' ? { số: '7/QĐ-SGD' } : undefined;
  const r = await engine.act(id, action, { actor: actors[who], ...(data ? { data } : {}) });
  ack(id, action, r);
  const k = live.indexOf(id);
  if (!r.ok && r.refusal.code === 'instance-closed' && k >= 0) live.splice(k, 1);
}
out('stopped acting');
// Timers go on firing until the parent kills the process.
