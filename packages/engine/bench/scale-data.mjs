// Data for the engine-scale benchmark: a province's unit tree and dossiers cloned from real engine runs into a store.
import { createEngine, createMemoryStore, organisationFromUnits, VirtualClock } from '@tdkt/engine';

export { putWorkflow };

import { actors, DAY, dossier, reviewWorkflow } from '../test/fixtures/review.mjs';

export const T = Date.UTC(2021, 4, 3, 1);
export const workflow = reviewWorkflow({
  postingDays: 0,
  councilAt: null,
  selfDays: 10,
  groupDays: 5,
  directorDays: 10,
});

/** A province: 1 sở, 30 phòng, 30 schools each, 5 subject groups each (4,500 tổ). */
const SHAPE = { phong: 30, truongPerPhong: 30, toPerTruong: 5 };
export const TO_COUNT = SHAPE.phong * SHAPE.truongPerPhong * SHAPE.toPerTruong;
const truongOf = (to) => Math.floor(to / SHAPE.toPerTruong);
const phongOf = (to) => Math.floor(truongOf(to) / SHAPE.truongPerPhong);

export function provinceUnits() {
  const units = [{ id: 'so', level: 'sở' }];
  for (let p = 0; p < SHAPE.phong; p++) units.push({ id: `phong-${p}`, parent: 'so', level: 'phòng' });
  for (let s = 0; s < SHAPE.phong * SHAPE.truongPerPhong; s++)
    units.push({ id: `truong-${s}`, parent: `phong-${Math.floor(s / SHAPE.truongPerPhong)}`, level: 'trường' });
  for (let t = 0; t < TO_COUNT; t++) units.push({ id: `to-${t}`, parent: `truong-${truongOf(t)}`, level: 'tổ' });
  return units;
}

/** Who acts on a dossier of tổ `to` in each step. */
export function actorFor(who, to) {
  const unit = {
    owner: `to-${to}`,
    groupHead: `to-${to}`,
    chair: `truong-${truongOf(to)}`,
    district: `phong-${phongOf(to)}`,
    director: 'so',
  }[who];
  return { ...actors[who], unit };
}

/** States a dossier is in, by share: self-assessment, subject group, council, Phòng, Sở. */
const MIX = [
  [0.3, 0],
  [0.3, 1],
  [0.2, 2],
  [0.12, 3],
  [0.08, 4],
];
const PATH = [
  ['nộp', 'owner'],
  ['duyệt', 'groupHead'],
  ['duyệt', 'chair'],
  ['duyệt', 'district'],
];

/** One dossier per state, run through a real engine (memory store) in tổ 0: its record, work, timers, audit. */
export async function templates() {
  const store = createMemoryStore();
  const clock = new VirtualClock(T);
  const engine = await createEngine({
    workflows: [workflow],
    store,
    clock,
    organisation: organisationFromUnits(provinceUnits()),
    newId: () => 'tpl',
  });
  const out = [];
  for (let k = 0; k <= 4; k++) {
    const id = `tpl-${k}`;
    await engine.start('xét_cuối_năm', { id, unit: 'to-0', owner: 'gv-1', dossier });
    for (const [action, who] of PATH.slice(0, k)) {
      const r = await engine.act(id, action, { actor: actorFor(who, 0) });
      if (!r.ok) throw new Error(`template ${k}: ${action} refused (${r.refusal.code})`);
      await engine.idle();
    }
    out.push({
      record: await store.getInstance(id),
      work: await store.workOf(id),
      timers: await store.timersOf(id),
      audit: await store.audit(id),
    });
  }
  await engine.close();
  return out;
}

const LCG = (seed) => () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

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

/** The i-th dossier as the rows a store keeps: instance, work items, timers, audit entries (times shifted). */
function dossierRows(tpl, i) {
  const d = dossierSpec(i);
  const t = tpl[d.state];
  const unitMap = {
    'to-0': `to-${d.to}`,
    'truong-0': `truong-${truongOf(d.to)}`,
    'phong-0': `phong-${phongOf(d.to)}`,
    so: 'so',
  };
  const r = t.record;
  return {
    record: {
      ...r,
      id: d.id,
      unit: unitMap[r.unit],
      owner: d.owner,
      createdAt: r.createdAt + d.shift,
      updatedAt: r.updatedAt + d.shift,
      steps: r.steps.map((st) => ({
        step: st.step,
        enteredAt: st.enteredAt + d.shift,
        deadline: st.deadline === null ? null : st.deadline + d.shift,
      })),
    },
    work: t.work.map((w) => ({ ...w, unit: unitMap[w.unit], ownerOnly: w.ownerOnly === null ? null : d.owner })),
    timers: t.timers.map((timer) => ({
      ...timer,
      instance: d.id,
      fireAt: timer.fireAt + d.shift,
      firedAt: timer.firedAt === null ? null : timer.firedAt + d.shift,
    })),
    audit: t.audit.map((e) => ({ ...e, instance: d.id, time: e.time + d.shift })),
  };
}

const putWorkflow = (store) =>
  store.transaction((tx) =>
    tx.putWorkflow({
      name: workflow.name,
      version: workflow.version,
      sourceHash: workflow.sourceHash,
      definition: workflow.json,
      createdAt: T,
    }),
  );

