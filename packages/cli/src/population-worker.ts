// A worker thread of the population pool: rebuilds the plan's run once, then runs the tasks it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { type PlanPopulation, type PopulationTask, runPopulationTask } from '@tdkt/simulator';
import { type PopulationJob, preparePopulationJob } from './population-job.js';

/** Messages from the pool: a task to run. Replies: progress, a tally, or an error. */
export type WorkerRequest = { readonly task: PopulationTask; readonly id: number };
export type WorkerReply =
  | { readonly kind: 'progress'; readonly events: number }
  | { readonly kind: 'done'; readonly id: number; readonly tally: ReturnType<typeof runPopulationTask> }
  | { readonly kind: 'error'; readonly message: string };

const job = workerData as PopulationJob;
let run: PlanPopulation | undefined;

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    run ??= preparePopulationJob(job);
    const tally = runPopulationTask(run, job.seed, request.task, (_clock, events) =>
      parentPort?.postMessage({ kind: 'progress', events } satisfies WorkerReply),
    );
    const buffers = [
      ...tally.procedures.map((p) => p.finishedByDay.buffer),
      ...tally.steps.map((s) => s.processedByDay.buffer),
    ] as ArrayBuffer[];
    parentPort?.postMessage({ kind: 'done', id: request.id, tally } satisfies WorkerReply, buffers);
  } catch (error) {
    parentPort?.postMessage({
      kind: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies WorkerReply);
  }
});
