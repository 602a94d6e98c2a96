// The engine module's public surface.
export { createEngine } from './engine.js';
export * from './types.js';
export {
  defaultTimerEvent,
  timerEventTypes,
  type FiredTimer,
  type StartInput,
  type StepEntry,
  type StepSpec,
  type WorkflowDefinition,
  type WorkflowEnv,
  type WorkflowSource,
} from './definition.js';
export { flatOrganisation, isWithin, organisationFromUnits, permissionProblem, type InstanceScope, type Organisation, type PermissionReason, type UnitRecord } from './organisation.js';
export { MachineRunner, activeNodeIds, availableEvents, stateString } from './runner.js';
export { QueryError, PAGE } from './queries.js';
export { actingUnits, workItemsFor } from './work-queue.js';
