// End-to-end `simulate` on a seed plan through the COMPILED machines, per population preset, one replication
// in one thread: wall time, transitions/s and peak RSS, each preset in its own child process (built packages).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileWorkspace } from '@tdkt/compiler';
import { loadWorkspace } from '@tdkt/language';
import { levelsOfPlan, organisationFor, runPlanPopulation, simulate } from '@tdkt/simulator';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const seedFile = process.env.BENCH_SEED ?? 'workflows/kim-son-2020-2021.tdkt';

function runOne(name) {
  const t0 = performance.now();
  const read = (p) =>
    existsSync(root + p) ? readFileSync(root + p, 'utf8') : existsSync(p) ? readFileSync(p, 'utf8') : undefined;
  const analysis = loadWorkspace([seedFile], read);
  const compiled = compileWorkspace(analysis.model);
  const t1 = performance.now();
  let population;
  const reports = simulate(analysis, compiled, {
    population: (plan, procedures) => {
      const organisation = organisationFor(levelsOfPlan(plan), { preset: name, seed: 1 });
      if (!organisation.ok) throw new Error('preset does not fit');
      return (population = runPlanPopulation(plan, procedures, { organisation, seed: 1, runs: 1 }));
    },
  });
  const t2 = performance.now();
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${JSON.stringify({ name, checksMs: t1 - t0, simulateMs: t2 - t1, dossiers: population?.dossiers ?? 0, transitions: population?.transitions.typical ?? 0, rssMiB: rss, reports: reports.length })}\n`,
  );
}

if (process.argv[2] === '--one') runOne(process.argv[3]);
else {
  console.log(`simulate ${seedFile} through compiled machines (one child process per preset)`);
  console.log('preset     dossiers   transitions   wall (s)   transitions/s   peak RSS (MiB)');
  for (const name of ['small', 'district', 'province', 'hanoi']) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', name], {
      encoding: 'utf8',
      cwd: root,
      maxBuffer: 1 << 24,
    });
    const line = child.stdout.trim().split('\n').pop();
    if (!line) {
      console.log(name, 'failed', child.stderr.slice(0, 400));
      continue;
    }
    const r = JSON.parse(line);
    const wall = (r.checksMs + r.simulateMs) / 1000;
    console.log(
      `${name.padEnd(9)}  ${String(r.dossiers).padStart(8)}  ${String(r.transitions).padStart(12)}  ${wall.toFixed(2).padStart(9)}  ${Math.round(
        r.transitions / (r.simulateMs / 1000),
      )
        .toString()
        .padStart(14)}  ${r.rssMiB.toFixed(0).padStart(15)}`,
    );
  }
}
