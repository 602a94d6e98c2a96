// The compiled-procedure adapter's public surface.
export { workflowFromCompiled, type CompiledWorkflowOptions } from './from-compiled.js';
export { workflowsFromFiles, type LoadedWorkflows } from './from-files.js';
