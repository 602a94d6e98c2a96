// The PostgreSQL store's SQL, table names qualified with the store's schema.
import { NO_DEADLINE } from './keys.js';
import { AUDIT_SEQ_SPAN } from './postgres-schema.js';

/**
 * Every statement of the store for schema `S` (already quoted).
 *
 * @example
 * statements('"tdkt"').instance // => 'SELECT * FROM "tdkt".instances WHERE id = $1'
 */
export function statements(S: string) {
  const t = (name: string) => `${S}.${name}`;
  const work =
    'role, unit, owner_key, sort_at, instance, step, workflow, workflow_version, instance_unit, owner, entered_at, deadline, actions, version';
  const after = '(sort_at, instance, step) > ($3, $4, $5)';
  const auditVisible = `(seq < pg_snapshot_xmin(pg_current_snapshot())::text::bigint * ${AUDIT_SEQ_SPAN}
    OR seq / ${AUDIT_SEQ_SPAN} = pg_current_xact_id_if_assigned()::text::bigint)`;
  return {
    workflow: `SELECT * FROM ${t('workflows')} WHERE name = $1 AND version = $2`,
    latestWorkflow: `SELECT * FROM ${t('workflows')} WHERE name = $1 ORDER BY version DESC LIMIT 1`,
    workflows: `SELECT * FROM ${t('workflows')} ORDER BY name, version`,
    putWorkflow: `INSERT INTO ${t('workflows')} (name, version, source_hash, definition, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    instance: `SELECT * FROM ${t('instances')} WHERE id = $1`,
    instances: `SELECT * FROM ${t('instances')} WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR workflow = $2)
      AND ($3::text IS NULL OR parent = $3) AND (created_at, id) > ($4, $5) ORDER BY created_at, id LIMIT $6`,
    // One round trip: the row and, for an active instance, its open steps.
    insertInstance: `WITH r AS (
        INSERT INTO ${t('instances')} (id, parent, workflow, workflow_version, unit, owner, snapshot, state, steps, version, status, outcome, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id)
      INSERT INTO ${t('open_steps')} (instance, step, deadline, entered_at)
        SELECT r.id, s.step, s.deadline, s.entered_at FROM r, unnest($15::text[], $16::bigint[], $17::bigint[]) AS s(step, deadline, entered_at)`,
    // One round trip: the row (if still at the expected version), its work items cleared (putWork writes the new
    // ones), its open steps replaced — left steps deleted, kept and entered ones upserted.
    updateInstance: `WITH u AS (
        UPDATE ${t('instances')} SET snapshot = $3, state = $4, steps = $5, status = $6, outcome = $7, updated_at = $8, version = $12
        WHERE id = $1 AND version = $2 RETURNING version, status),
      w AS (DELETE FROM ${t('work_queue')} WHERE instance = $1 AND EXISTS (SELECT 1 FROM u)),
      o AS (DELETE FROM ${t('open_steps')} WHERE instance = $1 AND EXISTS (SELECT 1 FROM u) AND step <> ALL($9::text[])),
      i AS (INSERT INTO ${t('open_steps')} (instance, step, deadline, entered_at)
        SELECT $1, s.step, s.deadline, s.entered_at FROM unnest($9::text[], $10::bigint[], $11::bigint[]) AS s(step, deadline, entered_at)
        WHERE EXISTS (SELECT 1 FROM u WHERE u.status = 'active')
        ON CONFLICT (instance, step) DO UPDATE SET deadline = excluded.deadline, entered_at = excluded.entered_at)
      SELECT version FROM u`,
    versionOf: `SELECT version FROM ${t('instances')} WHERE id = $1`,
    // One round trip: rows no longer wanted deleted, the wanted ones inserted or refreshed in place (by key: disjoint rows).
    putWork: `WITH wanted AS (
        SELECT w.role, w.unit, w.owner_key, COALESCE(s.deadline, ${NO_DEADLINE}) AS sort_at, i.id AS instance, w.step, i.workflow, i.workflow_version,
          i.unit AS instance_unit, i.owner, COALESCE(s.entered_at, i.updated_at) AS entered_at, s.deadline, w.actions::json AS actions, i.version
        FROM ${t('instances')} i CROSS JOIN unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS w(step, role, unit, owner_key, actions)
        LEFT JOIN ${t('open_steps')} s ON s.instance = i.id AND s.step = w.step
        WHERE i.id = $1 AND i.status = 'active'),
      gone AS (DELETE FROM ${t('work_queue')} q WHERE q.instance = $1 AND NOT EXISTS (
        SELECT 1 FROM wanted n WHERE (n.role, n.unit, n.sort_at, n.step) = (q.role, q.unit, q.sort_at, q.step)))
      INSERT INTO ${t('work_queue')} (${work}) SELECT * FROM wanted
      ON CONFLICT (role, unit, sort_at, instance, step) DO UPDATE SET owner_key = excluded.owner_key, workflow = excluded.workflow,
        workflow_version = excluded.workflow_version, instance_unit = excluded.instance_unit, owner = excluded.owner,
        entered_at = excluded.entered_at, deadline = excluded.deadline, actions = excluded.actions, version = excluded.version`,
    workOf: `SELECT * FROM ${t('work_queue')} WHERE instance = $1 ORDER BY step, role, unit`,
    // The (role, unit) range in order, the other owners' items skipped (a range holds one unit's items).
    workOfActor: `SELECT ${work} FROM ${t('work_queue')} WHERE role = $1 AND unit = $2 AND ${after}
        AND (owner_key = '' OR owner_key = $7) ORDER BY sort_at, instance, step LIMIT $6`,
    workOfRole: `SELECT ${work} FROM ${t('work_queue')} WHERE role = $1 AND unit = $2 AND ${after} ORDER BY sort_at, instance, step LIMIT $6`,
    overdue: `SELECT o.instance, o.step, o.deadline, o.entered_at, i.workflow, i.workflow_version, i.unit, i.owner
      FROM ${t('open_steps')} o JOIN ${t('instances')} i ON i.id = o.instance
      WHERE o.deadline IS NOT NULL AND o.deadline <= $1 AND (o.deadline, o.instance, o.step) > ($2, $3, $4)
      ORDER BY o.deadline, o.instance, o.step LIMIT $5`,
    audit: `SELECT * FROM ${t('audit')} WHERE instance = $1 AND seq > $2 AND ($4 OR ${auditVisible}) ORDER BY seq LIMIT $3`,
    auditAll: `SELECT * FROM ${t('audit')} WHERE seq > $1 AND ${auditVisible} ORDER BY seq LIMIT $2`,
    // An accepted entry goes in only if no younger transaction appended to the instance before (its audit_xid
    // is ours or older): a transaction writes a parent after its child, and may hold an older id than one that
    // wrote the parent meanwhile; its entry would sort before theirs. Then nothing is inserted, and the caller
    // retries with a new transaction (TransactionConflictError): one instance's entries stay in seq order.
    appendAudit: `WITH x AS (SELECT pg_current_xact_id()::text::bigint AS id),
      g AS (UPDATE ${t('instances')} SET audit_xid = (SELECT id FROM x)
        WHERE id = $2 AND $11 = 'accepted' AND COALESCE(audit_xid, 0) <= (SELECT id FROM x) RETURNING 1)
      INSERT INTO ${t('audit')} (seq, instance, time, actor_id, actor_role, actor_unit, action, from_state, to_state, data, outcome, refusal, version)
      SELECT (SELECT id FROM x) * ${AUDIT_SEQ_SPAN} + $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13
      WHERE $11 <> 'accepted' OR EXISTS (SELECT 1 FROM g) OR NOT EXISTS (SELECT 1 FROM ${t('instances')} WHERE id = $2)
      RETURNING seq`,
    timersOf: `SELECT * FROM ${t('timers')} WHERE instance = $1 ORDER BY id`,
    due: `SELECT * FROM ${t('timers')} WHERE fired_at IS NULL AND fire_at <= $1 AND ($3::text IS NULL OR instance = $3) ORDER BY fire_at, id LIMIT $2`,
    // Skips timers another transaction holds and those behind an earlier unfired timer of their instance;
    // locks the instance too, so an action on it waits for this firing (and then sees its effect).
    claim: `SELECT t.* FROM ${t('timers')} t JOIN ${t('instances')} i ON i.id = t.instance
      WHERE t.fired_at IS NULL AND t.fire_at <= $1 AND ($3::text IS NULL OR t.instance = $3)
        AND NOT EXISTS (SELECT 1 FROM ${t('timers')} e WHERE e.instance = t.instance AND e.fired_at IS NULL AND (e.fire_at, e.id) < (t.fire_at, t.id))
      ORDER BY t.fire_at, t.id LIMIT $2 FOR UPDATE OF t, i SKIP LOCKED`,
    nextAt: `SELECT MIN(fire_at) AS at FROM ${t('timers')} WHERE fired_at IS NULL`,
    addTimer: `INSERT INTO ${t('timers')} (instance, kind, step, fire_at, payload) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    cancelTimers: `DELETE FROM ${t('timers')} WHERE instance = $1 AND fired_at IS NULL AND ($2::text[] IS NULL OR step = ANY($2)) AND ($3::text[] IS NULL OR kind = ANY($3))`,
    fire: `UPDATE ${t('timers')} SET fired_at = $1 WHERE id = $2 AND fired_at IS NULL`,
    getMeta: `SELECT value FROM ${t('meta')} WHERE key = $1`,
    setMeta: `INSERT INTO ${t('meta')} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  };
}

export type Sql = ReturnType<typeof statements>;
