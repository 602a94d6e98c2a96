// The engine at province scale: tasks/overdue/act latency at 10k…1M active dossiers on SQLite and PostgreSQL, durable
// act throughput with 1/8/32 concurrent clients, and 1/2/3 engine processes on one PostgreSQL. Imports the BUILT package.
// BENCH_SCALES=10000,100000,1000000 (default 10000,100000), BENCH_STORES=sqlite,postgres, BENCH_PARTS=queries,throughput,
// BENCH_MS (per throughput run), BENCH_PAGE_SIZE (SQLite page size of the new files; default the store's),
// TDKT_PG_URL (default the local server; a schema of its own, dropped at the end).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, organisationFromUnits, VirtualClock } from '@tdkt/engine';
import { openPostgresStore } from '@tdkt/engine/postgres';
import { openSqliteStore } from '@tdkt/engine/sqlite';
import pg from 'pg';
import { DAY } from '../test/fixtures/review.mjs';
import {
  actorFor,
  bulkSeedPostgres,
  dossierSpec,
  provinceUnits,
  putWorkflow,
  seed,
  T,
  TO_COUNT,
  templates,
  workflow,
} from './scale-data.mjs';

const SCALES = (process.env.BENCH_SCALES ?? '10000,100000').split(',').map(Number);
const STORES = (process.env.BENCH_STORES ?? 'sqlite,postgres').split(',');
const RUN_MS = Number(process.env.BENCH_MS ?? 3000);
const PAGE = process.env.BENCH_PAGE_SIZE === undefined ? {} : { pageSize: Number(process.env.BENCH_PAGE_SIZE) };
/** Which parts to run: queries (latency at each scale), throughput (concurrent clients, processes). */
const PARTS = (process.env.BENCH_PARTS ?? 'queries,throughput').split(',');
const PG_URL = process.env.TDKT_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const org = organisationFromUnits(provinceUnits());
const fmt = (x) => Math.round(x).toLocaleString('en-US');
const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1));

async function engineOn(store) {
  return createEngine({ workflows: [workflow], store, clock: new VirtualClock(T), organisation: org });
}

/** Median and 95th percentile of `runs` timed calls of `fn(k)`, in ms. */
async function timed(runs, fn) {
  const times = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    await fn(k);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return `${ms(times[Math.floor(runs / 2)])} / ${ms(times[Math.floor(runs * 0.95)])}`;
}

/** Dossier indexes below `n` that start in the subject-group step (acted on with `duyệt`), from `from` on. */
function groupStepDossiers(from, n, count) {
  const out = [];
  for (let i = from; i < n && out.length < count; i++) if (dossierSpec(i).state === 1) out.push(i);
  return out;
}

async function pageAfter(fn, pages) {
  let after;
  for (let p = 0; p < pages; p++) after = (await fn(after)).next;
  return after;
}

async function queries(kind, engine, n, used) {
  const pick = (k) => (k * 2654435761) % TO_COUNT;
  const results = {
    'tasks: tổ head, own tổ (≈ n/15k)': await timed(40, (k) =>
      engine.tasks({ role: 'tổ_trưởng', unit: `to-${pick(k)}`, limit: 50 }),
    ),
    'tasks: teacher, own self-assessment': await timed(40, (k) =>
      engine.tasks({ role: 'cá_nhân', unit: `to-${pick(k)}`, actorId: `gv-${k * 37}`, limit: 50 }),
    ),
    'tasks: council chair, school': await timed(40, (k) =>
      engine.tasks({ role: 'chủ_tịch_hđ', unit: `truong-${pick(k) % 900}`, limit: 50 }),
    ),
    'tasks: Phòng, first page of ≈ n/250': await timed(40, (k) =>
      engine.tasks({ role: 'chuyên_viên', unit: `phong-${k % 30}`, limit: 50 }),
    ),
    'tasks: Sở, first page of ≈ 8 % of n': await timed(40, () =>
      engine.tasks({ role: 'giám_đốc', unit: 'so', limit: 50 }),
    ),
  };
  const soAfter = await pageAfter(
    (after) => engine.tasks({ role: 'giám_đốc', unit: 'so', limit: 50, ...(after ? { after } : {}) }),
    10,
  );
  results['tasks: Sở, 11th page by cursor'] = await timed(40, () =>
    engine.tasks({ role: 'giám_đốc', unit: 'so', limit: 50, after: soAfter }),
  );
  const at = T + 31 * DAY;
  results['overdue: first page (100) of ≈ n/2'] = await timed(40, () => engine.overdue({ at, limit: 100 }));
  const overAfter = await pageAfter((after) => engine.overdue({ at, limit: 100, ...(after ? { after } : {}) }), 10);
  results['overdue: 11th page by cursor'] = await timed(40, () => engine.overdue({ at, limit: 100, after: overAfter }));
  const targets = groupStepDossiers(used.next, n, 40);
  used.next = (targets[targets.length - 1] ?? used.next) + 1;
  results['act: one durable action (duyệt)'] = await timed(targets.length, async (k) => {
    const i = targets[k];
    const r = await engine.act(`hs-${i}`, 'duyệt', { actor: actorFor('groupHead', dossierSpec(i).to) });
    if (!r.ok) throw new Error(`act hs-${i}: ${r.refusal.code}`);
  });
  console.log(`\n${kind}, ${fmt(n)} active dossiers — median / p95 ms:`);
  for (const [what, figure] of Object.entries(results)) console.log(`  ${what.padEnd(40)} ${figure}`);
}

