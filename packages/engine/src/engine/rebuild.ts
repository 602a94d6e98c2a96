// Rewriting the work queue from the instances themselves: after a store migration or an organisation change.
import type { Store } from '../store/types.js';
import type { Organisation } from './organisation.js';
import type { Registry } from './registry.js';
import { workItemsFor } from './work-queue.js';

/** The meta key a store migration sets to `rebuild` when the work queue must be rewritten. */
export const WORK_QUEUE_META = 'work-queue';

/**
 * Rewrites the work items of every active instance, a page of instances per transaction, each from its
 * current stored version (a concurrent change simply writes its own items again). Instances of
 * workflow versions this engine does not load are left as they are.
 *
 * @example
 * await rebuildWorkQueue(store, registry, org) // => 1200
 */
export async function rebuildWorkQueue(
  store: Store,
  registry: Registry,
  org: Organisation,
  pageSize = 500,
): Promise<number> {
  let after: { createdAt: number; id: string } | undefined;
  let count = 0;
  for (;;) {
    const page = await store.listInstances({
      status: 'active',
      limit: pageSize,
      ...(after === undefined ? {} : { after }),
    });
    if (page.length === 0) break;
    count += await store.transaction(async (tx) => {
      let written = 0;
      for (const { id } of page) {
        const instance = await tx.getInstance(id);
        if (instance === undefined || instance.status !== 'active') continue;
        const loaded = registry.get(instance.workflow, instance.workflowVersion);
        if (loaded === undefined) continue;
        const snapshot = loaded.runner.restore(instance.snapshot);
        await tx.putWork(id, workItemsFor(loaded.definition, instance, instance.steps, snapshot, org));
        written++;
      }
      return written;
    });
    const last = page[page.length - 1];
    if (page.length < pageSize || last === undefined) break;
    after = { createdAt: last.createdAt, id: last.id };
  }
  await store.transaction((tx) => tx.setMeta(WORK_QUEUE_META, 'ok'));
  return count;
}
