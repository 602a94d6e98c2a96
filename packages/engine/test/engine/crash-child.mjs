// Crash-test child: applies a deterministic stream of actions to a SQLite-backed engine (the BUILT
// package) and prints "ack <json>" after each one is committed, until killed.
import { createEngine, organisationFromUnits, VirtualClock } from '@tdkt/engine';
import { openSqliteStore } from '@tdkt/engine/sqlite';
import { planStep, planUnits, planWorkflows } from '../fixtures/crash-plans.mjs';
import { actors, DAY, dossier, reviewPath, reviewWorkflow, units } from '../fixtures/review.mjs';

const [file, runArg, startArg] = process.argv.slice(2);
const run = Number(runArg);
const workflow = reviewWorkflow({ groupDays: 2, selfDays: 3, postingDays: 1, councilAt: null, directorDays: 4 });
const store = await openSqliteStore(file);
// Each run starts later than the last could have reached, so catch-up has work to do.
const clock = new VirtualClock(Number(startArg));
const engine = await createEngine({
  workflows: [workflow, ...planWorkflows()],
  store,
  clock,
  organisation: organisationFromUnits([...units, ...planUnits]),
  newId: (() => {
    let n = 0;
    return () => `r${run}-${++n}`;
  })(),
});
const out = (line) => process.stdout.write(`${line}\n`);
out('ready');

let seed = 1234 + run;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const path = reviewPath;
const live = [];
const plans = [];
const ack = (id, action, r) =>
  out(
    `ack ${JSON.stringify({ id, action, ok: r.ok, version: r.ok ? r.version : null, refusal: r.ok ? null : r.refusal.code })}`,
  );

for (;;) {
  // Plans and fan-out: started, acted on in the dossiers they start, their timers fired with the rest.
  if (random() < 0.4) {
    await planStep(engine, random, ack, plans);
    continue;
  }
  if (live.length < 5 || random() < 0.2) {
    const r = await engine.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier });
    out(`ack ${JSON.stringify({ id: r.id, action: 'start', ok: r.ok, version: r.ok ? r.version : null })}`);
    if (r.ok) live.push(r.id);
  }
  const id = live[Math.floor(random() * live.length)];
  const view = await engine.instance(id);
  if (view === undefined || view.status === 'done') {
    live.splice(live.indexOf(id), 1);
    continue;
  }
  const [action, who] = path[Math.floor(random() * path.length)];
  const data = action === 'quyết_định' ? { số: '7/QĐ-SGD' } : undefined;
  const r = await engine.act(id, action, { actor: actors[who], ...(data ? { data } : {}) });
  out(
    `ack ${JSON.stringify({ id, action, ok: r.ok, version: r.ok ? r.version : null, refusal: r.ok ? null : r.refusal.code })}`,
  );
  if (random() < 0.3) {
    clock.advanceBy(Math.floor(random() * DAY));
    await engine.idle();
    out(`time ${clock.now()}`);
  }
}
