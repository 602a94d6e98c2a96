// The PostgreSQL schema: the SQLite store's tables in a schema of their own, text in "C" collation, append-only audit.

/** Bump when the schema changes, and add a migration step. */
export const PG_SCHEMA_VERSION = 3;

/**
 * Audit `seq` is (transaction id × AUDIT_SEQ_SPAN + position in the transaction): it grows with the
 * transaction that wrote the entry, so a reader that only returns entries of transactions older than
 * every running one (`pg_snapshot_xmin`) pages through the log without ever skipping an entry that
 * commits later. A sequence would not: its numbers are drawn before commits, in another order.
 */
export const AUDIT_SEQ_SPAN = 4096;

/** The DDL of one schema, idempotent; `$S` is the quoted schema name. */
export const PG_SCHEMA_V1 = `
CREATE TABLE IF NOT EXISTS $S.meta (key text COLLATE "C" PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS $S.workflows (
  name text COLLATE "C" NOT NULL,
  version integer NOT NULL,
  source_hash text NOT NULL,
  definition json NOT NULL,
  created_at bigint NOT NULL,
  PRIMARY KEY (name, version)
);
CREATE TABLE IF NOT EXISTS $S.instances (
  id text COLLATE "C" PRIMARY KEY,
  parent text COLLATE "C",
  workflow text COLLATE "C" NOT NULL,
  workflow_version integer NOT NULL,
  unit text COLLATE "C" NOT NULL,
  owner text COLLATE "C",
  snapshot json NOT NULL,
  state text NOT NULL,
  steps json NOT NULL,
  version integer NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'done')),
  outcome text,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  FOREIGN KEY (workflow, workflow_version) REFERENCES $S.workflows (name, version)
);
CREATE INDEX IF NOT EXISTS instances_by_status ON $S.instances (status, workflow);
CREATE INDEX IF NOT EXISTS instances_by_created ON $S.instances (created_at, id);
CREATE INDEX IF NOT EXISTS instances_by_parent ON $S.instances (parent) WHERE parent IS NOT NULL;
CREATE TABLE IF NOT EXISTS $S.timers (
  id bigserial PRIMARY KEY,
  instance text COLLATE "C" NOT NULL REFERENCES $S.instances (id),
  kind text NOT NULL CHECK (kind IN ('deadline', 'reminder', 'posting')),
  step text COLLATE "C" NOT NULL,
  fire_at bigint NOT NULL,
  payload json NOT NULL,
  fired_at bigint
);
CREATE INDEX IF NOT EXISTS timers_due ON $S.timers (fire_at, id) WHERE fired_at IS NULL;
CREATE INDEX IF NOT EXISTS timers_by_instance ON $S.timers (instance, fire_at, id);
CREATE TABLE IF NOT EXISTS $S.audit (
  seq bigint PRIMARY KEY,
  instance text COLLATE "C" NOT NULL,
  time bigint NOT NULL,
  actor_id text NOT NULL,
  actor_role text NOT NULL,
  actor_unit text NOT NULL,
  action text NOT NULL,
  from_state text,
  to_state text,
  data json NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('accepted', 'refused')),
  refusal text,
  version integer
);
CREATE INDEX IF NOT EXISTS audit_by_instance ON $S.audit (instance, seq);
CREATE OR REPLACE FUNCTION $S.audit_append_only() RETURNS trigger LANGUAGE plpgsql AS
  $fn$ BEGIN RAISE EXCEPTION 'audit is append-only'; END $fn$;
DROP TRIGGER IF EXISTS audit_append_only ON $S.audit;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON $S.audit FOR EACH ROW EXECUTE FUNCTION $S.audit_append_only();
CREATE TABLE IF NOT EXISTS $S.open_steps (
  instance text COLLATE "C" NOT NULL,
  step text COLLATE "C" NOT NULL,
  deadline bigint,
  entered_at bigint NOT NULL,
  PRIMARY KEY (instance, step)
);
CREATE INDEX IF NOT EXISTS open_steps_by_deadline ON $S.open_steps (deadline, instance, step) WHERE deadline IS NOT NULL;
CREATE TABLE IF NOT EXISTS $S.work_queue (
  role text COLLATE "C" NOT NULL,
  unit text COLLATE "C" NOT NULL,
  owner_key text COLLATE "C" NOT NULL,
  sort_at bigint NOT NULL,
  instance text COLLATE "C" NOT NULL,
  step text COLLATE "C" NOT NULL,
  workflow text COLLATE "C" NOT NULL,
  workflow_version integer NOT NULL,
  instance_unit text COLLATE "C" NOT NULL,
  owner text COLLATE "C",
  entered_at bigint NOT NULL,
  deadline bigint,
  actions json NOT NULL,
  version integer NOT NULL,
  PRIMARY KEY (role, unit, owner_key, sort_at, instance, step)
);
CREATE INDEX IF NOT EXISTS work_queue_any_owner ON $S.work_queue (role, unit, sort_at, instance, step);
CREATE INDEX IF NOT EXISTS work_queue_by_instance ON $S.work_queue (instance);
`;

/**
 * Version 2: timers of kind `window` (a plan's activity opens, a phase starts or ends), and each instance's
 * `audit_xid`: the transaction that last appended to its audit (see `appendAudit`). Idempotent.
 */
export const PG_SCHEMA_V2 = `
ALTER TABLE $S.instances ADD COLUMN IF NOT EXISTS audit_xid bigint;
ALTER TABLE $S.timers DROP CONSTRAINT IF EXISTS timers_kind_check;
ALTER TABLE $S.timers ADD CONSTRAINT timers_kind_check CHECK (kind IN ('deadline', 'reminder', 'posting', 'window'));
`;

/**
 * Version 3 (as SQLite's schema 4): the work queue keyed by (role, unit, deadline, instance, step) — the order `tasks`
 * reads — without the owner key, and without the index that ordered a (role, unit) across owners: one index fewer
 * to write per change. An actor's own items are filtered from their unit's range. Runs once (the key is rebuilt).
 */
export const PG_SCHEMA_V3 = `
DROP INDEX IF EXISTS $S.work_queue_any_owner;
ALTER TABLE $S.work_queue DROP CONSTRAINT IF EXISTS work_queue_pkey;
ALTER TABLE $S.work_queue ADD CONSTRAINT work_queue_pkey PRIMARY KEY (role, unit, sort_at, instance, step);
`;
