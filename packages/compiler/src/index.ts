// Public API of @tdkt/compiler: workflow models to XState v5 machines.

export {
  type AnalysisEvent,
  type EdgeKind,
  type ExploredEdge,
  type ExploredState,
  exploreProcedure,
  type ProcedureGraph,
} from './analysis/explore.js';
export { forwardDossier, witnessDossiers } from './analysis/witness.js';
export { dossierPatchSchema, dossierSchema, type FieldIssue, fieldIssues } from './dossier-schema.js';
export { type Dossier, evaluateGuard, fieldsOf } from './expr.js';
export type * from './ir.js';
export { lowerExpr } from './lower/expr.js';
export { activityKey, lowerPlan, planName, procedureKey } from './lower/plan.js';
export { fanOutProcedureName, lowerProcedure } from './lower/procedure.js';
export { type CompiledWorkspace, type CompiledWorkspacePlan, compileWorkspace } from './lower/workspace.js';
export { type CompiledPlan, compilePlan } from './plan/compile.js';
export {
  activityDoneAction,
  completedByProgress,
  type PlanStateConfig,
  planConfig,
  planDelay,
  planStateId,
} from './plan/config.js';
export {
  activityComplete,
  type PlanContext,
  type PlanInput,
  type RunInstance,
  runOf,
  type UnitDone,
  unitsDone,
} from './plan/implementations.js';
export { type CompiledProcedure, compileProcedure } from './procedure/compile.js';
export { procedureConfig, type StateConfig, timerEvents } from './procedure/config.js';
export type {
  ActionEvent,
  ActorRef,
  LateRecord,
  ProcedureContext,
  ProcedureInput,
  ProcedureOutput,
  UnitResult,
} from './procedure/context.js';
export { describeProcedure, type ProcedureDescription, type StepDescription } from './procedure/describe.js';
export { effectiveDeadline, rollUpHolds, stepsById } from './procedure/implementations.js';
export {
  branchEndId,
  delayName,
  emitted,
  escalationId,
  hostEvent,
  MAX_TIMER_DELAY,
  STEP_DONE_PREFIX,
  TIMER_EVENT_PREFIX,
  timerEvent,
} from './procedure/names.js';
export { deadlineInstant, postingEnd, type Runtime, reminderInstant, type TimeRules } from './runtime-time.js';
export { timeRulesFromCalendar } from './time-rules.js';
