// Test setup: makes sure a PostgreSQL server answers at TDKT_PG_URL (default the local one): starts an installed
// but stopped cluster, or, as root on a fresh Debian machine, installs `postgresql` and starts it. Never fails:
// the PostgreSQL tests report clearly when no server answers.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';
const url = process.env.TDKT_PG_URL ?? DEFAULT_URL;
const TIMEOUT_MS = 8 * 60 * 1000;
// pg is a dependency of the engine package, not of the workspace root.
const pg = createRequire(new URL('../../packages/engine/package.json', import.meta.url))('pg');

const say = (text) => console.log(`postgres setup: ${text}`);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

async function answers(target) {
  const client = new pg.Client({ connectionString: target, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function run(cmd, args, env = process.env) {
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], timeout: TIMEOUT_MS, env });
}

/** Installed clusters, as "version main". */
function clusters() {
  if (!existsSync('/etc/postgresql')) return [];
  return readdirSync('/etc/postgresql').filter((v) => existsSync(`/etc/postgresql/${v}/main`));
}

function startClusters() {
  for (const version of clusters()) {
    try {
      run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start']);
      say(`started cluster ${version}/main`);
    } catch {
      // Already running, or it cannot start: the connection check below tells.
    }
  }
}

/** A fresh Debian install accepts passwords only: let the local test user in over loopback, and add the `test` database. */
function prepareFreshCluster() {
  for (const version of clusters()) {
    const hba = `/etc/postgresql/${version}/main/pg_hba.conf`;
    const text = readFileSync(hba, 'utf8');
    if (!/^host\s+all\s+all\s+127\.0\.0\.1\/32\s+trust/m.test(text))
      writeFileSync(hba, `host all all 127.0.0.1/32 trust\n${text}`);
    run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'reload']);
  }
  try {
    run('runuser', ['-u', 'postgres', '--', 'createdb', 'test']);
  } catch {
    // It exists.
  }
}

const first = await answers(url);
if (first === true) {
  // Nothing to do.
} else if (url !== DEFAULT_URL) {
  say(`${url} does not answer (${first}); the PostgreSQL tests will fail until it does`);
} else {
  startClusters();
  let now = await answers(url);
  if (now !== true && clusters().length > 0 && isRoot && /database "test" does not exist/.test(String(now))) {
    prepareFreshCluster();
    now = await answers(url);
  }
  if (now !== true && clusters().length === 0 && isRoot) {
    try {
      say('installing Debian postgresql with apt-get (once)…');
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      run('apt-get', ['update'], env);
      run('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], env);
      startClusters();
      prepareFreshCluster();
      now = await answers(url);
    } catch (error) {
      say(`could not install postgresql (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    }
  }
  say(
    now === true ? `${url} answers` : `${url} does not answer (${now}); the PostgreSQL tests will fail until it does`,
  );
}
