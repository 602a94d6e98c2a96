// `dùng "file" [chỉ a, b]`: brings another file's declarations (levels, units, roles, councils, procedures) here.
import type { Diagnostic } from '@tdkt/calendar';
import type { Use } from '../ast/index.js';
import { closest as closestName } from '../diagnostics/suggest.js';
import type { SourceRef } from '../model/types.js';
import type { FileEnv } from './env.js';
import { nameKey, type Table } from './table.js';

interface Origin {
  readonly file: string;
  readonly line: number;
  readonly start: number;
}

const at = (source: SourceRef): Origin => ({ file: source.file, line: source.line, start: source.start });

/**
 * Imports every declaration visible in `from` (its own and those it imports) into `env`, or only the names
 * `chỉ …` lists. The same declaration reached twice (through two files) is one; two different declarations
 * of one name are `link.import-clash`, naming both places; a listed name the file does not have is
 * `link.unknown-name`. Imported levels keep their order.
 *
 * @example
 * importDeclarations(env, capBacEnv, useLine, diagnostics)
 */
export function importDeclarations(env: FileEnv, from: FileEnv, use: Use, ds: Diagnostic[]): void {
  const wanted = use.only ? new Map(use.only.map((r) => [nameKey(r.name), r])) : undefined;
  const found = new Set<string>();
  let org = false;
  const take = <T>(into: Table<T>, source: Table<T>, origin: (item: T) => Origin, isOrg = true): void => {
    for (const { name, item } of source.entries()) {
      const key = nameKey(name);
      if (wanted && !wanted.has(key)) continue;
      found.add(key);
      const o = origin(item);
      const existing = into.get(name);
      if (existing !== undefined) {
        const e = origin(existing);
        if (e.file === o.file && e.start === o.start) continue;
        ds.push({
          code: 'link.import-clash',
          severity: 'error',
          span: use.span,
          data: { name, what: into.what, first: `${e.file}:${e.line}`, second: `${o.file}:${o.line}` },
        });
        continue;
      }
      if (into.add(name, item, use.span, ds, env.index, { file: o.file, line: o.line }) && isOrg) org = true;
    }
  };
  take(env.levels, from.levels, (l) => at(l.source));
  take(env.units, from.units, (u) => at(u.source));
  take(env.actors, from.actors, (r) => at(r.source));
  take(
    env.procedures,
    from.procedures,
    (p) => ({ file: p.env.file, line: p.env.index.lineCol(p.ast.id.span.start).line, start: p.ast.id.span.start }),
    false,
  );
  if (org) env.hasOrg = true;
  const all = [...from.levels.names(), ...from.units.names(), ...from.actors.names(), ...from.procedures.names()];
  for (const [key, ref] of wanted ?? []) {
    if (found.has(key)) continue;
    const suggestion = closestName(ref.name, all);
    ds.push({
      code: 'link.unknown-name',
      severity: 'error',
      span: ref.span,
      data: { name: ref.name, what: 'name', ...(suggestion ? { suggestion } : {}) },
    });
  }
}
