// Rows of the SQL stores (SQLite, PostgreSQL) as records: snake_case columns, JSON columns as text.
import { parseActions } from './keys.js';
import type {
  AuditEntry,
  InstanceRecord,
  NewAuditEntry,
  OpenStep,
  QueuedWork,
  TimerRecord,
  WorkflowRecord,
  WorkItem,
} from './types.js';

export type Row = Record<string, unknown>;

/**
 * An audit entry's column values in the order both SQL stores' inserts take them (after PostgreSQL's own
 * position in the transaction's seq range).
 *
 * @example
 * statement.run(...auditValues(entry))
 */
export const auditValues = (e: NewAuditEntry): unknown[] => [
  e.instance,
  e.time,
  e.actor.id,
  e.actor.role,
  e.actor.unit,
  e.action,
  e.fromState,
  e.toState,
  JSON.stringify(e.data ?? null),
  e.outcome,
  e.refusal,
  e.version,
];

export const toWorkflow = (r: Row): WorkflowRecord => ({
  name: r['name'] as string,
  version: r['version'] as number,
  sourceHash: r['source_hash'] as string,
  definition: JSON.parse(r['definition'] as string) as unknown,
  createdAt: r['created_at'] as number,
});

export const toInstance = (r: Row): InstanceRecord => ({
  id: r['id'] as string,
  parent: (r['parent'] as string | null) ?? null,
  workflow: r['workflow'] as string,
  workflowVersion: r['workflow_version'] as number,
  unit: r['unit'] as string,
  owner: (r['owner'] as string | null) ?? null,
  snapshot: JSON.parse(r['snapshot'] as string) as unknown,
  state: r['state'] as string,
  steps: JSON.parse(r['steps'] as string) as InstanceRecord['steps'],
  version: r['version'] as number,
  status: r['status'] as InstanceRecord['status'],
  outcome: (r['outcome'] as string | null) ?? null,
  createdAt: r['created_at'] as number,
  updatedAt: r['updated_at'] as number,
});

export const toTimer = (r: Row): TimerRecord => ({
  id: r['id'] as number,
  instance: r['instance'] as string,
  kind: r['kind'] as TimerRecord['kind'],
  step: r['step'] as string,
  fireAt: r['fire_at'] as number,
  payload: JSON.parse(r['payload'] as string) as unknown,
  firedAt: (r['fired_at'] as number | null) ?? null,
});

export const toAudit = (r: Row): AuditEntry => ({
  seq: r['seq'] as number,
  instance: r['instance'] as string,
  time: r['time'] as number,
  actor: { id: r['actor_id'] as string, role: r['actor_role'] as string, unit: r['actor_unit'] as string },
  action: r['action'] as string,
  fromState: (r['from_state'] as string | null) ?? null,
  toState: (r['to_state'] as string | null) ?? null,
  data: JSON.parse(r['data'] as string) as unknown,
  outcome: r['outcome'] as AuditEntry['outcome'],
  refusal: (r['refusal'] as string | null) ?? null,
  version: (r['version'] as number | null) ?? null,
});

export const toWorkItem = (r: Row): WorkItem => ({
  step: r['step'] as string,
  role: r['role'] as string,
  unit: r['unit'] as string,
  ownerOnly: r['owner_key'] === '' ? null : (r['owner_key'] as string),
  actions: parseActions(r['actions']),
});

export const toQueued = (r: Row): QueuedWork => ({
  ...toWorkItem(r),
  instance: r['instance'] as string,
  workflow: r['workflow'] as string,
  workflowVersion: r['workflow_version'] as number,
  instanceUnit: r['instance_unit'] as string,
  owner: (r['owner'] as string | null) ?? null,
  enteredAt: r['entered_at'] as number,
  deadline: (r['deadline'] as number | null) ?? null,
  version: r['version'] as number,
});

export const toOpenStep = (r: Row): OpenStep => ({
  instance: r['instance'] as string,
  step: r['step'] as string,
  workflow: r['workflow'] as string,
  workflowVersion: r['workflow_version'] as number,
  unit: r['unit'] as string,
  owner: (r['owner'] as string | null) ?? null,
  enteredAt: r['entered_at'] as number,
  deadline: r['deadline'] as number,
});
