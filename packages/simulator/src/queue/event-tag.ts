// The tag of a queued event: the dossier's generation when it was queued, the event kind, a timer index.

const GEN_BITS = 20;
const GEN_MASK = (1 << GEN_BITS) - 1;

/**
 * Tags are 30-bit integers: (generation mod 2^20) × 2^10 + timer index × 4 + kind. A dossier's generation
 * grows with each of its transitions, so an entry queued before the last one is stale and skipped: the
 * event itself is found again when the entry fires (the snapshot is unchanged, same generation).
 *
 * @example
 * const tag = eventTag(5, 1, 0); tagKind(tag) // => 1; tagCurrent(tag, 5) // => true; tagCurrent(tag, 6) // => false
 */
export function eventTag(generation: number, kind: number, index: number): number {
  return ((generation & GEN_MASK) << 10) | (Math.min(index, 255) << 2) | (kind & 3);
}

/** Whether a tag was queued at `generation` (modulo 2^20). */
export const tagCurrent = (tag: number, generation: number): boolean => tag >>> 10 === (generation & GEN_MASK);

/** The event kind of a tag (0–3). */
export const tagKind = (tag: number): number => tag & 3;

/** The timer index of a tag (0–255). */
export const tagIndex = (tag: number): number => (tag >>> 2) & 255;