/** Writes dossiers `from`..`to`-1 through the Store API, `batch` per transaction, `parallel` transactions at once. */
export async function seed(store, tpl, from, to, { batch = 1000, parallel = 1 } = {}) {
  await putWorkflow(store);
  const write = (start, end) =>
    store.transaction(async (tx) => {
      for (let i = start; i < end; i++) {
        const { record, work, timers, audit } = dossierRows(tpl, i);
        await tx.insertInstance(record);
        await tx.putWork(record.id, work);
        for (const timer of timers) {
          const id = await tx.addTimer({
            instance: timer.instance,
            kind: timer.kind,
            step: timer.step,
            fireAt: timer.fireAt,
            payload: timer.payload,
          });
          if (timer.firedAt !== null) await tx.markTimerFired(id, timer.firedAt);
        }
        for (const { seq, ...entry } of audit) await tx.appendAudit(entry);
      }
    });
  const chunks = [];
  for (let start = from; start < to; start += batch) chunks.push([start, Math.min(to, start + batch)]);
  for (let k = 0; k < chunks.length; k += parallel)
    await Promise.all(chunks.slice(k, k + parallel).map(([a, b]) => write(a, b)));
}

const NO_DEADLINE = Number.MAX_SAFE_INTEGER;

/**
 * Writes dossiers `from`..`to`-1 straight into a PostgreSQL schema of the store, the same rows the Store API
 * writes (the benchmark checks that on a sample), one multi-row INSERT per table and chunk: a million dossiers
 * through the API would take most of an hour here. Audit entries get negative seqs (in order), below every real one.
 */
export async function bulkSeedPostgres(client, schema, tpl, from, to, chunk = 5000) {
  const S = `"${schema}"`;
  for (let start = from; start < to; start += chunk) {
    const cols = {
      i: [[], [], [], [], [], [], [], [], [], [], [], [], []],
      o: [[], [], [], []],
      w: Array.from({ length: 14 }, () => []),
      t: Array.from({ length: 6 }, () => []),
      a: Array.from({ length: 13 }, () => []),
    };
    for (let n = start; n < Math.min(to, start + chunk); n++) {
      const { record: r, work, timers, audit } = dossierRows(tpl, n);
      [
        r.id,
        r.workflow,
        r.workflowVersion,
        r.unit,
        r.owner,
        JSON.stringify(r.snapshot),
        r.state,
        JSON.stringify(r.steps),
        r.version,
        r.status,
        r.outcome,
        r.createdAt,
        r.updatedAt,
      ].forEach((v, k) => {
        cols.i[k].push(v);
      });
      const steps = new Map(r.steps.map((st) => [st.step, st]));
      if (r.status === 'active')
        for (const st of r.steps)
          [r.id, st.step, st.deadline, st.enteredAt].forEach((v, k) => {
            cols.o[k].push(v);
          });
      for (const w of work) {
        const st = steps.get(w.step);
        [
          w.role,
          w.unit,
          w.ownerOnly ?? '',
          st?.deadline ?? NO_DEADLINE,
          r.id,
          w.step,
          r.workflow,
          r.workflowVersion,
          r.unit,
          r.owner,
          st?.enteredAt ?? r.updatedAt,
          st?.deadline ?? null,
          JSON.stringify(w.actions),
          r.version,
        ].forEach((v, k) => {
          cols.w[k].push(v);
        });
      }
      for (const t of timers)
        [t.instance, t.kind, t.step, t.fireAt, JSON.stringify(t.payload ?? null), t.firedAt].forEach((v, k) => {
          cols.t[k].push(v);
        });
      audit.forEach((e, k) => {
        [
          n * 16 + k - 2 ** 50,
          e.instance,
          e.time,
          e.actor.id,
          e.actor.role,
          e.actor.unit,
          e.action,
          e.fromState,
          e.toState,
          JSON.stringify(e.data ?? null),
          e.outcome,
          e.refusal,
          e.version,
        ].forEach((v, c) => {
          cols.a[c].push(v);
        });
      });
    }
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO ${S}.instances (id, workflow, workflow_version, unit, owner, snapshot, state, steps, version, status, outcome, created_at, updated_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::json[], $7::text[], $8::json[], $9::int[], $10::text[], $11::text[], $12::bigint[], $13::bigint[])`,
      cols.i,
    );
    await client.query(
      `INSERT INTO ${S}.open_steps (instance, step, deadline, entered_at) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[])`,
      cols.o,
    );
    await client.query(
      `INSERT INTO ${S}.work_queue (role, unit, owner_key, sort_at, instance, step, workflow, workflow_version, instance_unit, owner, entered_at, deadline, actions, version)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[], $10::text[], $11::bigint[], $12::bigint[], $13::json[], $14::int[])`,
      cols.w,
    );
    await client.query(
      `INSERT INTO ${S}.timers (instance, kind, step, fire_at, payload, fired_at) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::json[], $6::bigint[])`,
      cols.t,
    );
    await client.query(
      `INSERT INTO ${S}.audit (seq, instance, time, actor_id, actor_role, actor_unit, action, from_state, to_state, data, outcome, refusal, version)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::json[], $11::text[], $12::text[], $13::int[])`,
      cols.a,
    );
    await client.query('COMMIT');
  }
}
