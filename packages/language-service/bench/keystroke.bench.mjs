// Keystroke latency of the language service in a 2,000-line workflow file: completion, diagnostics, hover.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLanguageService } from '@tdkt/language-service';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (p) => (existsSync(join(root, p)) ? readFileSync(join(root, p), 'utf8') : undefined);

/** The Kim Sơn seed grown to 2,000 lines with activities that have deadlines, `sau` links and procedures. */
function bigPlan() {
  const base = read('workflows/kim-son-2020-2021.tdkt');
  const lines = base.trimEnd().split('\n');
  const extra = ['    tháng 11/2020 "Phụ lục"'];
  for (let i = 0; lines.length + extra.length < 2000; i++) {
    extra.push(`      thêm_${i}: "Hoạt động thêm số ${i}" do hđ_trường`);
    extra.push(`        chậm nhất ${1 + (i % 28)}/11/2020`);
    extra.push(`        sau ${i === 0 ? 'hạn_đăng_ký' : `thêm_${i - 1}`}`);
  }
  return `${[...lines, ...extra].slice(0, 2000).join('\n')}\n`;
}

const file = 'workflows/big.tdkt';
const text = bigPlan();
const service = createLanguageService({ readFile: (p) => (p === file ? text : read(p)) });
service.open(file, text);
const first = performance.now();
const diagnostics = service.diagnostics(file);
const coldMs = performance.now() - first;

// The cursor types ` hđ_tr` at the end of the line `thêm_500: … do hđ_trường`, one character at a time.
const lines = text.split('\n');
const lineNo = lines.findIndex((l) => l.startsWith('      thêm_500:'));
const typed = ', hđ_tr';
const stats = { completion: [], diagnostics: [], hover: [], text: [] };
/** CPU time (user + system) of the same work: what it costs on a core of its own, whatever the machine's load. */
const cpu = { completion: [], diagnostics: [], hover: [], text: [] };
const cpuMs = (since) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};
const hoverLine = lines.findIndex((l) => l.includes('chậm nhất 14/11/2020'));
for (let round = 0; round < 6; round++) {
  for (let k = 1; k <= typed.length; k++) {
    const edited = [...lines];
    edited[lineNo] = lines[lineNo] + typed.slice(0, k) + (round % 2 === 0 ? '' : ' ');
    const next = edited.join('\n');
    const position = { line: lineNo, character: lines[lineNo].length + k };
    let t = performance.now();
    let c = process.cpuUsage();
    service.change(file, next);
    const items = service.complete(file, position).items;
    stats.completion.push(performance.now() - t);
    cpu.completion.push(cpuMs(c));
    if (k === typed.length && !items.some((i) => i.label === 'hđ_trường')) throw new Error('completion lost hđ_trường');
    t = performance.now();
    c = process.cpuUsage();
    service.diagnostics(file);
    stats.diagnostics.push(performance.now() - t);
    cpu.diagnostics.push(cpuMs(c));
    service.change(file, `${next} `);
    t = performance.now();
    c = process.cpuUsage();
    const hover = service.hover(file, { line: hoverLine, character: 12 });
    stats.hover.push(performance.now() - t);
    cpu.hover.push(cpuMs(c));
    if (!hover?.contents.includes('Ngày cuối')) throw new Error('hover lost the date');
  }
}

// Typing inside an activity's description (most keystrokes in a plan): diagnostics without a new analysis.
const textLine = lines.findIndex((l) => l.startsWith('      thêm_400:'));
const quote = lines[textLine].indexOf('"') + 1;
service.change(file, text);
service.diagnostics(file);
const words = 'Tổ chức hội nghị ';
for (let round = 0; round < 3; round++) {
  for (let k = 1; k <= words.length; k++) {
    const edited = [...lines];
    edited[textLine] = lines[textLine].slice(0, quote) + words.slice(0, k) + lines[textLine].slice(quote);
    const t = performance.now();
    const c = process.cpuUsage();
    service.change(file, edited.join('\n'));
    const ds = service.diagnostics(file);
    stats.text.push(performance.now() - t);
    cpu.text.push(cpuMs(c));
    if (ds.length !== diagnostics.length) throw new Error('diagnostics changed inside a string');
  }
}

const q = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const fmt = (x) => x.toFixed(1).padStart(6);
console.log(
  `2,000-line file (${text.length} chars), ${diagnostics.length} diagnostics; first analysis ${coldMs.toFixed(0)} ms; load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
console.log('per keystroke (ms)                     median    p95    max   cpu median  cpu p95');
for (const [name, label] of [
  ['completion', 'edit + completion (names of last analysis)'],
  ['diagnostics', 'edit + diagnostics (full re-analysis)   '],
  ['hover', 'edit + hover (full re-analysis)         '],
  ['text', 'edit inside a string + diagnostics      '],
]) {
  const xs = stats[name];
  console.log(
    `${label} ${fmt(q(xs, 0.5))} ${fmt(q(xs, 0.95))} ${fmt(Math.max(...xs))}      ${fmt(q(cpu[name], 0.5))}   ${fmt(q(cpu[name], 0.95))}`,
  );
}
