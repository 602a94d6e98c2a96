// The sample host: one workflow file served over HTTP (node:http) with start / act / tasks / history.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createEngine, exportAuditJsonLines, organisationFromUnits, workflowsFromFiles } from '@tdkt/engine';
import { openSqliteStore } from '@tdkt/engine/sqlite';

/** HTTP status for each refusal code. */
const statusOf = {
  'not-permitted': 403,
  'unknown-instance': 404,
  'unknown-workflow': 404,
  'invalid-data': 422,
  'action-not-available': 409,
  'instance-closed': 409,
  'version-conflict': 409,
};

/** The engine workflow for `procedure` in `file`; throws with the diagnostics' codes if the file has errors. */
export function loadProcedure(file, procedure) {
  const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  const { workflows, diagnostics } = workflowsFromFiles([file], read, { procedures: [procedure], version: 1 });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`${file}: ${errors.map((d) => d.code).join(', ')} (run tdkt check)`);
  if (workflows.length === 0) throw new Error(`${file}: no procedure ${procedure}`);
  return workflows[0];
}

async function body(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text === '' ? {} : JSON.parse(text);
}

function send(res, status, value) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
}

/** `?limit=&after=` of a list endpoint. */
function pageOf(url) {
  const limit = url.searchParams.get('limit');
  const after = url.searchParams.get('after');
  return { ...(limit ? { limit: Number(limit) } : {}), ...(after ? { after } : {}) };
}

const result = (res, r, okStatus = 200) => send(res, r.ok ? okStatus : statusOf[r.refusal.code] ?? 400, r);

/**
 * Starts the host. In a real portal the actor comes from the login session; here the client sends it
 * in the body, which is only acceptable for a demonstration.
 * @param {{ file: string, procedure: string, db: string, units: Array<{id: string, parent?: string, level?: string}>, port?: number, host?: string, clock?: import('@tdkt/engine').EngineClock }} options
 */
export async function startHost(options) {
  const workflow = loadProcedure(options.file, options.procedure);
  const store = await openSqliteStore(options.db);
  const engine = await createEngine({
    workflows: [workflow],
    store,
    organisation: organisationFromUnits(options.units),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const routes = [
    ['POST', /^\/dossiers$/, async (req, res) => {
      const b = await body(req);
      result(res, await engine.start(options.procedure, { unit: b.unit, owner: b.owner, dossier: b.dossier ?? {}, ...(b.id ? { id: b.id } : {}) }), 201);
    }],
    ['POST', /^\/dossiers\/([^/]+)\/actions\/([^/]+)$/, async (req, res, [id, action]) => {
      const b = await body(req);
      const opts = { actor: b.actor, ...(b.data ? { data: b.data } : {}), ...(b.expectedVersion !== undefined ? { expectedVersion: b.expectedVersion } : {}) };
      result(res, await engine.act(id, action, opts));
    }],
    ['GET', /^\/dossiers\/([^/]+)$/, async (_req, res, [id]) => {
      const view = await engine.instance(id);
      if (view === undefined) send(res, 404, { ok: false, refusal: { code: 'unknown-instance' } });
      else send(res, 200, view);
    }],
    ['GET', /^\/dossiers\/([^/]+)\/audit\.jsonl$/, async (_req, res, [id]) => {
      res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
      for await (const line of exportAuditJsonLines(store, { instance: id })) res.write(`${line}\n`);
      res.end();
    }],
    ['GET', /^\/tasks$/, async (_req, res, _m, url) => {
      const page = pageOf(url);
      send(res, 200, await engine.tasks({ role: url.searchParams.get('role') ?? '', unit: url.searchParams.get('unit') ?? '', ...page }));
    }],
    ['GET', /^\/overdue$/, async (_req, res, _m, url) => send(res, 200, await engine.overdue(pageOf(url)))],
  ];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    try {
      for (const [method, pattern, handle] of routes) {
        const match = req.method === method ? pattern.exec(url.pathname) : null;
        if (match) return await handle(req, res, match.slice(1).map(decodeURIComponent), url);
      }
      send(res, 404, { error: 'not found' });
    } catch (error) {
      // A malformed body (SyntaxError) or list query (QueryError: bad limit or cursor) is the client's mistake.
      send(res, error instanceof SyntaxError || error?.name === 'QueryError' ? 400 : 500, { error: String(error.message ?? error) });
    }
  });
  await new Promise((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    engine,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await engine.close();
      await store.close();
    },
  };
}
