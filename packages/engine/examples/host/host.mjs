// The sample host: one workflow file (procedures and a plan) served over HTTP (node:http), with a small web page.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createEngine, exportAuditJsonLines, organisationFromUnits, workflowsFromFiles } from '@tdkt/engine';
import { openSqliteStore } from '@tdkt/engine/sqlite';

/** HTTP status for each refusal code. */
const statusOf = {
  'not-permitted': 403,
  'unknown-instance': 404,
  'unknown-workflow': 404,
  'invalid-data': 422,
  'invalid-id': 422,
  'invalid-actor': 422,
  'payload-too-large': 413,
  'period-required': 422,
  'period-mismatch': 422,
  'not-a-plan': 422,
  'action-not-available': 409,
  'instance-closed': 409,
  'instance-exists': 409,
  'version-conflict': 409,
};

/** Largest request body the host reads (the engine's own payload limit is 64 KB; headroom for the envelope). */
const MAX_BODY_BYTES = 96 * 1024;

const page = readFileSync(fileURLToPath(new URL('./page.html', import.meta.url)), 'utf8');

/** The engine workflows of `file` (every procedure and its plan); throws with the diagnostics' codes if the file has errors. */
function loadWorkflows(file, period) {
  const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  const loaded = workflowsFromFiles([file], read, { version: 1, ...(period ? { period } : {}) });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`${file}: ${errors.map((d) => d.code).join(', ')} (run tdkt check)`);
  if (loaded.workflows.length === 0) throw new Error(`${file}: no procedure`);
  return loaded;
}

/** A client's mistake in the request itself (before the engine sees it). */
class BadRequest extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * The request body as JSON: the raw bytes gathered first and decoded once, so a character split between two
 * chunks (Vietnamese letters are 2–3 bytes in UTF-8) is read whole; invalid UTF-8 and oversize bodies refused.
 */
async function body(req, limit = MAX_BODY_BYTES) {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BadRequest(413, 'payload-too-large', `the body is over ${limit} bytes`);
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new BadRequest(413, 'payload-too-large', `the body is over ${limit} bytes`);
    chunks.push(chunk);
  }
  if (size === 0) return {};
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, size));
  } catch {
    throw new BadRequest(400, 'invalid-utf8', 'the body is not UTF-8 text');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequest(400, 'invalid-json', 'the body is not JSON');
  }
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

const result = (res, r, okStatus = 200) => send(res, r.ok ? okStatus : (statusOf[r.refusal.code] ?? 400), r);

/**
 * Starts the host. In a real portal the actor comes from the login session; here the client sends it
 * in the body, which is only acceptable for a demonstration.
 * @param {{ file: string, procedure: string, db: string, units: Array<{id: string, parent?: string, level?: string}>, people?: Array<{id: string, name: string, role: string, unit: string}>, period?: string, port?: number, host?: string, clock?: import('@tdkt/engine').EngineClock, log?: (line: string) => void }} options
 */
