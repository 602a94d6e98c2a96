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

/** Tasks sent ahead to each worker, so that it never waits for the main thread to hand it the next one. */
const AHEAD = 2;

/**
 * Starts `workers` worker threads for `job` and returns an executor: tasks go to whichever worker asks
 * (two queued ahead each), and, when `local` is given, the main thread takes tasks too between handing
 * them out (it has the plan ready, so one worker fewer is started). Tallies come back in task order, so
 * the merged report does not depend on the thread count or on which thread ran what. `onProgress` gets
 * the events counted so far.
 *
 * @example
 * const pool = workerPool(job, 1, say, (task) => runPopulationTask(run, seed, task));
 * const tallies = await pool(tasks); await pool.close();
 */
export function workerPool(
  job: PopulationJob,
  workers: number,
  onProgress: (events: number) => void,
  local?: (task: PopulationTask) => PopulationTally,
): PopulationExecutor & { close(): Promise<void> } {
  const threads = Array.from({ length: Math.max(0, workers) }, () => new Worker(workerUrl(), { workerData: job }));
  const run: PopulationExecutor = (tasks: readonly PopulationTask[]) =>
    new Promise<readonly PopulationTally[]>((resolve, reject) => {
      const results = new Array<PopulationTally | undefined>(tasks.length);
      const live = new Array<number>(threads.length).fill(0);
      let finishedEvents = 0;
      let next = 0;
      let pending = tasks.length;
      let failed = false;
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const done = (id: number, tally: PopulationTally): void => {
        results[id] = tally;
        finishedEvents += tally.events;
        pending--;
        if (pending === 0) resolve(results as PopulationTally[]);
      };
      const give = (w: number): void => {
        if (next >= tasks.length || failed) return;
        const id = next++;
        (threads[w] as Worker).postMessage({ task: tasks[id] as PopulationTask, id } satisfies WorkerRequest);
      };
      threads.forEach((worker, w) => {
        worker.removeAllListeners('message');
        worker.removeAllListeners('error');
        worker.on('message', (reply: WorkerReply) => {
          if (failed) return;
          if (reply.kind === 'progress') {
            live[w] = reply.events;
            onProgress(finishedEvents + live.reduce((a, b) => a + b, 0));
          } else if (reply.kind === 'done') {
            live[w] = 0;
            done(reply.id, reply.tally);
            give(w);
          } else fail(new Error(reply.message));
        });
        worker.on('error', fail);
        for (let k = 0; k < AHEAD; k++) give(w);
      });
      if (tasks.length === 0) resolve([]);
      if (local === undefined) {
        if (threads.length === 0 && tasks.length > 0) fail(new Error('population pool: no thread to run the tasks'));
        return;
      }
      // The main thread's share: one task at a time, yielding in between so that workers get new ones.
      const work = (): void => {
        if (failed || next >= tasks.length) return;
        const id = next++;
        try {
          done(id, local(tasks[id] as PopulationTask));
        } catch (error) {
          fail(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        onProgress(finishedEvents);
        setImmediate(work);
      };
      setImmediate(work);
    });
  return Object.assign(run, { close: async () => void (await Promise.all(threads.map((w) => w.terminate()))) });
}
