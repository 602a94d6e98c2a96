// Hover: a time phrase shows its resolution; a name shows its declaration (a procedure also its steps).
import { formatVnDate, type Lang } from '@tdkt/calendar';
import type {
  Activity,
  Council,
  DurationPhrase,
  EventDecl,
  Field,
  Final,
  LevelDecl,
  Param,
  PhaseDecl,
  Procedure,
  ResolvedTime,
  Role,
  SourceFile,
  Span,
  Step,
  TimePhrase,
  Unit,
  Value,
} from '@tdkt/language';
import { word } from './messages.js';
import type { Hover } from './protocol.js';
import type { Snapshot } from './snapshot.js';
import type { Declaration } from './symbols.js';
import { timeHover } from './time-hover.js';
import { timeKey } from './times.js';

/**
 * The hover at an NFC offset of a file: the innermost time phrase there, else the name there.
 *
 * @example
 * hoverAt(snapshot, 'kh.tdkt', 412, 'vi')?.contents
 */
export function hoverAt(snapshot: Snapshot, file: string, offset: number, lang: Lang): Hover | undefined {
  const text = snapshot.text(file);
  const ast = snapshot.analysis.files.get(file)?.ast;
  if (!text || !ast) return undefined;
  const name = snapshot.nameAt(file, offset);
  const phrases = phrasesAt(ast, offset);
  // A name inside a phrase (`sau hội_nghị_cbvc`) still shows the phrase's date: that is what was asked.
  if (phrases.length > 0) {
    const time =
      phrases.map((p) => snapshot.times.get(timeKey(file, p.span.start))).find((t) => t !== undefined) ??
      narrowestTime(snapshot, file, offset);
    if (time) return { contents: timeHover(time, planOf(snapshot, file), lang), range: text.rangeOf(phrases[0]!.span) };
  }
  if (name) {
    const span = name.reference?.span ?? name.declaration.span;
    return { contents: declarationHover(snapshot, name.declaration, lang), range: text.rangeOf(span) };
  }
  const around = narrowestTime(snapshot, file, offset);
  return around
    ? { contents: timeHover(around, planOf(snapshot, file), lang), range: text.rangeOf(around.source) }
    : undefined;
}

/** The resolved time written around an offset (an override's source is its whole `với` clause). */
function narrowestTime(snapshot: Snapshot, file: string, offset: number): ResolvedTime | undefined {
  let best: ResolvedTime | undefined;
  for (const t of snapshot.times.values()) {
    const s = t.source;
    if (s.file !== file || offset < s.start || offset > s.end) continue;
    if (best === undefined || s.end - s.start < best.source.end - best.source.start) best = t;
  }
  return best;
}

function planOf(snapshot: Snapshot, file: string) {
  const plans = snapshot.analysis.model.plans;
  return plans.find((p) => p.file === file) ?? plans.find((p) => p.file === snapshot.entry);
}

/**
 * The time phrases (or phrase-valued parameters, or the `với` overrides holding them) whose span covers the
 * offset, innermost first: a procedure's deadline set by an override resolves at the override.
 */
function phrasesAt(ast: SourceFile, offset: number): { span: Span }[] {
  const found: { span: Span }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as { kind?: unknown; type?: unknown; span?: Span };
    if (n.span !== undefined && (offset < n.span.start || offset > n.span.end)) return;
    if (
      n.span !== undefined &&
      (n.kind === 'Time' || n.kind === 'ParamOverride' || (n.kind === 'Value' && n.type === 'phrase'))
    )
      found.unshift({ span: n.span });
    for (const value of Object.values(node)) if (value !== null && typeof value === 'object') visit(value);
  };
  visit(ast.items);
  return found;
}

const quote = (s: string | undefined): string => (s === undefined ? '' : ` — “${s}”`);
const valueText = (v: Value): string => (v.type === 'text' ? `"${v.value}"` : String(v.value));
const phraseText = (p: TimePhrase | DurationPhrase | undefined): string | undefined => p?.text;

/**
 * Markdown describing a declaration: what it is, its title, where it was declared, and its main clauses.
 *
 * @example
 * declarationHover(snapshot, procedureDeclaration, 'en') // '**procedure** `xét_cuối_năm` — “…”\n\nSteps: …'
 */
