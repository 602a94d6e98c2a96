// The SQLite schema of the embedded store: four tables, append-only audit, versioned by user_version.

/** Bump when the schema changes, and add a migration step below. */
export const SCHEMA_VERSION = 1;

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
