// The SQLite schema of the embedded store: instances, timers, append-only audit, the work-queue indexes; versioned by user_version.

/** Bump when the schema changes, and add a migration step below. */
export const SCHEMA_VERSION = 4;

export const SCHEMA_V1 = `
CREATE TABLE IF NOT EXISTS workflows (
  name TEXT NOT NULL,
  version INTEGER NOT NULL,
  source_hash TEXT NOT NULL,
  definition TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (name, version)
);
CREATE TABLE IF NOT EXISTS instances (
  id TEXT PRIMARY KEY,
  workflow TEXT NOT NULL,
  workflow_version INTEGER NOT NULL,
  unit TEXT NOT NULL,
  owner TEXT,
  snapshot TEXT NOT NULL,
  state TEXT NOT NULL,
  steps TEXT NOT NULL,
  version INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'done')),
  outcome TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  FOREIGN KEY (workflow, workflow_version) REFERENCES workflows (name, version)
);
CREATE INDEX IF NOT EXISTS instances_by_status ON instances (status, workflow);
CREATE TABLE IF NOT EXISTS timers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  instance TEXT NOT NULL REFERENCES instances (id),
  kind TEXT NOT NULL CHECK (kind IN ('deadline', 'reminder', 'posting')),
  step TEXT NOT NULL,
  fire_at INTEGER NOT NULL,
  payload TEXT NOT NULL,
  fired_at INTEGER
);
CREATE INDEX IF NOT EXISTS timers_due ON timers (fire_at, id) WHERE fired_at IS NULL;
CREATE INDEX IF NOT EXISTS timers_by_instance ON timers (instance, id);
CREATE TABLE IF NOT EXISTS audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  instance TEXT NOT NULL,
  time INTEGER NOT NULL,
  actor_id TEXT NOT NULL,
  actor_role TEXT NOT NULL,
  actor_unit TEXT NOT NULL,
  action TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT,
  data TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'refused')),
  refusal TEXT,
  version INTEGER
);
CREATE INDEX IF NOT EXISTS audit_by_instance ON audit (instance, seq);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
`;

/**
 * Version 2: the indexed work queue (one narrow row per open step × role × acting unit, clustered by
 * (role, unit, owner key, deadline, instance, step)), the open-steps deadline index, child instances
 * and a key/value table. Existing instances' open steps are filled in from their stored steps; their
 * work items need the engine (roles, organisation), so the migration marks the queue for a rebuild.
 */
export const SCHEMA_V2 = `
ALTER TABLE instances ADD COLUMN parent TEXT;
CREATE INDEX IF NOT EXISTS instances_by_parent ON instances (parent) WHERE parent IS NOT NULL;
CREATE INDEX IF NOT EXISTS instances_by_created ON instances (created_at, id);
CREATE TABLE IF NOT EXISTS open_steps (
  instance TEXT NOT NULL,
  step TEXT NOT NULL,
  deadline INTEGER,
  entered_at INTEGER NOT NULL,
  PRIMARY KEY (instance, step)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS open_steps_by_deadline ON open_steps (deadline, instance, step) WHERE deadline IS NOT NULL;
CREATE TABLE IF NOT EXISTS work_queue (
  role TEXT NOT NULL,
  unit TEXT NOT NULL,
  owner_key TEXT NOT NULL,
  sort_at INTEGER NOT NULL,
  instance TEXT NOT NULL,
  step TEXT NOT NULL,
  workflow TEXT NOT NULL,
  workflow_version INTEGER NOT NULL,
  instance_unit TEXT NOT NULL,
  owner TEXT,
  entered_at INTEGER NOT NULL,
  deadline INTEGER,
  actions TEXT NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (role, unit, owner_key, sort_at, instance, step)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS work_queue_any_owner ON work_queue (role, unit, sort_at, instance, step);
CREATE INDEX IF NOT EXISTS work_queue_by_instance ON work_queue (instance);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO open_steps (instance, step, deadline, entered_at)
  SELECT i.id, json_extract(s.value, '$.step'), json_extract(s.value, '$.deadline'), json_extract(s.value, '$.enteredAt')
  FROM instances i, json_each(i.steps) s WHERE i.status = 'active';
INSERT INTO meta (key, value) SELECT 'work-queue', 'rebuild' WHERE EXISTS (SELECT 1 FROM instances WHERE status = 'active');
`;

/**
 * Version 3: timers of kind `window` (a plan's activity opens, a phase starts or ends). SQLite cannot
 * change a CHECK constraint in place: the table is rebuilt with its rows, ids and id sequence.
 */
export const SCHEMA_V3 = `
CREATE TABLE timers_v3 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  instance TEXT NOT NULL REFERENCES instances (id),
  kind TEXT NOT NULL CHECK (kind IN ('deadline', 'reminder', 'posting', 'window')),
  step TEXT NOT NULL,
  fire_at INTEGER NOT NULL,
  payload TEXT NOT NULL,
  fired_at INTEGER
);
INSERT INTO timers_v3 (id, instance, kind, step, fire_at, payload, fired_at)
  SELECT id, instance, kind, step, fire_at, payload, fired_at FROM timers;
DELETE FROM sqlite_sequence WHERE name = 'timers_v3';
INSERT INTO sqlite_sequence (name, seq) SELECT 'timers_v3', seq FROM sqlite_sequence WHERE name = 'timers';
DROP TABLE timers;
ALTER TABLE timers_v3 RENAME TO timers;
CREATE INDEX IF NOT EXISTS timers_due ON timers (fire_at, id) WHERE fired_at IS NULL;
CREATE INDEX IF NOT EXISTS timers_by_instance ON timers (instance, id);
`;

/**
 * Version 4: the work queue clustered by (role, unit, deadline, instance, step), without the owner key in the key
 * and without the second index that ordered a (role, unit) by deadline across owners: one B-tree fewer to write
 * per change (≈ 2.7 of ≈ 13 WAL pages per action, docs/performance.md). An actor's own items are filtered from
 * that (role, unit) range, which only holds the items of one unit. The rows are copied unchanged.
 */
export const SCHEMA_V4 = `
CREATE TABLE work_queue_v4 (
  role TEXT NOT NULL,
  unit TEXT NOT NULL,
  owner_key TEXT NOT NULL,
  sort_at INTEGER NOT NULL,
  instance TEXT NOT NULL,
  step TEXT NOT NULL,
  workflow TEXT NOT NULL,
  workflow_version INTEGER NOT NULL,
  instance_unit TEXT NOT NULL,
  owner TEXT,
  entered_at INTEGER NOT NULL,
  deadline INTEGER,
  actions TEXT NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (role, unit, sort_at, instance, step)
) WITHOUT ROWID;
INSERT INTO work_queue_v4 SELECT role, unit, owner_key, sort_at, instance, step, workflow, workflow_version,
  instance_unit, owner, entered_at, deadline, actions, version FROM work_queue;
DROP TABLE work_queue;
ALTER TABLE work_queue_v4 RENAME TO work_queue;
CREATE INDEX IF NOT EXISTS work_queue_by_instance ON work_queue (instance);
`;
