// Data for the engine-scale benchmark: a province's unit tree and dossiers cloned from real engine runs into a store.
import { createEngine, createMemoryStore, organisationFromUnits, VirtualClock } from '@tdkt/engine';
import { actors, DAY, dossier, reviewWorkflow } from '../test/fixtures/review.mjs';

export const T = Date.UTC(2021, 4, 3, 1);
export const workflow = reviewWorkflow({ postingDays: 0, councilAt: null, selfDays: 10, groupDays: 5, directorDays: 10 });

/** A province: 1 sở, 30 phòng, 30 schools each, 5 subject groups each (4,500 tổ). */
export const SHAPE = { phong: 30, truongPerPhong: 30, toPerTruong: 5 };
export const TO_COUNT = SHAPE.phong * SHAPE.truongPerPhong * SHAPE.toPerTruong;
const truongOf = (to) => Math.floor(to / SHAPE.toPerTruong);
const phongOf = (to) => Math.floor(truongOf(to) / SHAPE.truongPerPhong);

export function provinceUnits() {
  const units = [{ id: 'so', level: 'sở' }];
  for (let p = 0; p < SHAPE.phong; p++) units.push({ id: `phong-${p}`, parent: 'so', level: 'phòng' });
  for (let s = 0; s < SHAPE.phong * SHAPE.truongPerPhong; s++) units.push({ id: `truong-${s}`, parent: `phong-${Math.floor(s / SHAPE.truongPerPhong)}`, level: 'trường' });
  for (let t = 0; t < TO_COUNT; t++) units.push({ id: `to-${t}`, parent: `truong-${truongOf(t)}`, level: 'tổ' });
  return units;
}

/** Who acts on a dossier of tổ `to` in each step. */
export function actorFor(who, to) {
  const unit = { owner: `to-${to}`, groupHead: `to-${to}`, chair: `truong-${truongOf(to)}`, district: `phong-${phongOf(to)}`, director: 'so' }[who];
  return { ...actors[who], unit };
}

/** States a dossier is in, by share: self-assessment, subject group, council, Phòng, Sở. */
const MIX = [[0.3, 0], [0.3, 1], [0.2, 2], [0.12, 3], [0.08, 4]];
const PATH = [['nộp', 'owner'], ['duyệt', 'groupHead'], ['duyệt', 'chair'], ['duyệt', 'district']];

/** One dossier per state, run through a real engine (memory store) in tổ 0: its record, work, timers, audit. */
export async function templates() {
  const store = createMemoryStore();
  const clock = new VirtualClock(T);
  const engine = await createEngine({ workflows: [workflow], store, clock, organisation: organisationFromUnits(provinceUnits()), newId: () => 'tpl' });
  const out = [];
  for (let k = 0; k <= 4; k++) {
    const id = `tpl-${k}`;
    await engine.start('xét_cuối_năm', { id, unit: 'to-0', owner: 'gv-1', dossier });
    for (const [action, who] of PATH.slice(0, k)) {
      const r = await engine.act(id, action, { actor: actorFor(who, 0) });
      if (!r.ok) throw new Error(`template ${k}: ${action} refused (${r.refusal.code})`);
      await engine.idle();
    }
    out.push({ record: await store.getInstance(id), work: await store.workOf(id), timers: await store.timersOf(id), audit: await store.audit(id) });
  }
  await engine.close();
  return out;
}

const LCG = (seed) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

/** The i-th dossier: its tổ, state and time shift (1 to 61 days after T), deterministic. */
export function dossierSpec(i) {
  const random = LCG(i * 7919 + 17);
  random();
  const to = Math.floor(random() * TO_COUNT);
  let pick = random();
  let state = 0;
  for (const [share, s] of MIX) {
    state = s;
    if ((pick -= share) < 0) break;
  }
  return { id: `hs-${i}`, to, state, shift: DAY + Math.floor(random() * 60 * DAY), owner: `gv-${i % 100_000}` };
}

/** Writes dossiers `from`..`to`-1 into `store`, `batch` per transaction, `parallel` transactions at once. */
export async function seed(store, tpl, from, to, { batch = 1000, parallel = 1 } = {}) {
  await store.transaction((tx) => tx.putWorkflow({ name: workflow.name, version: workflow.version, sourceHash: workflow.sourceHash, definition: workflow.json, createdAt: T }));
  const write = async (start, end) => {
    await store.transaction(async (tx) => {
      for (let i = start; i < end; i++) {
        const d = dossierSpec(i);
        const t = tpl[d.state];
        const unitMap = { 'to-0': `to-${d.to}`, 'truong-0': `truong-${truongOf(d.to)}`, 'phong-0': `phong-${phongOf(d.to)}`, so: 'so' };
        const s = (x) => (x === null ? null : x + d.shift);
        const r = t.record;
        await tx.insertInstance({
          ...r, id: d.id, unit: unitMap[r.unit], owner: d.owner, createdAt: r.createdAt + d.shift, updatedAt: r.updatedAt + d.shift,
          steps: r.steps.map((st) => ({ step: st.step, enteredAt: st.enteredAt + d.shift, deadline: s(st.deadline) })),
        });
        await tx.putWork(d.id, t.work.map((w) => ({ ...w, unit: unitMap[w.unit], ownerOnly: w.ownerOnly === null ? null : d.owner })));
        for (const timer of t.timers) {
          const id = await tx.addTimer({ instance: d.id, kind: timer.kind, step: timer.step, fireAt: timer.fireAt + d.shift, payload: timer.payload });
          if (timer.firedAt !== null) await tx.markTimerFired(id, timer.firedAt + d.shift);
        }
        for (const e of t.audit) await tx.appendAudit({ ...e, instance: d.id, time: e.time + d.shift });
      }
    });
  };
  const chunks = [];
  for (let start = from; start < to; start += batch) chunks.push([start, Math.min(to, start + batch)]);
  for (let k = 0; k < chunks.length; k += parallel) await Promise.all(chunks.slice(k, k + parallel).map(([a, b]) => write(a, b)));
}
