// Worker threads give the very report the main thread gives: tasks are pure and the merge is deterministic.

import { combineTasks, populationTasks, runPopulationTask } from '@tdkt/simulator';
import { describe, expect, it } from 'vitest';
import { type PopulationJob, preparePopulationJob } from '../src/population-job.js';
import { workerPool } from '../src/population-pool.js';

const root = new URL('../../../', import.meta.url).pathname;

describe('the population worker pool', () => {
  it('merges tallies from two workers into the same report as one thread, whatever ran where', async () => {
    const job: PopulationJob = {
      cwd: root,
      files: ['workflows/kim-son-2020-2021.tdkt'],
      plan: 'workflows/kim-son-2020-2021.tdkt',
      source: { preset: 'small' },
      seed: 3,
    };
    const run = preparePopulationJob(job);
    // One replication split in three shares, and a second one whole: both kinds of task.
    const third = Math.floor(run.count / 3);
    const tasks = [
      { replication: 0, from: 0, to: third },
      { replication: 0, from: third, to: 2 * third },
      { replication: 0, from: 2 * third, to: run.count },
      { replication: 1, from: 0, to: run.count },
    ];
    const single = populationTasks(run.count, 2, 1);
    const expected = combineTasks(
      run,
      job.seed,
      single,
      single.map((t) => runPopulationTask(run, job.seed, t)),
    );
    // Two workers; then one worker with the main thread taking tasks too.
    for (const [workers, local] of [
      [2, undefined],
      [1, (task: (typeof tasks)[number]) => runPopulationTask(run, job.seed, task)],
    ] as const) {
      const pool = workerPool(job, workers, () => undefined, local);
      try {
        expect(combineTasks(run, job.seed, tasks, await pool(tasks))).toEqual(expected);
      } finally {
        await pool.close();
      }
    }
  });

  it('reports a worker’s failure as an error, not a hang', async () => {
    const pool = workerPool(
      { cwd: root, files: ['không-có.tdkt'], plan: 'không-có.tdkt', source: { preset: 'small' }, seed: 1 },
      1,
      () => undefined,
    );
    try {
      await expect(pool([{ replication: 0, from: 0, to: 1 }])).rejects.toThrow(/plan không-có.tdkt not found/);
    } finally {
      await pool.close();
    }
  });
});
