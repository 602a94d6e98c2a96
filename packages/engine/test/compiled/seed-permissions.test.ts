// Permissions over the seeds' compiled procedures: in every step, every role of the procedure that is not
// the step's assignee is refused; the assignee is accepted from a unit at the step's level.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultWorkingCalendar } from '@tdkt/calendar';
import { compileWorkspace } from '@tdkt/compiler';
import { organisationFromUnits, permissionProblem, type WorkflowDefinition, workflowFromCompiled } from '@tdkt/engine';
import { loadWorkspace } from '@tdkt/language';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const seeds = ['kim-son-2020-2021', 'hai-phong-2024', 'ha-dong-2019', 'lai-chau-2020-2021'];
const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
const fixedClock = { now: () => Date.UTC(2021, 0, 1) };

/** One unit per level, chained in the order the levels were met (the tree's shape does not matter here). */
function orgFor(levels: readonly string[]) {
  const units = levels.map((level, k) => ({
    id: `u-${level}`,
    level,
    ...(k > 0 ? { parent: `u-${levels[k - 1]}` } : {}),
  }));
  return { org: organisationFromUnits(units), leaf: units[units.length - 1]?.id ?? 'u' };
}

describe.each(seeds)('seed %s: who may act in each step', (seed) => {
  const loaded = loadWorkspace([`${root}workflows/${seed}.tdkt`], read);
  const procedures = [...compileWorkspace(loaded.model).procedures.values()];

  it('refuses every role but the assignee, in every step of every procedure', () => {
    expect(procedures.length).toBeGreaterThan(0);
    let checked = 0;
    for (const compiled of procedures) {
      const source = workflowFromCompiled(compiled);
      const definition: WorkflowDefinition =
        typeof source === 'function' ? source({ clock: fixedClock, calendar: defaultWorkingCalendar() }) : source;
      const roles = compiled.description.roles;
      // Levels from the top down, so that a unit at each level contains the dossier's unit (the lowest).
      const levels = [...new Set(Object.values(definition.steps).flatMap((s) => (s.level ? [s.level] : [])))].reverse();
      const { org, leaf } = orgFor(levels);
      for (const [id, spec] of Object.entries(definition.steps)) {
        const assignees = spec.role === null ? [] : typeof spec.role === 'string' ? [spec.role] : spec.role;
        const unit = spec.level ? `u-${spec.level}` : leaf;
        for (const role of roles) {
          const problem = permissionProblem(spec, { id: 'owner', role, unit }, { unit: leaf, owner: 'owner' }, org);
          if (assignees.includes(role)) expect(problem, `${compiled.name}.${id} ${role}`).toBeNull();
          else expect(problem, `${compiled.name}.${id} ${role}`).toBe('wrong-role');
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