/** `clients` concurrent clients act on the given dossiers for RUN_MS, then the timers they made due fire: accepted actions per second (over both), dossiers used. */
async function throughput(engine, targets, clients) {
  let next = 0;
  let accepted = 0;
  const stopAt = performance.now() + RUN_MS;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < stopAt && next < targets.length) {
        const i = targets[next++];
        const r = await engine.act(`hs-${i}`, 'duyệt', { actor: actorFor('groupHead', dossierSpec(i).to) });
        if (!r.ok) throw new Error(`act hs-${i}: ${r.refusal.code}`);
        accepted++;
      }
    }),
  );
  // Each accepted duyệt makes the council step's posting timer (0 days) due: the run ends when those fired too.
  await engine.idle();
  const seconds = (performance.now() - t) / 1000;
  if (next >= targets.length) console.error('  (ran out of dossiers before the time was up)');
  return { rate: accepted / seconds, used: next, accepted, ms: seconds * 1000 };
}

async function pgAdmin(text) {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

async function sqliteRuns(dir, tpl) {
  const file = join(dir, 'scale.db');
  const store = await openSqliteStore(file, PAGE);
  const engine = await engineOn(store);
  const used = { next: 0 };
  let seeded = 0;
  for (const n of PARTS.includes('queries') ? SCALES : []) {
    const t = performance.now();
    await seed(store, tpl, seeded, n, { batch: 2000 });
    seeded = n;
    console.log(
      `\n(SQLite: seeded to ${fmt(n)} in ${((performance.now() - t) / 1000).toFixed(1)} s; file ${fmt(statSync(file).size / 2 ** 20)} MB)`,
    );
    await queries('SQLite (synchronous=FULL)', engine, n, used);
  }
  await engine.close();
  await store.close();
  if (!PARTS.includes('throughput')) return;

  // Throughput on a fresh file: every client's action is durable before it is answered.
  const tfile = join(dir, 'throughput.db');
  const pool = 200_000;
  const seedStore = await openSqliteStore(tfile, { ...PAGE, synchronous: 'normal' });
  await seed(seedStore, tpl, 0, pool, { batch: 5000 });
  await seedStore.close();
  const targets = groupStepDossiers(0, pool, pool);
  let offset = 0;
  console.log(`\nSQLite, synchronous=FULL, accepted actions/s (${RUN_MS} ms each):`);
  for (const [clients, maxBatch] of [
    [1, 256],
    [8, 256],
    [32, 256],
    [32, 1],
  ]) {
    const s = await openSqliteStore(tfile, { maxBatch });
    const engine = await engineOn(s);
    const { rate, used } = await throughput(engine, targets.slice(offset), clients);
    offset += used;
    console.log(
      `  ${String(clients).padStart(2)} clients${maxBatch === 1 ? ', no group commit (maxBatch 1)' : ''}: ${fmt(rate)}`,
    );
    await engine.close();
    await s.close();
  }
}

/** Bulk rows must be the rows the Store API writes: compare a sample seeded both ways. */
async function checkBulkSeed(tpl, schema) {
  const api = await openPostgresStore(PG_URL, { schema: `${schema}_api` });
  const bulk = await openPostgresStore(PG_URL, { schema: `${schema}_bulk` });
  try {
    await seed(api, tpl, 0, 60);
    await putWorkflow(bulk);
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await bulkSeedPostgres(client, `${schema}_bulk`, tpl, 0, 60);
    await client.end();
    const view = async (store, i) => ({
      instance: await store.getInstance(`hs-${i}`),
      work: await store.workOf(`hs-${i}`),
      timers: (await store.timersOf(`hs-${i}`)).map(({ id, ...t }) => t),
      audit: (await store.audit(`hs-${i}`)).map(({ seq, ...e }) => e),
    });
    for (let i = 0; i < 60; i++) {
      const [x, y] = [JSON.stringify(await view(api, i)), JSON.stringify(await view(bulk, i))];
      if (x !== y) throw new Error(`bulk seeding differs from the Store API for hs-${i}:\n${x}\n${y}`);
    }
    const queues = async (store) =>
      JSON.stringify([
        await store.overdueSteps({ at: T + 90 * DAY, limit: 100 }),
        await store.workQueue({ role: 'giám_đốc', unit: 'so', limit: 100 }),
      ]);
    if ((await queues(api)) !== (await queues(bulk))) throw new Error('bulk seeding: queues differ from the Store API');
  } finally {
    await api.close();
    await bulk.close();
    await pgAdmin(`DROP SCHEMA IF EXISTS "${schema}_api" CASCADE; DROP SCHEMA IF EXISTS "${schema}_bulk" CASCADE`);
  }
}

async function postgresRuns(tpl) {
  const schema = `bench_scale_${process.pid}`;
  try {
    await checkBulkSeed(tpl, schema);
    const store = await openPostgresStore(PG_URL, { schema, poolSize: 8 });
    await putWorkflow(store);
    const engine = await engineOn(store);
    const used = { next: 0 };
    let seeded = 0;
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    for (const n of PARTS.includes('queries') ? SCALES : [Math.max(...SCALES)]) {
      const t = performance.now();
      await bulkSeedPostgres(client, schema, tpl, seeded, n);
      seeded = n;
      await client.query(
        `ANALYZE "${schema}".instances, "${schema}".work_queue, "${schema}".open_steps, "${schema}".timers, "${schema}".audit`,
      );
      const size = (
        await client.query(
          `SELECT sum(pg_total_relation_size(c.oid))::bigint AS b FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
          [schema],
        )
      ).rows[0].b;
      console.log(
        `\n(PostgreSQL: bulk-seeded to ${fmt(n)} in ${((performance.now() - t) / 1000).toFixed(1)} s; ${fmt(Number(size) / 2 ** 20)} MB)`,
      );
      if (PARTS.includes('queries')) await queries('PostgreSQL', engine, n, used);
    }
    await client.end();
    await engine.close();
    await store.close();
    if (!PARTS.includes('throughput')) return;
    // Throughput: the dossiers after the query runs' ones; first in one process, then in 1, 2, 3 processes.
    const pool = Math.max(...SCALES);
    const targets = groupStepDossiers(used.next, pool, pool);
    let offset = 0;
    console.log(`\nPostgreSQL, accepted actions/s (${RUN_MS} ms each):`);
    for (const clients of [1, 8, 32]) {
      const s = await openPostgresStore(PG_URL, { schema, poolSize: Math.min(clients, 32) });
      const e = await engineOn(s);
      const { rate, used } = await throughput(e, targets.slice(offset), clients);
      offset += used;
      console.log(`  1 process, ${String(clients).padStart(2)} clients: ${fmt(rate)}`);
      await e.close();
      await s.close();
    }
    const share = Math.min(20_000, Math.floor((targets.length - offset) / 6));
    for (const processes of [1, 2, 3]) {
      const runs = Array.from({ length: processes }, (_, p) =>
        worker(schema, targets.slice(offset + p * share, offset + (p + 1) * share), 16),
      );
      offset += processes * share;
      const results = await Promise.all(runs);
      const total = results.reduce((sum, r) => sum + r.accepted, 0) / (Math.max(...results.map((r) => r.ms)) / 1000);
      console.log(
        `  ${processes} process${processes > 1 ? 'es' : ''} × 16 clients: ${fmt(total)} (${results.map((r) => fmt(r.accepted / (r.ms / 1000))).join(' + ')})`,
      );
    }
  } finally {
    await pgAdmin(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  }
}

/** One engine process acting on `targets` with `clients` clients for RUN_MS; resolves with its count. */
function worker(schema, targets, clients) {
  const list = join(tmpdir(), `tdkt-scale-${schema}-${targets[0] ?? 0}.json`);
  writeFileSync(list, JSON.stringify(targets));
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), 'worker', schema, String(clients), list], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (c) => (out += c));
    proc.on('exit', (code) => {
      rmSync(list, { force: true });
      if (code === 0) resolve(JSON.parse(out));
      else reject(new Error(`worker exited ${code}`));
    });
  });
}

if (process.argv[2] === 'worker') {
  const [, , , schema, clients, list] = process.argv;
  const store = await openPostgresStore(PG_URL, { schema, poolSize: Number(clients) });
  const engine = await engineOn(store);
  const { accepted, ms: elapsed } = await throughput(engine, JSON.parse(readFileSync(list, 'utf8')), Number(clients));
  await engine.close();
  await store.close();
  process.stdout.write(JSON.stringify({ accepted, ms: elapsed }));
} else {
  const tpl = await templates();
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-scale-'));
  try {
    if (STORES.includes('sqlite')) await sqliteRuns(dir, tpl);
    if (STORES.includes('postgres')) await postgresRuns(tpl);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
