// `tdkt simulate` end to end with its population run, as a user runs it: one replication of a seed plan per
// preset, in one thread and in worker threads. Each run in its own child process: wall time and peak RSS
// (the whole process, worker threads included). BENCH_SEED picks the plan, BENCH_PRESETS the presets.
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { main } from '@tdkt/cli';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const plan = process.env.BENCH_SEED ?? 'workflows/kim-son-2020-2021.tdkt';
const presets = (process.env.BENCH_PRESETS ?? 'province,hanoi,vietnam').split(',');

async function one(preset, threads) {
  let out = '';
  const t0 = performance.now();
  const code = await main(
    ['simulate', plan, '--population', preset, '--runs', '1', '--threads', String(threads), '--json'],
    {
      stdout: (text) => void (out += text),
      stderr: () => undefined,
      cwd: root,
      isTTY: false,
      env: {},
      now: () => 0,
    },
  );
  const wall = (performance.now() - t0) / 1000;
  const population = JSON.parse(out).reports[0]?.population;
  return {
    code,
    wall,
    dossiers: population?.dossiers ?? 0,
    transitions: population?.transitions.typical ?? 0,
    rssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

if (process.argv[2] === '--one') {
  process.stdout.write(`${JSON.stringify(await one(process.argv[3], Number(process.argv[4])))}\n`);
} else {
  const cores = availableParallelism();
  console.log(
    `tdkt simulate ${plan} --runs 1 (one child process per line; ${cores} cores; load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
  console.log('preset     threads    dossiers   transitions   wall (s)   peak RSS (MiB)   load (1 min) after');
  for (const preset of presets) {
    for (const threads of [...new Set([1, Math.min(2, cores), cores])]) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', preset, String(threads)], {
        encoding: 'utf8',
        cwd: root,
        maxBuffer: 1 << 24,
      });
      const line = child.stdout.trim().split('\n').pop();
      if (!line) {
        console.log(preset, threads, 'failed', child.stderr.slice(0, 400));
        process.exitCode = 1;
        continue;
      }
      const r = JSON.parse(line);
      console.log(
        `${preset.padEnd(9)}  ${String(threads).padStart(7)}  ${r.dossiers.toLocaleString('en-US').padStart(10)}  ${r.transitions.toLocaleString('en-US').padStart(12)}  ${r.wall.toFixed(2).padStart(9)}  ${r.rssMiB.toFixed(0).padStart(15)}   ${loadavg()[0].toFixed(2)}`,
      );
    }
  }
}
