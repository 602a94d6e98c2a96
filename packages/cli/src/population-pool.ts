// The worker-thread pool that runs population tasks on every core: an effect at the CLI's edge.
import { Worker } from 'node:worker_threads';
import type { PopulationExecutor, PopulationTally, PopulationTask } from '@tdkt/simulator';
import type { PopulationJob } from './population-job.js';
import type { WorkerReply, WorkerRequest } from './population-worker.js';

/** Under vitest the sources run from src/: workers then start from the built file in dist/. */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../dist/population-worker.js', here) : new URL('./population-worker.js', here);
}

/**
 * Starts `threads` workers for `job` and returns an executor: tasks go to whichever worker is free, and
 * the tallies come back in task order, so the merged report does not depend on the thread count or on
 * which worker ran what. `onProgress` gets the events counted so far across workers.
 *
 * @example
 * const pool = workerPool(job, 2, say); const tallies = await pool(tasks); await pool.close();
 */
export function workerPool(job: PopulationJob, threads: number, onProgress: (events: number) => void): PopulationExecutor & { close(): Promise<void> } {
  const workers = Array.from({ length: Math.max(1, threads) }, () => new Worker(workerUrl(), { workerData: job }));
  const run: PopulationExecutor = (tasks: readonly PopulationTask[]) =>
    new Promise<readonly PopulationTally[]>((resolve, reject) => {
      const results = new Array<PopulationTally | undefined>(tasks.length);
      const events = new Array<number>(workers.length).fill(0);
      let finishedEvents = 0;
      let next = 0;
      let pending = tasks.length;
      let failed = false;
      const give = (w: number): void => {
        if (next >= tasks.length) return;
        const id = next++;
        (workers[w] as Worker).postMessage({ task: tasks[id] as PopulationTask, id } satisfies WorkerRequest);
      };
      workers.forEach((worker, w) => {
        worker.removeAllListeners('message');
        worker.removeAllListeners('error');
        worker.on('message', (reply: WorkerReply) => {
          if (failed) return;
          if (reply.kind === 'progress') {
            events[w] = reply.events;
            onProgress(finishedEvents + events.reduce((a, b) => a + b, 0));
          } else if (reply.kind === 'done') {
            results[reply.id] = reply.tally;
            finishedEvents += reply.tally.events;
            events[w] = 0;
            pending--;
            if (pending === 0) resolve(results as PopulationTally[]);
            else give(w);
          } else {
            failed = true;
            reject(new Error(reply.message));
          }
        });
        worker.on('error', (error) => {
          failed = true;
          reject(error);
        });
        give(w);
      });
      if (tasks.length === 0) resolve([]);
    });
  return Object.assign(run, { close: async () => void (await Promise.all(workers.map((w) => w.terminate()))) });
}
