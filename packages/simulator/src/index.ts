// Public API of @tdkt/simulator: what its users need. Simulate a workspace; the report model (problems and
// checks, the text and JSON reports, the JSON schema); the population API; behaviour files; the deadline and
// completion analyses. Random streams, the event queue, statistics and table primitives stay inside.

// Whole runs.
export { simulate, proceduresOfPlan, type SimulateOptions, type PlanReport } from './simulate.js';

// The report model, the text report (vi/en), the stable JSON report and its schema.
export { collectProblems, checkStatuses, exitCodeOf } from './report/model.js';
export type { ReportInput, ReportProblem, ReportChainLine, CheckProblem, ExtraCheck, CheckStatus } from './report/model.js';
export { renderTextReport } from './report/text.js';
export { simulateReportSchema, simulateReportJsonSchema, toJsonReport, REPORT_SCHEMA_ID } from './report/json.js';
export type { SimulateReport } from './report/json.js';
// The report's wording, for views that draw the same results (the HTML report).
export { sourceSnippet, formatLocation } from './report/snippet.js';
export { formatCount } from './report/table.js';
export { onTimeText, populationLine, shareText } from './report/population-text.js';
export { explainProblem, explainLink, eventName } from './temporal/explain.js';

// Deadline consistency: a temporal network on the real calendar (any WorkingDays of @tdkt/calendar).
export { planNetwork } from './plan-network/build.js';
export { createNetworkBuilder, type NetworkBuilder } from './temporal/builder.js';
export { constrainByResolution } from './temporal/from-resolution.js';
export type { TemporalNetwork, TemporalNode, NodeKind, Constraint, RollupPolicy, Provenance, SourceSpan } from './temporal/network.js';
export { analyseTemporal } from './temporal/analyse.js';
export type { TemporalAnalysis, NodeSchedule, AnalyseOptions } from './temporal/analyse.js';
export type { ChainLink } from './temporal/chain.js';
export type { TemporalConflict, TemporalCycle, TemporalUnknownNode, TemporalProblem } from './temporal/problems.js';
export type { TemporalDeadlineOrder } from './temporal/deadline-order.js';

// Completion: every procedure reaches an end from every reachable state (over the compiled machines).
export { analyseCompletion, type CompletionResult, type CompletionProblem } from './completion/analyse.js';
export { completionCheck } from './completion/explain.js';

// Populations: organisations by level name (presets or a file), a plan's run, replications, tasks for executors.
export { levelsOfPlan } from './population/levels.js';
export type { LevelSpec, StandardLevelKey } from './population/levels.js';
export { PRESET_NAMES, preset, isPresetName } from './population/presets.js';
export type { Preset, PresetName } from './population/presets.js';
export type { OrgTree } from './population/tree.js';
export { generatePopulation } from './population/generate.js';
export type { GenerateSpec } from './population/generate.js';
export { populationFileSchema, readPopulation, parsePopulationJson, validatePopulationFile } from './population/schema.js';
export type { PopulationFile, PopulationResult, PopulationFileResult } from './population/schema.js';
export { organisationFor } from './population/organisation.js';
export type { Organisation, OrganisationResult, OrganisationSource } from './population/organisation.js';
export { populationMessages, populationMessage, renderPopulationDiagnostic } from './population/messages.js';
export type { InstanceModel, Awaiting, PendingDeadline, UnitRef, DossierRef } from './population/model.js';
export { runPopulation, tallyPopulation } from './population/run.js';
export type { RunSpec, DossierPlan } from './population/run.js';
export { mergeTallies } from './population/tally.js';
export type { PopulationTally, ProcedureTally, StepTally } from './population/tally.js';
export type { PopulationRunResult, ProcedureStats, StepStats, LevelStats } from './population/stats.js';
export type { Estimate, DayEstimate, Band } from './population/estimate.js';
export type { SingleUnit } from './population/dependence.js';
export { runReplications } from './population/replications.js';
export type { PopulationReport, ProcedureSummary, LevelSummary, StepSummary } from './population/replications.js';
export { planPopulation, populationTasks, runPopulationTask, combineTasks, defaultRuns, runPlanPopulation } from './population/for-plan.js';
export type { PlanPopulation, PlanPopulationOptions, PopulationTask, PopulationExecutor } from './population/for-plan.js';
export { compiledInstanceModel } from './population/compiled-model.js';

// Behaviour of the actors: the default model and behaviour files.
export { DEFAULT_BEHAVIOUR } from './behaviour/model.js';
export type { BehaviourModel, StepBehaviour, DossierDraw } from './behaviour/model.js';
export { behaviourFileSchema, readBehaviour } from './behaviour/schema.js';
export type { BehaviourFile, BehaviourResult } from './behaviour/schema.js';
export { behaviourMessages } from './behaviour/messages.js';

// Messages: the simulator's one catalog (vi, en), keyed by code or message id, rendered from typed data.
export { simulatorMessages, say, sayBoth } from './messages/catalog.js';
export type { SimulatorMessageId, SimulatorMessageData } from './messages/catalog.js';
export { displayWidth } from './report/width.js';
export { reportHeading } from './report/heading.js';

