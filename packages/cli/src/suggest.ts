// "Did you mean …?" for command and option names (the distance is the project's one, from @tdkt/calendar/text).
import { editDistance } from '@tdkt/calendar/text';

/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo.
 *
 * @example
 * closest('simulte', ['simulate', 'check']) // => 'simulate'
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    // Capped: a word far longer than every candidate costs one length comparison each.
    const d = editDistance(lower, candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
