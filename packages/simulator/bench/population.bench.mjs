// Population runs of the reference chain per preset (small → vietnam): wall time, transitions/s, peak RSS;
// plus the temporal check. Each preset runs in its own child process so that its peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createWorkingCalendar, startOfDayMs, toEpochDay } from '@tdkt/calendar';
import {
  analyseTemporal,
  createNetworkBuilder,
  DEFAULT_BEHAVIOUR,
  generatePopulation,
  preset,
  runPopulation,
} from '@tdkt/simulator';
import { byProcedure } from '../dist/population/by-procedure.js';
import { FOUR_TIER } from '../dist/population/levels.js';
import { referenceChainModel, referenceChainSteps } from '../dist/population/reference-chain.js';
import { levelCounts } from '../dist/population/tree.js';

const day = (d, m, y) => toEpochDay({ year: y, month: m, day: d });
const presets = (process.env.BENCH_PRESETS ?? 'small,district,province,hanoi,vietnam').split(',');

/** One preset, in this process: generation, then the year-end review and registration of everyone (one replication). */
function runPreset(name) {
  const t0 = process.hrtime.bigint();
  const tree = generatePopulation(preset(name, 2019, FOUR_TIER).spec);
  const t1 = process.hrtime.bigint();
  const model = byProcedure({
    xet_cuoi_nam: referenceChainModel(referenceChainSteps(2019)),
    dang_ky: referenceChainModel([
      { key: 'dang_ky', level: 4, deadline: day(15, 3, 2019), canReturn: false },
      { key: 'to_tong_hop', level: 3, deadline: day(22, 3, 2019), canReturn: true },
      { key: 'truong_duyet', level: 2, deadline: day(29, 3, 2019), canReturn: true },
    ]),
  });
  const result = runPopulation({
    tree,
    model,
    behaviour: DEFAULT_BEHAVIOUR,
    seed: 2019,
    start: startOfDayMs(day(1, 3, 2019)),
    end: startOfDayMs(day(31, 7, 2019)),
    dossiers: [
      { procedure: 'dang_ky', ownerLevel: 4 },
      { procedure: 'xet_cuoi_nam', ownerLevel: 4, startAt: startOfDayMs(day(2, 5, 2019)) },
    ],
  });
  const t2 = process.hrtime.bigint();
  const counts = levelCounts(tree);
  const treeBytes = [tree.parent, tree.level, tree.firstChild, tree.childCount, tree.levelStart].reduce(
    (n, a) => n + a.byteLength,
    0,
  );
  return {
    name,
    units: counts.slice(0, -1).reduce((a, b) => a + b, 0),
    people: counts[counts.length - 1],
    instances: result.instances,
    transitions: result.transitions,
    generateMs: Number(t1 - t0) / 1e6,
    treeKb: treeBytes / 1024,
    runMs: Number(t2 - t1) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/** A plan-sized temporal network: `n` activities in chains with windows, working-day durations, roll-ups. */
function temporalCheck(n) {
  const cal = createWorkingCalendar();
  const b = createNetworkBuilder(day(1, 8, 2020), day(31, 7, 2021));
  for (let i = 0; i < n; i++) {
    b.activity(`a${i}`, `Hoạt động ${i}`, { duration: { amount: 1 + (i % 7), unit: i % 2 ? 'working-day' : 'day' } });
    b.notBefore(`a${i}.start`, day(1, 8, 2020) + ((i * 37) % 300), { label: `Hoạt động ${i}` });
    b.notAfter(`a${i}.finish`, day(1, 8, 2020) + ((i * 37) % 300) + 40, { label: `Hoạt động ${i}` });
    if (i % 10 !== 0) b.precede(`a${i - 1}.finish`, `a${i}.start`, { label: 'sau' });
    if (i % 10 === 9) b.rollup(`a${i}.finish`, [`a${i - 5}.finish`, `a${i - 3}.finish`], { label: 'tổng hợp' });
  }
  const network = b.build();
  analyseTemporal(network, cal);
  const t0 = process.hrtime.bigint();
  const reps = 20;
  let conflicts = 0;
  for (let r = 0; r < reps; r++) conflicts = analyseTemporal(network, cal).conflicts.length;
  return {
    events: network.nodes.length,
    constraints: network.constraints.length,
    ms: Number(process.hrtime.bigint() - t0) / 1e6 / reps,
    conflicts,
  };
}

const child = process.argv[2];
if (child) {
  process.stdout.write(JSON.stringify(runPreset(child)));
} else {
  const self = fileURLToPath(import.meta.url);
  console.log(
    'preset     units      people  tree        dossiers  transitions  generate   run (wall)  transitions/s  peak RSS',
  );
  for (const name of presets) {
    const out = spawnSync(process.execPath, ['--expose-gc', self, name], { encoding: 'utf8' });
    if (out.status !== 0) {
      console.log(`${name}: failed\n${out.stderr}`);
      process.exitCode = 1;
      continue;
    }
    const r = JSON.parse(out.stdout);
    console.log(
      [
        r.name.padEnd(8),
        r.units.toLocaleString('en-US').padStart(8),
        r.people.toLocaleString('en-US').padStart(10),
        `${r.treeKb.toFixed(0)} KB`.padStart(10),
        r.instances.toLocaleString('en-US').padStart(10),
        r.transitions.toLocaleString('en-US').padStart(12),
        `${r.generateMs.toFixed(1)} ms`.padStart(9),
        `${(r.runMs / 1000).toFixed(2)} s`.padStart(11),
        Math.round(r.transitions / (r.runMs / 1000))
          .toLocaleString('en-US')
          .padStart(14),
        `${r.peakRssMb.toFixed(0)} MB`.padStart(9),
      ].join(' '),
    );
  }
  for (const n of [100, 1000]) {
    const t = temporalCheck(n);
    console.log(
      `temporal check: ${t.events} events, ${t.constraints} constraints: ${t.ms.toFixed(2)} ms per analysis (${t.conflicts} conflicts)`,
    );
  }
}
