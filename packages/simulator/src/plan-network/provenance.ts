// Provenance of constraints taken from the language's model: spans, phrases, origins, readable labels.
import type { ModelBound, ResolvedDuration, ResolvedTime, SourceRef, TimeOrigin } from '@tdkt/language';
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

/** A model origin as a provenance's origin (kind, parameter, strict reading of `trước`). */
function originOf(o: TimeOrigin): NonNullable<Provenance['origin']> {
  return {
    kind: o.kind,
    ...(o.param !== undefined ? { param: o.param } : {}),
    ...(o.strictBefore ? { strictBefore: true } : {}),
  };
}

/**
 * The provenance of a bound: where it is written (the phrase, the heading line, the library default's
 * file and line), the words, the resolved day, and what kind of origin it is.
 *
 * @example
 * boundProvenance('Hội đồng trường xét', bound) // => { label, span, phrase: 'tháng 5/2021', resolved, origin: { kind: 'heading' } }
 */
export function boundProvenance(label: string, bound: Pick<ModelBound, 'day' | 'origin'>): Provenance {
  return {
    label,
    span: spanOf(bound.origin.source),
    phrase: bound.origin.text,
    resolved: bound.day,
    origin: originOf(bound.origin),
  };
}

export function timeProvenance(label: string, time: ResolvedTime, origin?: TimeOrigin): Provenance {
  return {
    label,
    span: spanOf(origin?.source ?? time.source),
    phrase: origin?.text ?? time.text,
    ...(time.resolution ? { resolved: time.resolution.lastDay } : {}),
    ...(origin ? { origin: originOf(origin) } : {}),
  };
}

export function durationProvenance(label: string, duration: ResolvedDuration): Provenance {
  return { label, span: spanOf(duration.source), phrase: duration.text };
}
