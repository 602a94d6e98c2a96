// A plan's scale: one Phòng's plan (the test fixture) over N teachers — the row that opens in May starts N dossiers
// in one transaction, each submission is delivered to the plan in its own. Imports the BUILT package.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, createMemoryStore, organisationFromUnits, VirtualClock, workflowsFromFiles } from '@tdkt/engine';
import { openSqliteStore } from '@tdkt/engine/sqlite';

const fixture = fileURLToPath(new URL('../test/fixtures/plan.tdkt', import.meta.url));
const { workflows } = workflowsFromFiles([fixture], (p) => readFileSync(p, 'utf8'), { version: 1 });
const vn = (day, month, year) => Date.UTC(year, month - 1, day) - 7 * 3_600_000;

/** A Phòng, 10 schools, 4 groups each, `teachers` spread over the groups. */
function units(teachers) {
  const list = [{ id: 'phong', level: 'phòng' }];
  for (let s = 0; s < 10; s++) {
    list.push({ id: `truong-${s}`, parent: 'phong', level: 'trường' });
    for (let g = 0; g < 4; g++) list.push({ id: `to-${s}-${g}`, parent: `truong-${s}`, level: 'tổ' });
  }
  for (let t = 0; t < teachers; t++)
    list.push({ id: `gv-${t}`, parent: `to-${t % 10}-${Math.floor(t / 10) % 4}`, level: 'cá_nhân' });
  return list;
}

async function run(store, teachers) {
  const clock = new VirtualClock(vn(1, 8, 2020));
  const org = units(teachers);
  const engine = await createEngine({
    workflows,
    store,
    clock,
    organisation: organisationFromUnits(org),
    newId: () => 'kh',
  });
  await engine.startPlan('plan', { unit: 'phong', dossiers: { xét: { đã_đăng_ký: true } } });
  const t0 = performance.now();
  clock.advanceTo(vn(1, 5, 2021));
  await engine.idle();
  const opened = performance.now() - t0;
  const t1 = performance.now();
  for (let t = 0; t < teachers; t++) {
    const unit = org.find((u) => u.id === `gv-${t}`).parent;
    const r = await engine.act(`kh/tự_đánh_giá/gv-${t}`, 'submit', {
      actor: { id: `gv-${t}`, role: 'giáo_viên', unit },
    });
    if (!r.ok) throw new Error(r.refusal.message);
  }
  const submitted = performance.now() - t1;
  const plan = await store.getInstance('kh');
  await engine.close();
  return { opened, submitted, planBytes: JSON.stringify(plan.snapshot).length };
}

const fmt = (x) => Math.round(x).toLocaleString('en-US');
const dir = mkdtempSync(join(tmpdir(), 'tdkt-plan-bench-'));
try {
  for (const teachers of (process.env.BENCH_TEACHERS ?? '100,1000').split(',').map(Number)) {
    for (const [name, open] of [
      ['in-memory', async () => createMemoryStore()],
      ['SQLite FULL', async () => openSqliteStore(join(dir, `p-${teachers}.db`))],
    ]) {
      const store = await open();
      const r = await run(store, teachers);
      await store.close();
      console.log(
        `${name}, ${teachers} teachers: the May row opens (${teachers} dossiers, one transaction) in ${fmt(r.opened)} ms; ${teachers} submissions delivered to the plan: ${fmt((teachers / r.submitted) * 1000)}/s; plan snapshot ${fmt(r.planBytes / 1024)} KB`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
