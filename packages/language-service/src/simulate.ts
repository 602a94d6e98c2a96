// `tdkt simulate`'s findings (completion, deadline consistency) as editor diagnostics, for "on save".
import type { Lang } from '@tdkt/calendar';
import { type CompiledWorkspace, compileWorkspace } from '@tdkt/compiler';
import { collectProblems, type PlanReport, type SourceSpan, simulate } from '@tdkt/simulator';
import type { EditorDiagnostic, Location, Range } from './protocol.js';
import type { Snapshot } from './snapshot.js';

/** Validation errors that the checks themselves report (as simulate does). */
const FINDINGS: ReadonlySet<string> = new Set(['validate.after-cycle']);

export interface SimulateResult {
  /** Findings by file (the document's and the files it imports). */
  readonly diagnostics: ReadonlyMap<string, EditorDiagnostic[]>;
  /** The reports (one per plan, or the document's procedures): what the playground draws. */
  readonly reports: readonly PlanReport[];
  readonly compiled: CompiledWorkspace | undefined;
  /** False when the document has errors, so the checks did not run. */
  readonly ran: boolean;
}

/**
 * Runs completion and deadline consistency (no population run) over a snapshot's document, when it has no
 * errors, and turns every finding into a diagnostic at its place with the chain of constraints as related
 * information.
 *
 * @example
 * simulateSnapshot(snapshot, 'vi').diagnostics.get('kh.tdkt') // [{ code: 'temporal.conflict', … }]
 */
export function simulateSnapshot(snapshot: Snapshot, lang: Lang): SimulateResult {
  const { analysis } = snapshot;
  if (analysis.diagnostics.some((d) => d.severity === 'error' && !FINDINGS.has(d.code)))
    return { diagnostics: new Map(), reports: [], compiled: undefined, ran: false };
  const compiled = compileWorkspace(analysis.model);
  const reports = simulate(analysis, compiled, { entries: [snapshot.entry] });
  const out = new Map<string, EditorDiagnostic[]>();
  const rangeOf = (span: SourceSpan): Range | undefined => {
    const text = snapshot.text(span.file);
    if (!text) return undefined;
    const start = text.nfcLineStart(span.line - 1) + span.col - 1;
    return text.rangeOf({ start, end: start + Math.max(1, span.length ?? 1) });
  };
  const seen = new Set<string>();
  for (const report of reports) {
    for (const p of collectProblems(report.input, lang)) {
      const span = p.span;
      const range = span === undefined ? undefined : rangeOf(span);
      const file = span?.file ?? report.file;
      const at = range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const key = `${file}:${at.start.line}:${at.start.character}:${p.code}:${p.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const related = p.chain.flatMap((link) => {
        const r = link.span === undefined ? undefined : rangeOf(link.span);
        const location: Location | undefined =
          r === undefined || link.span === undefined ? undefined : { file: link.span.file, range: r };
        return location === undefined
          ? []
          : [{ location, message: link.date === undefined ? link.text : `${link.text} (${link.date})` }];
      });
      const d: EditorDiagnostic = {
        range: at,
        severity: p.severity === 'error' ? 1 : 2,
        code: p.code,
        source: 'tdkt',
        message: [p.message, ...p.chain.map((l) => `  · ${l.text}`)].join('\n'),
        ...(related.length > 0 ? { relatedInformation: related } : {}),
      };
      const list = out.get(file) ?? [];
      list.push(d);
      out.set(file, list);
    }
  }
  return { diagnostics: out, reports, compiled, ran: true };
}
