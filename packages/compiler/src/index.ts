// Public API of @tdkt/compiler: workflow models to XState v5 machines.
export type * from './ir.js';
export { evaluateGuard, fieldsOf, type Dossier } from './expr.js';
export { dossierSchema, dossierPatchSchema, fieldIssues, type FieldIssue } from './dossier-schema.js';
export { deadlineInstant, reminderInstant, postingEnd, endOfDay, type Runtime, type TimeRules } from './runtime-time.js';
export { compileProcedure, type CompiledProcedure } from './procedure/compile.js';
export { procedureConfig, type StateConfig } from './procedure/config.js';
export { describeProcedure, type ProcedureDescription, type StepDescription } from './procedure/describe.js';
export type { ActorRef, ActionEvent, ProcedureContext, ProcedureInput, ProcedureOutput, LateRecord, UnitResult } from './procedure/context.js';
export { branchEndId, delayName, emitted, escalationId, hostEvent, MAX_TIMER_DELAY } from './procedure/names.js';
export { compilePlan, type CompiledPlan } from './plan/compile.js';
export { planConfig, planDelay, type PlanStateConfig } from './plan/config.js';
export type { PlanContext, PlanInput } from './plan/implementations.js';
export { exploreProcedure, type ProcedureGraph, type ExploredState, type ExploredEdge, type EdgeKind, type AnalysisEvent } from './analysis/explore.js';
export { witnessDossiers } from './analysis/witness.js';
export { effectiveDeadline, stepsById } from './procedure/implementations.js';
export { timeRulesFromCalendar } from './time-rules.js';
