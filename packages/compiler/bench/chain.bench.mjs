// Benchmark: the compiled 5-level review chain against the same machine written by hand in XState,
// and the same process as BPMN in bpmn-engine. Prints instances/s, the ratios and heap per live actor.

import { EventEmitter } from 'node:events';
import { compileProcedure, timeRulesFromCalendar } from '@tdkt/compiler';
import { Engine } from 'bpmn-engine';
import { createActor, setup } from 'xstate';

const levels = [
  ['cá_nhân', 'cá_nhân', '2021-05-10'],
  ['tổ', 'tổ_trưởng', '2021-05-14'],
  ['hội_đồng_trường', 'hiệu_trưởng', '2021-05-20'],
  ['phòng', 'chuyên_viên_phòng', '2021-05-28'],
  ['sở', 'giám_đốc_sở', '2021-06-15'],
];
const endOfDay = (iso) => Date.parse(`${iso}T00:00:00+07:00`) + 86_400_000;
const START = Date.parse('2021-05-03T08:00:00+07:00');

const ir = {
  name: 'chuỗi_5_cấp',
  title: 'Xét duyệt qua 5 cấp',
  fields: [],
  initial: levels[0][0],
  steps: levels.map(([id, role, last], i) => ({
    id,
    title: id,
    role,
    deadline: { kind: 'absolute', at: endOfDay(last), lastDay: last, soft: false, text: `chậm nhất ${last}` },
    reminders: [],
    routes: [],
    transitions: [{ action: 'duyệt', target: levels[i + 1]?.[0] ?? 'đạt' }],
    timeouts: [{ target: 'quá_hạn' }],
  })),
  finals: [
    { id: 'đạt', outcome: 'đạt' },
    { id: 'quá_hạn', outcome: 'quá hạn' },
  ],
};

/** Timers are recorded, never fired: both machines pay for scheduling, neither waits. */
function inertClock(now) {
  let id = 0;
  return { now: () => now, setTimeout: () => ++id, clearTimeout: () => undefined };
}

function handWritten(clock) {
  const states = {};
  levels.forEach(([id, role], i) => {
    states[id] = {
      entry: 'stamp',
      after: { [`deadline_${id}`]: { target: 'quá_hạn' } },
      on: { duyệt: { guard: { type: 'role', params: { role } }, target: levels[i + 1]?.[0] ?? 'đạt' } },
    };
  });
  const delays = Object.fromEntries(
    levels.map(([id, , last]) => [
      `deadline_${id}`,
      () => Math.min(Math.max(0, endOfDay(last) - clock.now()), 2 ** 31 - 1),
    ]),
  );
  return setup({
    guards: { role: ({ event }, { role }) => event.actor?.role === role },
    delays,
    actions: { stamp: () => undefined },
  }).createMachine({
    id: 'tay',
    initial: levels[0][0],
    context: {},
    states: { ...states, đạt: { type: 'final' }, quá_hạn: { type: 'final' } },
  });
}

function runXState(machine, clock, n) {
  const t0 = performance.now();
  for (let k = 0; k < n; k++) {
    const actor = createActor(machine, { clock });
    actor.start();
    for (const [, role] of levels) actor.send({ type: 'duyệt', actor: { id: 'x', role, unit: 'u' } });
    if (actor.getSnapshot().status !== 'done') throw new Error('did not finish');
  }
  return n / ((performance.now() - t0) / 1000);
}

const bpmnSource = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
  <process id="chain" isExecutable="true">
    <startEvent id="start" />
    ${levels
      .map(
        ([id], i) => `<sequenceFlow id="f${i}" sourceRef="${i === 0 ? 'start' : `t${i - 1}`}" targetRef="t${i}" />
    <userTask id="t${i}" name="${id}" />
    <boundaryEvent id="b${i}" attachedToRef="t${i}"><timerEventDefinition><timeDuration xsi:type="tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">P30D</timeDuration></timerEventDefinition></boundaryEvent>
    <sequenceFlow id="late${i}" sourceRef="b${i}" targetRef="lateEnd" />`,
      )
      .join('\n    ')}
    <sequenceFlow id="fend" sourceRef="t${levels.length - 1}" targetRef="end" />
    <endEvent id="end" />
    <endEvent id="lateEnd" />
  </process>
</definitions>`;

async function runBpmn(n) {
  const t0 = performance.now();
  for (let k = 0; k < n; k++) {
    const listener = new EventEmitter();
    listener.on('wait', (api) => api.signal());
    const engine = new Engine({ name: `i${k}`, source: bpmnSource });
    await new Promise((resolve, reject) => {
      engine.once('end', resolve);
      engine.once('error', reject);
      engine.execute({ listener }).catch(reject);
    });
    engine.stop();
  }
  return n / ((performance.now() - t0) / 1000);
}

function heapPerActor(machine, clock, n) {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const live = [];
  for (let k = 0; k < n; k++) {
    const actor = createActor(machine, { clock });
    actor.start();
    live.push(actor);
  }
  globalThis.gc?.();
  const per = (process.memoryUsage().heapUsed - before) / n;
  live.length = 0;
  return per;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const clock = inertClock(START);
const compiled = compileProcedure(ir).machine({ clock, time: timeRulesFromCalendar() });
const hand = handWritten(clock);
const N = Number(process.env.BENCH_N ?? 5000);
runXState(compiled, clock, 500);
runXState(hand, clock, 500);
const compiledRates = [];
const handRates = [];
for (let r = 0; r < 3; r++) {
  compiledRates.push(runXState(compiled, clock, N));
  handRates.push(runXState(hand, clock, N));
}
const c = median(compiledRates);
const h = median(handRates);
const b = await runBpmn(Number(process.env.BENCH_BPMN_N ?? 30));
console.log(`compiled 5-level chain   ${c.toFixed(0)} instances/s (median of 3 × ${N})`);
console.log(`hand-written XState      ${h.toFixed(0)} instances/s`);
console.log(`ratio hand/compiled      ${(h / c).toFixed(2)}× (target ≤ 1.2×)`);
console.log(`bpmn-engine 25           ${b.toFixed(1)} instances/s (${(c / b).toFixed(0)}× slower than compiled)`);
console.log(
  `heap per live actor      compiled ${(heapPerActor(compiled, clock, 5000) / 1024).toFixed(1)} KB, hand-written ${(heapPerActor(hand, clock, 5000) / 1024).toFixed(1)} KB`,
);
