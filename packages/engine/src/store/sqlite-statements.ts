// The SQLite store's prepared statements (one set per connection).
import type Database from 'better-sqlite3';

const WORK_COLUMNS =
  'role, unit, owner_key, sort_at, instance, step, workflow, workflow_version, instance_unit, owner, entered_at, deadline, actions, version';
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
  | 'updateKeepingStatus'
  | 'versionOf'
  | 'queueFacts'
  | 'audit'
  | 'auditAll'
  | 'appendAudit'
  | 'timersOf'
  | 'due'
  | 'dueOf'
  | 'claim'
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
  | 'workKeys'
  | 'refreshWork'
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
       updated_at = @updatedAt, version = @version WHERE id = @id AND version = @expected
       RETURNING workflow, workflow_version, unit, owner, version, status, updated_at`,
    ),
    // The same without `status` in SET when it stays: SQLite then leaves instances_by_status alone.
    updateKeepingStatus: q(
      `UPDATE instances SET snapshot = @snapshot, state = @state, steps = @steps, outcome = @outcome,
       updated_at = @updatedAt, version = @version WHERE id = @id AND version = @expected
       RETURNING workflow, workflow_version, unit, owner, version, status, updated_at`,
    ),
    versionOf: q('SELECT version FROM instances WHERE id = ?'),
    queueFacts: q(
      'SELECT workflow, workflow_version, unit, owner, steps, version, status, updated_at FROM instances WHERE id = ?',
    ),
    audit: q('SELECT * FROM audit WHERE instance = ? AND seq > ? ORDER BY seq LIMIT ?'),
    auditAll: q('SELECT * FROM audit WHERE seq > ? ORDER BY seq LIMIT ?'),
    appendAudit: q(
      `INSERT INTO audit (instance, time, actor_id, actor_role, actor_unit, action, from_state, to_state, data, outcome, refusal, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    timersOf: q('SELECT * FROM timers WHERE instance = ? ORDER BY id'),
    due: q('SELECT * FROM timers WHERE fired_at IS NULL AND fire_at <= ? ORDER BY fire_at, id LIMIT ?'),
    dueOf: q(
      'SELECT * FROM timers WHERE fired_at IS NULL AND instance = ? AND fire_at <= ? ORDER BY fire_at, id LIMIT ?',
    ),
    claim: q(
      `SELECT * FROM timers t WHERE fired_at IS NULL AND fire_at <= @at AND (@instance IS NULL OR instance = @instance)
       AND NOT EXISTS (SELECT 1 FROM timers e WHERE e.instance = t.instance AND e.fired_at IS NULL AND (e.fire_at, e.id) < (t.fire_at, t.id))
       ORDER BY fire_at, id LIMIT @limit`,
    ),
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
    workKeys: q('SELECT role, unit, owner_key, sort_at, step FROM work_queue WHERE instance = ?'),
    // A row whose key stays: its other columns in place (none is in a secondary index: one B-tree write).
    refreshWork: q(
      `UPDATE work_queue SET workflow = @workflow, workflow_version = @workflowVersion, instance_unit = @instanceUnit,
       owner = @owner, entered_at = @enteredAt, deadline = @deadline, actions = @actions, version = @version
       WHERE role = @role AND unit = @unit AND sort_at = @sortAt AND instance = @instance AND step = @step
         AND owner_key = @ownerKey`,
    ),
    workOf: q('SELECT * FROM work_queue WHERE instance = ? ORDER BY step, role, unit'),
    // The (role, unit) range in order, the other owners' items skipped (a range holds one unit's items).
    workOfActor: q(
      `SELECT ${WORK_COLUMNS} FROM work_queue WHERE role = @role AND unit = @unit AND ${AFTER}
         AND (owner_key = '' OR owner_key = @actor)
       ORDER BY sort_at, instance, step LIMIT @limit`,
    ),
    workOfRole: q(
      `SELECT ${WORK_COLUMNS} FROM work_queue WHERE role = @role AND unit = @unit AND ${AFTER}
       ORDER BY sort_at, instance, step LIMIT @limit`,
    ),
    getMeta: q('SELECT value FROM meta WHERE key = ?'),
    setMeta: q('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };
}

export type Statements = Record<StatementName, Database.Statement>;
