// Public API of @tdkt/simulator: temporal analysis, population generation and runs, behaviour, reports.

// Seeded randomness and the event queue.
export { createRandom, mixSeed, hashString, uniformOf } from './random/prng.js';
export type { Random } from './random/prng.js';
export { EventQueue } from './queue/event-queue.js';
export { eventTag, tagCurrent, tagKind, tagIndex } from './queue/event-tag.js';

// Deadline consistency (temporal network on the real calendar).
export { temporalCalendar } from './temporal/calendar-port.js';
export type { TemporalCalendar } from './temporal/calendar-port.js';
export { addDurationForward, latestStartFor, daysOffBetween, NO_DELAY } from './temporal/duration.js';
export type { Crossing } from './temporal/duration.js';
export type { TemporalNetwork, TemporalNode, NodeKind, Constraint, RollupPolicy, Provenance, SourceSpan } from './temporal/network.js';
export { createNetworkBuilder } from './temporal/builder.js';
export { constrainByResolution } from './temporal/from-resolution.js';
export type { NetworkBuilder } from './temporal/builder.js';
export { analyseTemporal } from './temporal/analyse.js';
export type { TemporalAnalysis, NodeSchedule, AnalyseOptions } from './temporal/analyse.js';
export type { ChainLink } from './temporal/chain.js';
export type { TemporalConflict, TemporalCycle, TemporalUnknownNode, TemporalProblem } from './temporal/problems.js';
export type { TemporalDeadlineOrder } from './temporal/deadline-order.js';
export { explainProblem, explainConflict, explainCycle, explainDeadlineOrder, explainLink, explainOrdering, eventName, durationText } from './temporal/explain.js';

// Populations: organisations by level name (presets or a file), the runner, replications.
export { FOUR_TIER, TWO_TIER, STANDARD_LEVELS, levelsOfPlan, levelIndex, standardLevelOf } from './population/levels.js';
export type { LevelSpec, StandardLevelKey } from './population/levels.js';
export { PRESETS, PRESET_NAMES, preset, isPresetName } from './population/presets.js';
export type { Preset, PresetName } from './population/presets.js';
export { ancestorAt, levelCounts, unitName, unitId, treeFromCounts } from './population/tree.js';
export type { OrgTree } from './population/tree.js';
export { generatePopulation } from './population/generate.js';
export type { GenerateSpec } from './population/generate.js';
export { populationFileSchema, readPopulation, parsePopulationJson, validatePopulationFile, fileLevels, layOutFile } from './population/schema.js';
export type { PopulationFile, PopulationResult, PopulationFileResult } from './population/schema.js';
export { organisationFor } from './population/organisation.js';
export type { Organisation, OrganisationResult, OrganisationSource } from './population/organisation.js';
export { populationMessages, populationMessage, renderPopulationDiagnostic } from './population/messages.js';
export type { InstanceModel, Awaiting, PendingDeadline, UnitRef, DossierRef } from './population/model.js';
export { runPopulation, tallyPopulation, dossierCount } from './population/run.js';
export type { RunSpec, DossierPlan } from './population/run.js';
export { createTally, mergeTallies } from './population/tally.js';
export type { PopulationTally, ProcedureTally, StepTally } from './population/tally.js';
export { summariseRun } from './population/stats.js';
export type { PopulationRunResult, ProcedureStats, StepStats, LevelStats } from './population/stats.js';
export { estimate, dayEstimate, quantile, bands } from './population/estimate.js';
export type { Estimate, DayEstimate, Band } from './population/estimate.js';
export { singleUnitLevels, type SingleUnit } from './population/dependence.js';
export { summariseRuns, runReplications } from './population/replications.js';
export { replicationSeed } from './population/seeds.js';
export type { PopulationReport, ProcedureSummary, LevelSummary, StepSummary } from './population/replications.js';
export { referenceChainModel, referenceChainSteps } from './population/reference-chain.js';
export type { ChainSnapshot, ChainEvent, ChainStep } from './population/reference-chain.js';
export { byProcedure } from './population/by-procedure.js';
export type { TaggedSnapshot } from './population/by-procedure.js';
export { planPopulation, populationTasks, runPopulationTask, combineTasks, defaultRuns, runPlanPopulation } from './population/for-plan.js';
export type { PlanPopulation, PlanPopulationOptions, PopulationTask, PopulationExecutor } from './population/for-plan.js';

// Behaviour of the actors.
export { DEFAULT_BEHAVIOUR, behaviourFor, drawSession, drawDossier, drawReturned } from './behaviour/model.js';
export type { BehaviourModel, StepBehaviour, DossierDraw } from './behaviour/model.js';
export { behaviourFileSchema, readBehaviour } from './behaviour/schema.js';
export type { BehaviourFile, BehaviourResult } from './behaviour/schema.js';
export { behaviourMessages } from './behaviour/messages.js';

// Messages: the simulator's one catalog (vi, en), keyed by code or message id, rendered from typed data.
export { simulatorMessages, say, sayBoth } from './messages/catalog.js';
export type { SimulatorMessageId, SimulatorMessageData } from './messages/catalog.js';
export { displayWidth } from './report/width.js';

// Reports: text (vi/en) sections and the stable JSON report.
export { collectProblems, checkStatuses, exitCodeOf, temporalProblems, TITLES } from './report/model.js';
export type { ReportInput, ReportProblem, ReportChainLine, CheckProblem, ExtraCheck, CheckStatus } from './report/model.js';
export { sourceSnippet, formatLocation } from './report/snippet.js';
export { renderTable, fitTable, clip, formatCount, formatShare } from './report/table.js';
export { renderSummary, renderProblems, renderScheduleTable, renderCriticalPath, renderTextReport } from './report/text.js';
export { renderPopulationTables, populationLine, shareText, TEXT_WIDTH } from './report/population-text.js';
export { renderLegend } from './report/legend.js';
export { simulateReportSchema, simulateReportJsonSchema, toJsonReport, REPORT_SCHEMA_ID } from './report/json.js';
export type { SimulateReport } from './report/json.js';

// Completion: every procedure reaches an end from every reachable state (over the compiled machines).
export { analyseCompletion, type CompletionResult, type CompletionProblem } from './completion/analyse.js';
export { completionCheck, edgeText } from './completion/explain.js';
export { planNetwork, activityNode, eventNode } from './plan-network/build.js';
export { simulate, proceduresOfPlan, fileCheck, type SimulateOptions, type PlanReport } from './simulate.js';
export { compiledInstanceModel } from './population/compiled-model.js';

// Views: diagrams (Mermaid, DOT, SVG), calendar entries and iCalendar text, the one-page HTML report.
export { procedureDiagram, planDiagram, deadlineLabel, actionLabel } from './views/diagram-model.js';
export type { Diagram, DiagramNode, DiagramEdge, DiagramGroup, DiagramNodeKind, DiagramEdgeKind } from './views/diagram-model.js';
export { toMermaid } from './views/mermaid.js';
export { toDot } from './views/dot.js';
export { calendarEntries } from './views/calendar-events.js';
export type { CalendarEntry } from './views/calendar-events.js';
export { toIcs } from './views/ics.js';
export { diagramSvg } from './views/svg-diagram.js';
export { ganttSvg, ganttMarks, activityOfNode } from './views/gantt.js';
export { completionCurvesSvg, levelCurvesSvg, curvesSvg, type CurveSeries } from './views/curves.js';
export { htmlReport, type HtmlReportInput } from './views/html.js';
export { escapeXml, wrapText } from './views/svg-text.js';