function declarationHover(snapshot: Snapshot, d: Declaration, lang: Lang): string {
  const where = snapshot.text(d.file)?.position(d.span.start);
  const at = where === undefined ? d.file : `${d.file}:${where.line + 1}`;
  const lines: string[] = [];
  const clause = (key: Parameters<typeof word>[0], value: string | undefined): void => {
    if (value !== undefined && value !== '') lines.push(`- ${word(key, lang)}: ${value}`);
  };
  const timeOf = (p: TimePhrase | undefined): string | undefined => {
    if (p === undefined) return undefined;
    const r = snapshot.times.get(timeKey(d.file, p.span.start))?.resolution;
    return r === undefined
      ? `\`${p.text}\``
      : `\`${p.text}\` → ${formatVnDate(r.lastDay)}${r.soft ? ` (${word('expected', lang)})` : ''}`;
  };
  switch (d.kind) {
    case 'procedure': {
      const p = d.ast as Procedure;
      lines.push(`**${word('procedure', lang)}** \`${d.name}\`${quote(p.title?.value)}`, '');
      const steps = p.items.flatMap((i) =>
        i.kind === 'Step' ? [i] : i.kind === 'Parallel' ? i.branches.flatMap((b) => b.steps) : [],
      );
      if (steps.length > 0) {
        lines.push(`${word('steps', lang)}:`);
        steps.forEach((s, i) => {
          lines.push(`${i + 1}. ${stepLine(s, lang)}`);
        });
      }
      const finals = p.items.filter((i): i is Final => i.kind === 'Final').map((f) => `\`${f.id.name}\``);
      if (finals.length > 0) lines.push('', `${word('finals', lang)}: ${finals.join(', ')}`);
      break;
    }
    case 'step': {
      const s = d.ast as Step;
      lines.push(`**${word('step', lang)}** \`${d.name}\`${quote(s.title?.value)}`, '');
      clause('by', s.by.map((b) => `\`${b.name}\``).join(', '));
      clause('deadline', phraseText(s.deadline));
      for (const t of s.transitions)
        lines.push(
          `- ${t.trigger.kind === 'Action' ? t.trigger.name : t.trigger.kind === 'Timeout' ? (lang === 'vi' ? 'quá hạn' : 'overdue') : lang === 'vi' ? 'nếu' : 'if'} → ${t.target.kind === 'Ref' ? `\`${t.target.name}\`` : word('done', lang)}`,
        );
      break;
    }
    case 'activity': {
      const a = d.ast as Activity;
      lines.push(`**${word('activity', lang)}** \`${d.name}\` — “${a.text.value}”`, '');
      clause('by', a.by.map((b) => `\`${b.name}\``).join(', '));
      clause(
        'deadline',
        a.times
          .map((t) => timeOf(t))
          .filter((t) => t !== undefined)
          .join('; ') || undefined,
      );
      clause('after', a.after.map((x) => `\`${x.name}\``).join(', '));
      clause(
        'runs',
        a.procedure
          ? `\`${a.procedure.procedure.name}\`${a.procedure.steps.length > 0 ? ` (${a.procedure.steps.map((s) => `\`${s.name}\``).join(', ')})` : ''}`
          : undefined,
      );
      break;
    }
    case 'event': {
      const e = d.ast as EventDecl;
      lines.push(`**${word('event', lang)}** \`${d.name}\`${quote(e.name?.value)}`, '');
      clause('deadline', timeOf(e.time));
      break;
    }
    case 'phase': {
      const p = d.ast as PhaseDecl;
      lines.push(`**${word('phase', lang)}** ${d.name}${quote(p.theme?.value)}`, '');
      clause('window', timeOf(p.time));
      break;
    }
    case 'role':
    case 'council': {
      const r = d.ast as Role | Council;
      lines.push(`**${word(d.kind, lang)}** \`${d.name}\`${quote(r.name?.value)}`, '');
      clause('level', r.level ? `\`${r.level.name}\`` : undefined);
      if (r.kind === 'Council') clause('members', r.members.map((m) => m.name.value).join('; '));
      break;
    }
    case 'level': {
      const l = d.ast as LevelDecl;
      lines.push(`**${word('level', lang)}** \`${d.name}\`${quote(l.name?.value)}`, '');
      break;
    }
    case 'unit': {
      const u = d.ast as Unit;
      lines.push(`**${word('unit', lang)}** \`${d.name}\`${quote(u.name?.value)}`, '');
      clause('level', u.level ? `\`${u.level.name}\`` : undefined);
      clause(
        'under',
        u.parent ? (u.parent.kind === 'Ref' ? `\`${u.parent.name}\`` : `“${u.parent.value}”`) : undefined,
      );
      break;
    }
    case 'param': {
      const p = d.ast as Param;
      lines.push(
        `**${word('param', lang)}** \`${d.name}\`${d.procedure ? ` (${word('procedure', lang)} \`${d.procedure}\`)` : ''}`,
        '',
      );
      clause('value', `\`${valueText(p.value)}\``);
      break;
    }
    case 'field': {
      const f = d.ast as Field;
      const type = f.type.type === 'enum' ? f.type.values.map((v) => v.name).join(' | ') : f.type.type;
      lines.push(`**${word('field', lang)}** \`${d.name}\`${quote(f.label?.value)}`, '');
      clause('type', `\`${type}\``);
      break;
    }
    default: {
      const label =
        (d.ast as { title?: { value: string }; label?: { value: string } }).title?.value ??
        (d.ast as { label?: { value: string } }).label?.value;
      lines.push(`**${word(d.kind, lang)}** \`${d.name}\`${quote(label)}`, '');
    }
  }
  lines.push('', `_${word('declaredAt', lang)} ${at}_`);
  return lines.join('\n');
}

function stepLine(s: Step, lang: Lang): string {
  const parts = [`\`${s.id.name}\`${s.title ? ` — ${s.title.value}` : ''}`];
  if (s.by.length > 0) parts.push(`${word('by', lang)} ${s.by.map((b) => b.name).join(', ')}`);
  if (s.deadline) parts.push(`${word('deadline', lang)} ${s.deadline.text}`);
  return parts.join(' · ');
}
