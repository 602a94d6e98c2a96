// Reading the audit trail: per instance, everything in order, and JSON Lines export.
import type { AuditEntry, StoreReader } from '../store/types.js';

/**
 * One audit entry as a JSON Lines line (stable key order, no trailing newline).
 *
 * @example
 * auditJsonLine(entry) // => '{"seq":1,"instance":"i1","time":…,"actor":{…},"action":"nộp",…}'
 */
export function auditJsonLine(entry: AuditEntry): string {
  return JSON.stringify({
    seq: entry.seq,
    instance: entry.instance,
    time: entry.time,
    at: new Date(entry.time).toISOString(),
    actor: entry.actor,
    action: entry.action,
    from: entry.fromState,
    to: entry.toState,
    data: entry.data,
    outcome: entry.outcome,
    refusal: entry.refusal,
    version: entry.version,
  });
}

export interface AuditExportOptions {
  /** Only this instance's trail; default every instance. */
  readonly instance?: string;
  readonly afterSeq?: number;
  /** Entries read per store call. */
  readonly pageSize?: number;
}

/**
 * Streams the audit log as JSON Lines, page by page, so a year of entries never sits in memory.
 *
 * @example
 * for await (const line of exportAuditJsonLines(store)) out.write(line + '\n');
 */
export async function* exportAuditJsonLines(
  store: StoreReader,
  options: AuditExportOptions = {},
): AsyncGenerator<string> {
  const limit = options.pageSize ?? 1000;
  let after = options.afterSeq ?? 0;
  for (;;) {
    const page =
      options.instance === undefined
        ? await store.auditAll({ afterSeq: after, limit })
        : await store.audit(options.instance, { afterSeq: after, limit });
    for (const entry of page) yield auditJsonLine(entry);
    const last = page[page.length - 1];
    if (page.length < limit || last === undefined) return;
    after = last.seq;
  }
}

/**
 * The whole export as one string (one line per entry, each ending in a newline).
 *
 * @example
 * writeFileSync('audit.jsonl', await auditJsonLines(store, { instance: 'hs-001' }));
 */
export async function auditJsonLines(store: StoreReader, options: AuditExportOptions = {}): Promise<string> {
  let text = '';
  for await (const line of exportAuditJsonLines(store, options)) text += `${line}\n`;
  return text;
}

/** Only the refusals of an instance's trail. */
export async function refusalsOf(store: StoreReader, instance: string): Promise<AuditEntry[]> {
  return (await store.audit(instance)).filter((e) => e.outcome === 'refused');
}
