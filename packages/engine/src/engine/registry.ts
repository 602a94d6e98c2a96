// The workflow versions this engine runs, each with its machine runner, plus a cache of live snapshots.
import type { AnyMachineSnapshot } from 'xstate';
import type { InstanceRecord } from '../store/types.js';
import type { WorkflowDefinition, WorkflowEnv, WorkflowSource } from './definition.js';
import { MachineRunner } from './runner.js';

export interface LoadedWorkflow {
  readonly definition: WorkflowDefinition;
  readonly runner: MachineRunner;
}

/**
 * Workflow versions by name and version; the newest version of a name starts new instances.
 *
 * @example
 * const registry = new Registry([v1, v2], env);
 * registry.latest('xét_cuối_năm')?.definition.version // => 2
 */
export class Registry {
  private readonly byKey = new Map<string, LoadedWorkflow>();
  private readonly newest = new Map<string, LoadedWorkflow>();

  constructor(sources: readonly WorkflowSource[], env: WorkflowEnv) {
    for (const source of sources) {
      const definition = typeof source === 'function' ? source(env) : source;
      const key = `${definition.name}@${definition.version}`;
      if (this.byKey.has(key)) throw new Error(`workflow ${key} is loaded twice`);
      const loaded = { definition, runner: new MachineRunner(definition.machine) };
      this.byKey.set(key, loaded);
      const best = this.newest.get(definition.name);
      if (best === undefined || best.definition.version < definition.version) this.newest.set(definition.name, loaded);
    }
    // A fan-out step or a plan starts children: what they run must be loaded (a programming error, caught at start-up).
    for (const { definition } of this.byKey.values()) {
      const missing = (definition.requires ?? []).filter((name) => !this.newest.has(name));
      if (missing.length > 0)
        throw new Error(
          `workflow ${definition.name}@${definition.version} runs ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not loaded`,
        );
    }
  }

  get(name: string, version: number): LoadedWorkflow | undefined {
    return this.byKey.get(`${name}@${version}`);
  }

  latest(name: string): LoadedWorkflow | undefined {
    return this.newest.get(name);
  }

  /** Every loaded version of a name, newest first. */
  versions(name: string): LoadedWorkflow[] {
    return [...this.byKey.values()]
      .filter((l) => l.definition.name === name)
      .sort((a, b) => b.definition.version - a.definition.version);
  }

  all(): LoadedWorkflow[] {
    return [...this.byKey.values()];
  }
}

/**
 * Restored snapshots by instance and version: restoring from JSON costs more than a transition.
 * Entries are keyed by version, so a stale one is never used; only committed versions are put.
 *
 * @example
 * const snapshot = cache.get(instanceRecord, loaded); // restored once, then reused until the version moves
 */
export class SnapshotCache {
  private readonly map = new Map<string, { version: number; snapshot: AnyMachineSnapshot }>();

  constructor(private readonly capacity = 10_000) {}

  /**
   * The snapshot of the record's version: the cached one, or restored from the record. A restored one
   * is not cached here: inside a transaction the record may be uncommitted (put it after the commit).
   */
  get(instance: InstanceRecord, loaded: LoadedWorkflow): AnyMachineSnapshot {
    const hit = this.map.get(instance.id);
    if (hit !== undefined && hit.version === instance.version) return hit.snapshot;
    return loaded.runner.restore(instance.snapshot);
  }

  put(id: string, version: number, snapshot: AnyMachineSnapshot): void {
    this.map.delete(id);
    this.map.set(id, { version, snapshot });
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
  }

  drop(id: string): void {
    this.map.delete(id);
  }
}
