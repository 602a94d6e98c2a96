// Audit export: JSON Lines, page by page, per instance or all, in append order; refusals filtered.

import {
  auditJsonLine,
  auditJsonLines,
  createMemoryStore,
  exportAuditJsonLines,
  refusalsOf,
  type Store,
} from '@tdkt/engine';
import { describe, expect, it } from 'vitest';

const actor = { id: 'gv-1', role: 'cá_nhân', unit: 'to-toan' };

async function filled(): Promise<Store> {
  const store = createMemoryStore();
  await store.transaction(async (tx) => {
    for (let k = 0; k < 7; k++) {
      await tx.appendAudit({
        instance: k % 3 === 0 ? 'a' : 'b',
        time: Date.UTC(2021, 4, 3) + k,
        actor,
        action: `bước-${k}`,
        fromState: 's',
        toState: 't',
        data: { k },
        outcome: k === 4 ? 'refused' : 'accepted',
        refusal: k === 4 ? 'not-permitted' : null,
        version: k,
      });
    }
  });
  return store;
}

describe('audit export', () => {
  it('writes one JSON object per line with the instant in ISO form', async () => {
    const [entry] = await (await filled()).audit('a');
    const line = auditJsonLine(entry as NonNullable<typeof entry>);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      seq: 1,
      instance: 'a',
      time: Date.UTC(2021, 4, 3),
      at: '2021-05-03T00:00:00.000Z',
      actor,
      action: 'bước-0',
      from: 's',
      to: 't',
      data: { k: 0 },
      outcome: 'accepted',
      refusal: null,
      version: 0,
    });
  });

  it('pages through everything in append order, whatever the page size', async () => {
    const store = await filled();
    for (const pageSize of [1, 2, 3, 100]) {
      const lines: string[] = [];
      for await (const line of exportAuditJsonLines(store, { pageSize })) lines.push(line);
      expect(lines.map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    }
    const mine = await auditJsonLines(store, { instance: 'a', pageSize: 2 });
    expect(mine.endsWith('\n')).toBe(true);
    expect(
      mine
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { action: string }).action),
    ).toEqual(['bước-0', 'bước-3', 'bước-6']);
    expect(await auditJsonLines(store, { afterSeq: 6 })).toBe(
      `${auditJsonLine((await store.auditAll({ afterSeq: 6 }))[0] as never)}\n`,
    );
  });

  it('lists an instance’s refusals', async () => {
    expect((await refusalsOf(await filled(), 'b')).map((e) => [e.action, e.refusal])).toEqual([
      ['bước-4', 'not-permitted'],
    ]);
  });
});
