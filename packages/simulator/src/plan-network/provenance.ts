// Provenance of constraints taken from the language's model: spans, phrases, readable labels.
import type { ResolvedDuration, ResolvedTime, SourceRef } from '@tdkt/language';
import type { Provenance, SourceSpan } from '../temporal/network.js';

/** A model position as a report span. */
export function spanOf(source: SourceRef): SourceSpan {
  return { file: source.file, line: source.line, col: source.col, length: Math.max(1, source.end - source.start) };
}

/** Activity texts are whole paragraphs: a label keeps the first words. */
export function shortLabel(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function timeProvenance(label: string, time: ResolvedTime): Provenance {
  return { label, span: spanOf(time.source), phrase: time.text, ...(time.resolution ? { resolved: time.resolution.lastDay } : {}) };
}

export function durationProvenance(label: string, duration: ResolvedDuration): Provenance {
  return { label, span: spanOf(duration.source), phrase: duration.text };
}
