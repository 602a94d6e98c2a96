// The compiled-workflow adapters' public surface: procedures, plans, files.
export { type CompiledWorkflowOptions, workflowFromCompiled } from './from-compiled.js';
export { type FilesOptions, type LoadedWorkflows, parsePeriod, workflowsFromFiles } from './from-files.js';
export {
  activityWorkflowName,
  type PlanWorkflowOptions,
  periodKey,
  UNIT_ROLE,
  workflowsFromPlan,
} from './from-plan.js';
