// One command: `node packages/engine/examples/host/server.mjs [--port 8080] [--db host.db]` (after a build).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startHost } from './host.mjs';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const { values } = parseArgs({
  // `pnpm run … -- --port 8080` passes the `--` through.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    port: { type: 'string', default: '8080' },
    db: { type: 'string', default: 'tdkt-host.db' },
    file: { type: 'string', default: here('./xet-5-cap.tdkt') },
    procedure: { type: 'string', default: 'xét_năm_cấp' },
    units: { type: 'string', default: here('./units.json') },
    people: { type: 'string', default: here('./people.json') },
    period: { type: 'string', default: '2020-2021' },
  },
});
const host = await startHost({
  file: values.file,
  procedure: values.procedure,
  db: values.db,
  units: JSON.parse(readFileSync(values.units, 'utf8')),
  people: JSON.parse(readFileSync(values.people, 'utf8')),
  period: values.period,
  port: Number(values.port),
});
console.log(
  `tdkt sample host on ${host.url} (store ${values.db}); open ${host.url}/ in a browser, or: POST /dossiers, POST /dossiers/:id/actions/:action, GET /tasks?role=&unit=, GET /dossiers/:id, POST /plans`,
);
const stop = async () => {
  await host.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
