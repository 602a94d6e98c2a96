// The engine module's public surface.

export {
  type ChildChange,
  type ChildHooks,
  type ChildStart,
  defaultTimerEvent,
  type FiredTimer,
  type ParentScope,
  type StartInput,
  type StepEntry,
  type StepSpec,
  timerEventTypes,
  type WorkflowDefinition,
  type WorkflowEnv,
  type WorkflowSource,
} from './definition.js';
export { createEngine } from './engine.js';
export {
  flatOrganisation,
  type InstanceScope,
  isWithin,
  type Organisation,
  organisationFromUnits,
  type PermissionReason,
  permissionProblem,
  type UnitRecord,
  unitsAt,
} from './organisation.js';
export { PAGE, QueryError } from './queries.js';
export {
  DEFAULT_REFUSAL_AUDIT,
  type RefusalAuditLimit,
  RefusalBudget,
  type SuppressedRefusals,
} from './refusal-audit.js';
export { activeNodeIds, activeNodes, availableEvents, MachineRunner, stateString } from './runner.js';
export * from './types.js';
export {
  actorProblem,
  DEFAULT_LIMITS,
  digest,
  type IdProblem,
  idProblem,
  type JsonProblem,
  jsonProblem,
  type PayloadDigest,
  payloadSize,
  type RequestLimits,
  wellFormed,
} from './validate.js';
export { actingUnits, workItemsFor } from './work-queue.js';
