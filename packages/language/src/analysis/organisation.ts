// Fills a file's name tables from its organisation declarations (top-level blocks and inside the plan).
import type { OrgItem, SourceFile } from '../ast/index.js';
import type { FileEnv } from './env.js';

/** Org items of a file in source order, from `tổ chức` blocks and from the plan. */
function orgItems(ast: SourceFile): OrgItem[] {
  const out: OrgItem[] = [];
  for (const item of ast.items) {
    if (item.kind === 'Organisation') out.push(...item.items);
    if (item.kind === 'Plan')
      for (const p of item.items)
        if (p.kind === 'Levels' || p.kind === 'Unit' || p.kind === 'Role' || p.kind === 'Council') out.push(p);
  }
  return out;
}

/**
 * Declares levels (ranked in order, lowest first), units, roles and councils; then checks the levels
 * and parents they name.
 *
 * @example
 * declareOrganisation(env, ast)
 */
export function declareOrganisation(env: FileEnv, ast: SourceFile): void {
  const items = orgItems(ast);
  if (items.length > 0) env.hasOrg = true;
  // Imported levels come first; this file's `cấp` lines continue the chain upwards.
  let rank = env.levels.values().reduce((top, l) => Math.max(top, l.rank + 1), 0);
  for (const item of items) {
    if (item.kind === 'Levels') {
      for (const l of item.levels) {
        if (
          env.levels.add(
            l.id.name,
            { id: l.id.name, ...(l.name ? { name: l.name.value } : {}), rank, source: env.src(l.id.span) },
            l.id.span,
            env.diagnostics,
            env.index,
          )
        )
          rank++;
      }
    }
  }
  for (const item of items) {
    if (item.kind === 'Unit') {
      const parent =
        item.parent === undefined
          ? undefined
          : item.parent.kind === 'Str'
            ? { name: item.parent.value }
            : { unit: item.parent.name };
      env.units.add(
        item.id.name,
        {
          id: item.id.name,
          ...(item.name ? { name: item.name.value } : {}),
          ...(item.level ? { level: item.level.name } : {}),
          ...(parent ? { parent } : {}),
          source: env.src(item.id.span),
        },
        item.id.span,
        env.diagnostics,
        env.index,
      );
    } else if (item.kind === 'Role' || item.kind === 'Council') {
      const members =
        item.kind === 'Council'
          ? item.members.map((m) => ({
              name: m.name.value,
              ...(m.position ? { position: m.position.value } : {}),
              ...(m.scope ? { scope: m.scope.value } : {}),
              source: env.src(m.span),
            }))
          : [];
      env.actors.add(
        item.id.name,
        {
          id: item.id.name,
          kind: item.kind === 'Role' ? 'role' : 'council',
          ...(item.name ? { name: item.name.value } : {}),
          ...(item.level ? { level: item.level.name } : {}),
          members,
          source: env.src(item.id.span),
        },
        item.id.span,
        env.diagnostics,
        env.index,
      );
    }
  }
  for (const item of items) {
    if (
      (item.kind === 'Unit' || item.kind === 'Role' || item.kind === 'Council') &&
      item.level &&
      !env.levels.has(item.level.name)
    ) {
      env.diagnostics.push(env.levels.unknown(item.level.name, item.level.span));
    }
    if (item.kind === 'Unit' && item.parent?.kind === 'Ref' && !env.units.has(item.parent.name)) {
      env.diagnostics.push(env.units.unknown(item.parent.name, item.parent.span));
    }
  }
}