export async function startHost(options) {
  const loaded = loadWorkflows(options.file, options.period ?? '2020-2021');
  const store = await openSqliteStore(options.db);
  const log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  const engine = await createEngine({
    workflows: loaded.workflows,
    store,
    organisation: organisationFromUnits(options.units),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const routes = [
    [
      'GET',
      /^\/$/,
      async (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page);
      },
    ],
    [
      'GET',
      /^\/favicon\.ico$/,
      async (_req, res) => {
        res.writeHead(204);
        res.end();
      },
    ],
    [
      'GET',
      /^\/api\/meta$/,
      async (_req, res) => {
        send(res, 200, {
          now: engine.clock.now(),
          procedure: options.procedure,
          procedures: loaded.names,
          plans: loaded.plans,
          units: options.units,
          people: options.people ?? [],
        });
      },
    ],
    [
      'POST',
      /^\/dossiers$/,
      async (req, res) => {
        const b = await body(req);
        result(
          res,
          await engine.start(b.workflow ?? options.procedure, {
            unit: b.unit,
            owner: b.owner,
            dossier: b.dossier ?? {},
            ...(b.id ? { id: b.id } : {}),
          }),
          201,
        );
      },
    ],
    [
      'POST',
      /^\/dossiers\/([^/]+)\/actions\/([^/]+)$/,
      async (req, res, [id, action]) => {
        const b = await body(req);
        const opts = {
          actor: b.actor,
          ...(b.data ? { data: b.data } : {}),
          ...(b.expectedVersion !== undefined ? { expectedVersion: b.expectedVersion } : {}),
        };
        result(res, await engine.act(id, action, opts));
      },
    ],
    [
      'GET',
      /^\/dossiers\/([^/]+)$/,
      async (_req, res, [id]) => {
        const view = await engine.instance(id);
        if (view === undefined) send(res, 404, { ok: false, refusal: { code: 'unknown-instance' } });
        else send(res, 200, view);
      },
    ],
    [
      'GET',
      /^\/dossiers\/([^/]+)\/audit\.jsonl$/,
      async (_req, res, [id]) => {
        if ((await store.getInstance(id)) === undefined)
          return send(res, 404, { ok: false, refusal: { code: 'unknown-instance' } });
        res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
        for await (const line of exportAuditJsonLines(store, { instance: id })) res.write(`${line}\n`);
        res.end();
      },
    ],
    [
      'POST',
      /^\/plans$/,
      async (req, res) => {
        const b = await body(req);
        result(
          res,
          await engine.startPlan(b.plan ?? loaded.plans[0], {
            unit: b.unit,
            ...(b.id ? { id: b.id } : {}),
            ...(b.dossiers ? { dossiers: b.dossiers } : {}),
          }),
          201,
        );
      },
    ],
    [
      'GET',
      /^\/plans$/,
      async (_req, res) => {
        const plans = (await store.listInstances({ limit: 100 })).filter(
          (i) => loaded.plans.includes(i.workflow) && (i.parent ?? null) === null,
        );
        send(res, 200, {
          items: plans.map((p) => ({ id: p.id, workflow: p.workflow, unit: p.unit, state: p.state, status: p.status })),
        });
      },
    ],
    [
      'GET',
      /^\/tasks$/,
      async (_req, res, _m, url) => {
        const actorId = url.searchParams.get('actorId');
        send(
          res,
          200,
          await engine.tasks({
            role: url.searchParams.get('role') ?? '',
            unit: url.searchParams.get('unit') ?? '',
            ...(actorId ? { actorId } : {}),
            ...pageOf(url),
          }),
        );
      },
    ],
    ['GET', /^\/overdue$/, async (_req, res, _m, url) => send(res, 200, await engine.overdue(pageOf(url)))],
  ];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    try {
      for (const [method, pattern, handle] of routes) {
        const match = req.method === method ? pattern.exec(url.pathname) : null;
        if (match) return await handle(req, res, match.slice(1).map(decodeURIComponent), url);
      }
      send(res, 404, { error: 'not-found' });
    } catch (error) {
      if (error instanceof BadRequest) {
        // Stop reading an oversize body: answer, then close the connection.
        if (error.status === 413) res.setHeader('connection', 'close');
        return send(res, error.status, { error: error.code, message: error.message });
      }
      // A malformed list query (QueryError: bad limit or cursor) or path (URIError) is the client's mistake.
      if (error?.name === 'QueryError' || error instanceof URIError)
        return send(res, 400, { error: error.code ?? 'bad-request', message: String(error.message) });
      // Anything else stays here: the client gets an id to quote, never a database message.
      const ref = randomUUID();
      log(`tdkt host: error ${ref}: ${error?.stack ?? error}`);
      send(res, 500, {
        error: 'internal-error',
        message: 'lỗi máy chủ; báo quản trị kèm mã này · server error; quote this reference',
        ref,
      });
    }
  });
  await new Promise((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    engine,
    store,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await engine.close();
      await store.close();
    },
  };
}
