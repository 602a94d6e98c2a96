// The SQLite store's prepared statements and row mappers (one set per connection).
import type Database from 'better-sqlite3';
import { parseActions } from './keys.js';
import type { AuditEntry, InstanceRecord, OpenStep, QueuedWork, TimerRecord, WorkflowRecord, WorkItem } from './types.js';

export type Row = Record<string, unknown>;

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

const WORK_COLUMNS = 'role, unit, owner_key, sort_at, instance, step, workflow, workflow_version, instance_unit, owner, entered_at, deadline, actions, version';
const AFTER = '(sort_at, instance, step) > (@afterAt, @afterInstance, @afterStep)';

type StatementName =
  | 'workflow'
  | 'latestWorkflow'
  | 'workflows'
  | 'putWorkflow'
  | 'instance'
  | 'instances'
  | 'insertInstance'
  | 'updateInstance'
  | 'versionOf'
  | 'queueFacts'
  | 'audit'
  | 'auditAll'
  | 'appendAudit'
  | 'timersOf'
  | 'due'
  | 'dueOf'
  | 'nextAt'
  | 'addTimer'
  | 'cancelAll'
  | 'cancelStep'
  | 'cancelStepKind'
  | 'fire'
  | 'deleteOpenSteps'
  | 'insertOpenStep'
  | 'overdue'
  | 'deleteWork'
  | 'insertWork'
  | 'workOf'
  | 'workOfActor'
  | 'workOfRole'
  | 'getMeta'
  | 'setMeta';

/** Every statement of the store, prepared once per connection. */
export function prepareStatements(db: Database.Database): Record<StatementName, Database.Statement> {
  const q = (sql: string): Database.Statement => db.prepare(sql);
  return {
    workflow: q('SELECT * FROM workflows WHERE name = ? AND version = ?'),
    latestWorkflow: q('SELECT * FROM workflows WHERE name = ? ORDER BY version DESC LIMIT 1'),
    workflows: q('SELECT * FROM workflows ORDER BY name, version'),
    putWorkflow: q('INSERT INTO workflows (name, version, source_hash, definition, created_at) VALUES (?, ?, ?, ?, ?)'),
    instance: q('SELECT * FROM instances WHERE id = ?'),
    instances: q(
      `SELECT * FROM instances WHERE (@status IS NULL OR status = @status) AND (@workflow IS NULL OR workflow = @workflow)
       AND (@parent IS NULL OR parent = @parent) AND (created_at, id) > (@afterAt, @afterId) ORDER BY created_at, id LIMIT @limit`,
    ),
    insertInstance: q(
      `INSERT INTO instances (id, parent, workflow, workflow_version, unit, owner, snapshot, state, steps, version, status, outcome, created_at, updated_at)
       VALUES (@id, @parent, @workflow, @workflowVersion, @unit, @owner, @snapshot, @state, @steps, @version, @status, @outcome, @createdAt, @updatedAt)`,
    ),
    updateInstance: q(
      `UPDATE instances SET snapshot = @snapshot, state = @state, steps = @steps, status = @status, outcome = @outcome,
       updated_at = @updatedAt, version = version + 1 WHERE id = @id AND version = @expected`,
    ),
    versionOf: q('SELECT version FROM instances WHERE id = ?'),
    queueFacts: q('SELECT workflow, workflow_version, unit, owner, steps, version, status, updated_at FROM instances WHERE id = ?'),
    audit: q('SELECT * FROM audit WHERE instance = ? AND seq > ? ORDER BY seq LIMIT ?'),
    auditAll: q('SELECT * FROM audit WHERE seq > ? ORDER BY seq LIMIT ?'),
    appendAudit: q(
      `INSERT INTO audit (instance, time, actor_id, actor_role, actor_unit, action, from_state, to_state, data, outcome, refusal, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    timersOf: q('SELECT * FROM timers WHERE instance = ? ORDER BY id'),
    due: q('SELECT * FROM timers WHERE fired_at IS NULL AND fire_at <= ? ORDER BY fire_at, id LIMIT ?'),
    dueOf: q('SELECT * FROM timers WHERE fired_at IS NULL AND instance = ? AND fire_at <= ? ORDER BY fire_at, id LIMIT ?'),
    nextAt: q('SELECT MIN(fire_at) AS at FROM timers WHERE fired_at IS NULL'),
    addTimer: q('INSERT INTO timers (instance, kind, step, fire_at, payload) VALUES (?, ?, ?, ?, ?)'),
    cancelAll: q('DELETE FROM timers WHERE instance = ? AND fired_at IS NULL'),
    cancelStep: q('DELETE FROM timers WHERE instance = ? AND step = ? AND fired_at IS NULL'),
    cancelStepKind: q('DELETE FROM timers WHERE instance = ? AND step = ? AND kind = ? AND fired_at IS NULL'),
    fire: q('UPDATE timers SET fired_at = ? WHERE id = ? AND fired_at IS NULL'),
    deleteOpenSteps: q('DELETE FROM open_steps WHERE instance = ?'),
    insertOpenStep: q('INSERT INTO open_steps (instance, step, deadline, entered_at) VALUES (?, ?, ?, ?)'),
    overdue: q(
      `SELECT o.instance, o.step, o.deadline, o.entered_at, i.workflow, i.workflow_version, i.unit, i.owner
       FROM open_steps o JOIN instances i ON i.id = o.instance
       WHERE o.deadline IS NOT NULL AND o.deadline <= @at AND (o.deadline, o.instance, o.step) > (@afterAt, @afterInstance, @afterStep)
       ORDER BY o.deadline, o.instance, o.step LIMIT @limit`,
    ),
    deleteWork: q('DELETE FROM work_queue WHERE instance = ?'),
    insertWork: q(
      `INSERT INTO work_queue (${WORK_COLUMNS}) VALUES (@role, @unit, @ownerKey, @sortAt, @instance, @step, @workflow, @workflowVersion,
       @instanceUnit, @owner, @enteredAt, @deadline, @actions, @version)`,
    ),
    workOf: q('SELECT * FROM work_queue WHERE instance = ? ORDER BY step, role, unit'),
    // Two ordered index ranges (shared items, the actor's own), each cut at the page size, then merged.
    workOfActor: q(
      `SELECT * FROM (SELECT ${WORK_COLUMNS} FROM work_queue WHERE role = @role AND unit = @unit AND owner_key = '' AND ${AFTER}
         ORDER BY sort_at, instance, step LIMIT @limit)
       UNION ALL
       SELECT * FROM (SELECT ${WORK_COLUMNS} FROM work_queue WHERE role = @role AND unit = @unit AND owner_key = @actor AND ${AFTER}
         ORDER BY sort_at, instance, step LIMIT @limit)
       ORDER BY sort_at, instance, step LIMIT @limit`,
    ),
    workOfRole: q(
      `SELECT ${WORK_COLUMNS} FROM work_queue INDEXED BY work_queue_any_owner WHERE role = @role AND unit = @unit AND ${AFTER}
       ORDER BY sort_at, instance, step LIMIT @limit`,
    ),
    getMeta: q('SELECT value FROM meta WHERE key = ?'),
    setMeta: q('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };
}

export type Statements = Record<StatementName, Database.Statement>;
