// Views: time to draw each seed plan's diagrams (Mermaid, DOT, SVG), calendar (ICS) and HTML report (run on the built package).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileWorkspace } from '@tdkt/compiler';
import { loadWorkspace } from '@tdkt/language';
import { proceduresOfPlan, simulate } from '@tdkt/simulator';
import { calendarEntries, diagramSvg, planDiagram, procedureDiagram, toDot, toIcs, toMermaid } from '@tdkt/views';
import { htmlReport } from '@tdkt/views/html';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (p) => {
  try {
    return readFileSync(root + p, 'utf8');
  } catch {
    return undefined;
  }
};
const seeds = readdirSync(`${root}workflows`)
  .filter((f) => f.endsWith('.tdkt'))
  .sort()
  .map((f) => `workflows/${f}`);

/** Median of `runs` timings of `fn`, in ms. */
function median(fn, runs = 15) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

console.log('seed                              diagrams ms  ics ms  html ms  html KB  events');
for (const file of seeds) {
  const analysis = loadWorkspace([file], read);
  const compiled = compileWorkspace(analysis.model);
  const plan = compiled.plans.find((p) => p.model.file === file).model;
  const procedures = proceduresOfPlan(plan, compiled);
  const [report] = simulate(analysis, compiled, { entries: [file] });
  const diagrams = median(() => {
    const all = [planDiagram(plan, 'vi'), ...procedures.map((p) => procedureDiagram(p.ir, 'vi'))];
    for (const d of all) {
      toMermaid(d);
      toDot(d);
      diagramSvg(d, 'b');
    }
  });
  let events = 0;
  const ics = median(() => {
    const entries = calendarEntries(plan, compiled, 'vi');
    events = entries.length;
    toIcs(plan.title, entries, 0);
  });
  let size = 0;
  const html = median(() => {
    size = htmlReport({
      plan,
      report: report.input,
      procedures,
      procedureModels: analysis.model.procedures,
      lang: 'vi',
    }).length;
  });
  console.log(
    `${file.padEnd(34)}${diagrams.toFixed(1).padStart(11)}${ics.toFixed(1).padStart(8)}${html.toFixed(1).padStart(9)}${(size / 1024).toFixed(0).padStart(9)}${String(events).padStart(8)}`,
  );
}
