// The engine's contract with XState, against its public API only: no private fields, no hand-built
// `xstate.after.*` names; the runner agrees with XState's own pure `transition`; every compiled delay has its
// named timer event. An XState upgrade within v5 that breaks any of this fails here first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type CompiledProcedure,
  compileWorkspace,
  forwardDossier,
  timeRulesFromCalendar,
  timerEvent,
} from '@tdkt/compiler';
import { activeNodeIds, availableEvents, MachineRunner } from '@tdkt/engine';
import { loadWorkspace } from '@tdkt/language';
import { describe, expect, it } from 'vitest';
import { type AnyStateMachine, type AnyStateNode, initialTransition, transition } from 'xstate';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith('.ts') ? [join(dir, name)] : [],
  );

const read = (path: string): string | undefined => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const workspace = compileWorkspace(loadWorkspace([join(root, 'workflows/kim-son-2020-2021.tdkt')], read).model);
const procedures: CompiledProcedure[] = [...(workspace.plans[0]?.procedures.values() ?? [])];

describe('XState contract (public API only)', () => {
  it('the engine reads no private XState field and builds no XState event name', () => {
    const found: string[] = [];
    for (const file of files(src)) {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\/.*$/gm, '')
        .replace(/\/\*[\s\S]*?\*\//g, '');
      for (const banned of [
        /\._nodes\b/,
        /xstate\.after/,
        /\._snapshot\b/,
        /_actorScope/,
        /__unsafe_/,
        /\.\s*_[a-zA-Z]+\s*[=(]/,
      ]) {
        if (banned.test(code)) found.push(`${file.slice(src.length)}: ${banned.source}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('uses only members XState declares public', () => {
    const machine = procedures[0]?.machine({
      clock: { now: () => 0 },
      time: timeRulesFromCalendar(),
    }) as AnyStateMachine;
    expect(typeof machine.transition).toBe('function');
    expect(typeof machine.getInitialSnapshot).toBe('function');
    expect(typeof machine.getPersistedSnapshot).toBe('function');
    expect(typeof machine.restoreSnapshot).toBe('function');
    const first = Object.values(machine.root.states)[0] as AnyStateNode;
    expect(first.parent).toBe(machine.root);
    expect(Array.isArray(first.ownEvents)).toBe(true);
  });

  it('every compiled delay has its named timer event, on the same state node', () => {
    expect(procedures.length).toBeGreaterThan(3);
    for (const compiled of procedures) {
      const machine = compiled.machine({ clock: { now: () => 0 }, time: timeRulesFromCalendar() });
      const visit = (node: AnyStateNode): void => {
        for (const delay of Object.keys(node.config.after ?? {}))
          expect(node.ownEvents, `${compiled.name} ${node.id} ${delay}`).toContain(timerEvent(delay));
        for (const child of Object.values(node.states)) visit(child);
      };
      visit(machine.root);
    }
  });

  it('the runner gives what XState’s public pure transition gives, step by step, timers included', () => {
    let now = Date.UTC(2021, 4, 1);
    let finished = 0;
    let steps = 0;
    for (const compiled of procedures) {
      const machine = compiled.machine({ clock: { now: () => now }, time: timeRulesFromCalendar() });
      const runner = new MachineRunner(machine);
      const input = { dossier: forwardDossier(compiled.ir), unit: 'to-toan', owner: 'gv-1' };
      let ours = runner.initial(input);
      let theirs = initialTransition(machine, input)[0];
      for (let step = 0; step < 12 && ours.status === 'active'; step++) {
        expect(ours.value).toEqual(theirs.value);
        expect(ours.context).toEqual(theirs.context);
        expect(activeNodeIds(machine, ours)).toEqual(activeNodeIds(machine, theirs));
        // The first action a role can take, or the deadline of the step the dossier waits in.
        const actions = availableEvents(machine, ours).filter(
          (t) => !t.startsWith('tdkt.') && !t.startsWith('xstate.'),
        );
        const deadline = availableEvents(machine, ours).find((t) => t.startsWith('tdkt.timer.deadline:'));
        const description = compiled.description.events.find((e) => e.type === actions[0]);
        const event =
          actions[0] !== undefined
            ? { type: actions[0], actor: { id: 'gv-1', role: description?.roles[0] ?? 'bất_kỳ', unit: 'to-toan' } }
            : { type: deadline ?? 'tdkt.none' };
        if (actions[0] === undefined) now += 400 * 86_400_000;
        ours = runner.transition(ours, event);
        theirs = transition(machine, theirs, event as never)[0];
        steps++;
      }
      if (ours.status === 'done') finished++;
      expect(ours.value, compiled.name).toEqual(theirs.value);
      expect(ours.status, compiled.name).toEqual(theirs.status);
      // A snapshot persisted and restored is the same state.
      expect(runner.restore(JSON.parse(JSON.stringify(runner.persist(ours)))).value).toEqual(ours.value);
    }
    expect(steps).toBeGreaterThan(20);
    expect(finished).toBeGreaterThan(1);
  });
});
