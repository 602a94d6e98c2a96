// The engine module's public surface.
export { createEngine } from './engine.js';
export * from './types.js';
export {
  defaultTimerEvent,
  timerEventTypes,
  type FiredTimer,
  type ChildChange,
  type ChildHooks,
  type ChildStart,
  type ParentScope,
  type StartInput,
  type StepEntry,
  type StepSpec,
  type WorkflowDefinition,
  type WorkflowEnv,
  type WorkflowSource,
} from './definition.js';
export { flatOrganisation, isWithin, organisationFromUnits, permissionProblem, unitsAt, type InstanceScope, type Organisation, type PermissionReason, type UnitRecord } from './organisation.js';
export { MachineRunner, activeNodes, activeNodeIds, availableEvents, stateString } from './runner.js';
export { DEFAULT_LIMITS, actorProblem, digest, idProblem, jsonProblem, payloadSize, wellFormed, type IdProblem, type JsonProblem, type PayloadDigest, type RequestLimits } from './validate.js';
export { DEFAULT_REFUSAL_AUDIT, RefusalBudget, type RefusalAuditLimit, type SuppressedRefusals } from './refusal-audit.js';
export { QueryError, PAGE } from './queries.js';
export { actingUnits, workItemsFor } from './work-queue.js';
