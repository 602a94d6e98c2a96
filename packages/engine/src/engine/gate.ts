// The gate every request passes: ids, the actor and the payload checked before anything is read; the version a
// start runs; refusals recorded without their payload, within the refusal budget.

import type { StoreWriter } from '../store/types.js';
import type { Outcome } from './outcome.js';
import type { RefusalBudget } from './refusal-audit.js';
import type { Refusals } from './refusals.js';
import type { LoadedWorkflow, Registry } from './registry.js';
import { type Refusal, type StartOptions, SYSTEM_ACTOR } from './types.js';
import {
  actorProblem,
  auditActor,
  auditId,
  digest,
  idProblem,
  jsonProblem,
  payloadSize,
  type RequestLimits,
} from './validate.js';

/**
 * Checks requests and records refusals for one engine.
 *
 * @example
 * const bad = gate.check([['id', id]], actor, data); // a Refusal, or undefined
 */
export class RequestGate {
  constructor(
    private readonly refuse: Refusals,
    private readonly limits: RequestLimits,
    private readonly budget: RefusalBudget,
  ) {}

  /**
   * What is wrong with a request before anything else is looked at (ids, the actor, the payload), or
   * undefined. Checked outside the transaction: nothing of a bad request is stored but its digest.
   */
  check(ids: readonly (readonly [string, unknown])[], actor: unknown, payload: unknown): Refusal | undefined {
    for (const [field, value] of ids) {
      const problem = idProblem(value, this.limits);
      if (problem !== null) return this.refuse.invalidId(field, problem);
    }
    if (actor !== undefined) {
      const problem = actorProblem(actor, this.limits);
      if (problem !== null) return this.refuse.invalidActor(problem.field, problem.problem);
    }
    const bad = jsonProblem(payload, this.limits.maxDepth);
    if (bad !== null) return this.refuse.notJson(bad.path, bad.problem);
    const size = payloadSize(payload);
    if (size > this.limits.maxPayloadBytes) return this.refuse.tooLarge(size, this.limits.maxPayloadBytes);
    return undefined;
  }

  /** The version a start runs: the one asked for, else the newest for the period asked for (or with none needed). */
  version(registry: Registry, workflow: string, options: StartOptions): LoadedWorkflow | Refusal {
    if (options.version !== undefined)
      return registry.get(workflow, options.version) ?? this.refuse.unknownWorkflow(workflow, options.version);
    const versions = registry.versions(workflow);
    if (versions.length === 0) return this.refuse.unknownWorkflow(workflow);
    if (options.period !== undefined) {
      const match = versions.find((v) => v.definition.period === options.period);
      if (match !== undefined) return match;
      return this.refuse.periodMismatch(
        workflow,
        options.period,
        [...new Set(versions.map((v) => v.definition.period ?? ''))].filter((p) => p !== ''),
      );
    }
    return versions[0] as LoadedWorkflow;
  }

  /**
   * Records a refusal: never its payload (only its size and SHA-256), ids that cannot be stored replaced by
   * a hash marker, and no more than the refusal budget allows (the rest counted in one row).
   */
  async record(
    tx: StoreWriter,
    id: string,
    action: string,
    actor: unknown,
    state: string | null,
    payload: unknown,
    refusal: Refusal,
    version: number | null,
    now: number,
  ): Promise<Outcome> {
    const result: Outcome = {
      result: { ok: false, id, refusal },
      events: [{ type: 'refused', instance: id, action, refusal, at: now }],
      wake: undefined,
    };
    const take = this.budget.take(now, refusal.code);
    if (take.summary !== undefined) {
      const { count, codes, from, to } = take.summary;
      await tx.appendAudit({
        instance: '',
        time: now,
        actor: SYSTEM_ACTOR,
        action: 'refusals-suppressed',
        fromState: null,
        toState: null,
        data: { count, codes, from, to },
        outcome: 'refused',
        refusal: 'suppressed',
        version: null,
      });
    }
    if (!take.record) return result;
    const data = payload === null || payload === undefined ? null : digest(payload);
    await tx.appendAudit({
      instance: auditId(id, this.limits),
      time: now,
      actor: auditActor(actor, this.limits),
      action: auditId(action, this.limits),
      fromState: state,
      toState: state,
      data,
      outcome: 'refused',
      refusal: refusal.code,
      version,
    });
    return result;
  }
}
