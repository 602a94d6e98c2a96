// Public API of @tdkt/simulator: what its users need. Simulate a workspace; the report model (problems and
// checks, the text and JSON reports, the JSON schema); the population API; behaviour files; the deadline and
// completion analyses. Random streams, the event queue, statistics and table primitives stay inside.

export { behaviourMessages } from './behaviour/messages.js';
export type { BehaviourModel, DossierDraw, StepBehaviour } from './behaviour/model.js';
// Behaviour of the actors: the default model and behaviour files.
export { DEFAULT_BEHAVIOUR, DEFAULT_WAITING } from './behaviour/model.js';
export type { BehaviourFile, BehaviourResult } from './behaviour/schema.js';
export { behaviourFileSchema, readBehaviour } from './behaviour/schema.js';
// Completion: every procedure reaches an end from every reachable state (over the compiled machines).
export { analyseCompletion, type CompletionProblem, type CompletionResult } from './completion/analyse.js';
export { completionCheck } from './completion/explain.js';
export type { SimulatorMessageData, SimulatorMessageId } from './messages/catalog.js';
// Messages: the simulator's one catalog (vi, en), keyed by code or message id, rendered from typed data.
export { say, sayBoth, simulatorMessages } from './messages/catalog.js';
// Deadline consistency: a temporal network on the real calendar (any WorkingDays of @tdkt/calendar).
export { planNetwork } from './plan-network/build.js';
export { compiledInstanceModel } from './population/compiled-model.js';
export type { SingleUnit } from './population/dependence.js';
export type { Band, DayEstimate, Estimate } from './population/estimate.js';
export type {
  PlanPopulation,
  PlanPopulationOptions,
  PopulationExecutor,
  PopulationTask,
} from './population/for-plan.js';
export {
  combineTasks,
  defaultRuns,
  planPopulation,
  populationTasks,
  runPlanPopulation,
  runPopulationTask,
} from './population/for-plan.js';
export type { GenerateSpec } from './population/generate.js';
export { generatePopulation } from './population/generate.js';
export type { LevelSpec, StandardLevelKey } from './population/levels.js';
// Populations: organisations by level name (presets or a file), a plan's run, replications, tasks for executors.
export { levelsOfPlan } from './population/levels.js';
export { populationMessage, populationMessages, renderPopulationDiagnostic } from './population/messages.js';
export type { Awaiting, DossierRef, InstanceModel, PendingDeadline, UnitRef } from './population/model.js';
export type { Organisation, OrganisationResult, OrganisationSource } from './population/organisation.js';
export { organisationFor } from './population/organisation.js';
export type { Preset, PresetName } from './population/presets.js';
export { isPresetName, PRESET_NAMES, preset } from './population/presets.js';
export type { LevelSummary, PopulationReport, ProcedureSummary, StepSummary } from './population/replications.js';
export { runReplications } from './population/replications.js';
export type { DossierPlan, RunSpec } from './population/run.js';
export { runPopulation, tallyPopulation } from './population/run.js';
export type { PopulationFile, PopulationFileResult, PopulationResult } from './population/schema.js';
export {
  parsePopulationJson,
  populationFileSchema,
  readPopulation,
  validatePopulationFile,
} from './population/schema.js';
export type { LevelStats, PopulationRunResult, ProcedureStats, StepStats } from './population/stats.js';
export type { PopulationTally, ProcedureTally, StepTally } from './population/tally.js';
export { mergeTallies } from './population/tally.js';
export type { OrgTree } from './population/tree.js';
export { reportHeading } from './report/heading.js';
export type { SimulateReport } from './report/json.js';
export { REPORT_SCHEMA_ID, simulateReportJsonSchema, simulateReportSchema, toJsonReport } from './report/json.js';
export type {
  CheckProblem,
  CheckStatus,
  ExtraCheck,
  ReportChainLine,
  ReportInput,
  ReportProblem,
} from './report/model.js';
// The report model, the text report (vi/en), the stable JSON report and its schema.
export { checkStatuses, collectProblems, exitCodeOf } from './report/model.js';
export { onTimeText, populationLine, shareText } from './report/population-text.js';
// The report's wording, for views that draw the same results (the HTML report).
export { formatLocation, sourceSnippet } from './report/snippet.js';
export { formatCount } from './report/table.js';
export { renderTextReport } from './report/text.js';
export { displayWidth } from './report/width.js';
// Whole runs.
export { type PlanReport, proceduresOfPlan, type SimulateOptions, simulate } from './simulate.js';
export type { AnalyseOptions, NodeSchedule, TemporalAnalysis } from './temporal/analyse.js';
export { analyseTemporal } from './temporal/analyse.js';
export { createNetworkBuilder, type NetworkBuilder } from './temporal/builder.js';
export type { ChainLink } from './temporal/chain.js';
export type { TemporalDeadlineOrder } from './temporal/deadline-order.js';
export type { TemporalDefaultShortens } from './temporal/default-shortens.js';
export { eventName, explainLink, explainProblem } from './temporal/explain.js';
export { constrainByResolution } from './temporal/from-resolution.js';
export type {
  Constraint,
  NodeKind,
  Provenance,
  RollupPolicy,
  SourceSpan,
  TemporalNetwork,
  TemporalNode,
} from './temporal/network.js';
export type { TemporalConflict, TemporalCycle, TemporalProblem, TemporalUnknownNode } from './temporal/problems.js';
