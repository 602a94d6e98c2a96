// Turns a resolved time phrase (@tdkt/calendar's Resolution) into window and deadline constraints.
import type { Resolution } from '@tdkt/calendar';
import type { NetworkBuilder } from './builder.js';
import type { Provenance } from './network.js';

/**
 * Constrains an activity or step by its resolved phrase: a window's start bounds `startNode` from
 * below, its last day bounds `finishNode` from above; a bare deadline only bounds the finish.
 * Tentative (`dự kiến`) or estimated resolutions give soft constraints (warnings when missed).
 *
 * @example
 * constrainByResolution(builder, 'hoi_dong.start', 'hoi_dong.finish', resolveTime(expr, ctx), {
 *   label: 'Hội đồng trường xét', phrase: 'trước ngày 20/5/2019', span })
 */
export function constrainByResolution(
  builder: NetworkBuilder,
  startNode: string,
  finishNode: string,
  resolution: Pick<Resolution, 'window' | 'lastDay' | 'soft'>,
  provenance: Provenance,
): NetworkBuilder {
  const withDay = (day: number): Provenance => ({ ...provenance, resolved: day });
  if (resolution.window !== null)
    builder.notBefore(startNode, resolution.window.start, withDay(resolution.window.start), resolution.soft);
  return builder.notAfter(finishNode, resolution.lastDay, withDay(resolution.lastDay), resolution.soft);
}
