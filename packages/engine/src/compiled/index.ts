// The compiled-workflow adapters' public surface: procedures, plans, files.
export { workflowFromCompiled, type CompiledWorkflowOptions } from './from-compiled.js';
export { workflowsFromPlan, periodKey, activityWorkflowName, UNIT_ROLE, type PlanWorkflowOptions } from './from-plan.js';
export { workflowsFromFiles, parsePeriod, type LoadedWorkflows, type FilesOptions } from './from-files.js';
