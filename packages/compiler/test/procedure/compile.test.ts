import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import { compileProcedure } from '../../src/procedure/compile.js';
import { delayName, timerEvent } from '../../src/procedure/names.js';
import { at, endOf, reviewChain } from '../fixtures.js';
import { simulatedRuntime } from '../runtime.js';

const individual = { id: 'gv1', role: 'cá_nhân', unit: 'thcs-kim-son' };
const groupHead = { id: 'tt1', role: 'tổ_trưởng', unit: 'thcs-kim-son' };
const council = { id: 'hd', role: 'hội_đồng_trường', unit: 'thcs-kim-son' };

function start(dossier: Record<string, unknown>, startMs = at(3, 5, 2021, 8)) {
  const { clock, runtime } = simulatedRuntime(startMs);
  const compiled = compileProcedure(reviewChain);
  const actor = createActor(compiled.machine(runtime), { clock, input: { dossier } });
  const emitted: { type: string }[] = [];
  actor.on('*', (e) => emitted.push(e as { type: string }));
  actor.start();
  return { actor, clock, emitted, compiled };
}

describe('compileProcedure', () => {
  it('produces a JSON config without functions', () => {
    const compiled = compileProcedure(reviewChain);
    const json = JSON.stringify(compiled.config);
    expect(JSON.parse(json)).toEqual(compiled.config);
    expect(json).toContain('deadline:tổ_xét');
  });

  it('takes each delay also as a named event (`tdkt.timer.<delay>`), so a host needs no XState internals', () => {
    const { clock, runtime } = simulatedRuntime(at(3, 5, 2021, 8));
    const machine = compileProcedure(reviewChain).machine(runtime);
    let [snapshot] = initialTransition(machine, { dossier: { đã_đăng_ký: true } });
    [snapshot] = transition(machine, snapshot, { type: 'nộp', actor: individual } as never);
    expect(snapshot.value).toBe('tổ_xét');
    // Before the deadline the guard holds the step; at the deadline the timeout leads on.
    [snapshot] = transition(machine, snapshot, { type: timerEvent(delayName.deadline('tổ_xét')) } as never);
    expect(snapshot.value).toBe('tổ_xét');
    clock.set(endOf(14, 5, 2021));
    [snapshot] = transition(machine, snapshot, { type: timerEvent(delayName.deadline('tổ_xét')) } as never);
    expect(snapshot.value).toBe('không_xét');
  });

  it('routes an unregistered dossier to không_xét on entry', () => {
    const { actor } = start({ đã_đăng_ký: false });
    expect(actor.getSnapshot().value).toBe('không_xét');
    expect(actor.getSnapshot().output).toEqual({ outcome: 'không xét', late: [] });
  });

  it('moves on actions by the right role only, and loops on trả lại', () => {
    const { actor } = start({ đã_đăng_ký: true });
    actor.send({ type: 'nộp', actor: groupHead });
    expect(actor.getSnapshot().value).toBe('tự_đánh_giá');
    actor.send({ type: 'nộp', actor: individual });
    expect(actor.getSnapshot().value).toBe('tổ_xét');
    actor.send({ type: 'trả_lại', actor: groupHead });
    expect(actor.getSnapshot().value).toBe('tự_đánh_giá');
    actor.send({ type: 'nộp', actor: individual });
    actor.send({ type: 'duyệt', actor: groupHead });
    expect(actor.getSnapshot().value).toEqual({ hội_đồng: 'posting' });
  });

  it('fires a deadline at the resolved instant and not a millisecond earlier', () => {
    const { actor, clock } = start({ đã_đăng_ký: true });
    actor.send({ type: 'nộp', actor: individual });
    clock.set(endOf(14, 5, 2021) - 1);
    expect(actor.getSnapshot().value).toBe('tổ_xét');
    clock.set(endOf(14, 5, 2021));
    expect(actor.getSnapshot().value).toBe('không_xét');
    expect(actor.getSnapshot().context.late).toEqual([{ step: 'tổ_xét', at: endOf(14, 5, 2021) }]);
  });

  it('sends a reminder 3 working days before the deadline', () => {
    const { actor, clock, emitted } = start({ đã_đăng_ký: true });
    actor.send({ type: 'nộp', actor: individual });
    clock.set(at(11, 5, 2021) - 1); // Tuesday 11/5 is 3 working days before Friday 14/5
    expect(emitted.filter((e) => e.type === 'tdkt.reminder')).toHaveLength(0);
    clock.set(at(11, 5, 2021));
    expect(emitted.filter((e) => e.type === 'tdkt.reminder')).toHaveLength(1);
  });

  it('keeps a posted step closed until the posting period ends', () => {
    const { actor, clock } = start({ đã_đăng_ký: true, điểm: 9 });
    actor.send({ type: 'nộp', actor: individual });
    clock.set(at(5, 5, 2021, 9)); // Wednesday
    actor.send({ type: 'duyệt', actor: groupHead });
    actor.send({ type: 'duyệt', actor: council });
    expect(actor.getSnapshot().value).toEqual({ hội_đồng: 'posting' });
    clock.set(endOf(12, 5, 2021) - 1); // 5 working days after Wed 5/5 end on Wed 12/5
    expect(actor.getSnapshot().value).toEqual({ hội_đồng: 'posting' });
    clock.set(endOf(12, 5, 2021));
    actor.send({ type: 'duyệt', actor: council });
    expect(actor.getSnapshot().value).toBe('đạt');
    expect(actor.getSnapshot().output).toEqual({ outcome: 'đạt', late: [] });
  });

  it('checks guards against data carried by the event, and rejects invalid data', () => {
    const { actor, clock } = start({ đã_đăng_ký: true });
    actor.send({ type: 'nộp', actor: individual });
    actor.send({ type: 'duyệt', actor: groupHead });
    clock.set(endOf(13, 5, 2021));
    actor.send({ type: 'duyệt', actor: council, data: { điểm: 'chín' } });
    expect(actor.getSnapshot().value).toEqual({ hội_đồng: 'open' });
    actor.send({ type: 'duyệt', actor: council, data: { điểm: 7 } });
    expect(actor.getSnapshot().value).toEqual({ hội_đồng: 'open' });
    actor.send({ type: 'duyệt', actor: council, data: { điểm: 8.5 } });
    expect(actor.getSnapshot().value).toBe('đạt');
    expect(actor.getSnapshot().context.dossier).toEqual({ đã_đăng_ký: true, điểm: 8.5 });
  });

  it('refuses to start on a dossier that does not match the schema', () => {
    const { clock, runtime } = simulatedRuntime(at(3, 5, 2021));
    const actor = createActor(compileProcedure(reviewChain).machine(runtime), {
      clock,
      input: { dossier: { đã_đăng_ký: 'có' } },
    });
    actor.subscribe({ error: () => undefined });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
  });

  it('fires a deadline more than 25 days ahead at its instant (timer re-armed, no overflow)', () => {
    const { actor, clock } = start({ đã_đăng_ký: true }, at(1, 2, 2021, 8));
    actor.send({ type: 'nộp', actor: individual });
    // 1/2 → 14/5 is 102 days: more than four 2^31-1 ms timer spans.
    for (let t = at(1, 2, 2021, 8); t < endOf(14, 5, 2021) - 1; t += 86_400_000) clock.set(t);
    clock.set(endOf(14, 5, 2021) - 1);
    expect(actor.getSnapshot().value).toBe('tổ_xét');
    clock.set(endOf(14, 5, 2021));
    expect(actor.getSnapshot().value).toBe('không_xét');
  });
});
