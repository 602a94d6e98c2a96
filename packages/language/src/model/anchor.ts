// The own step a deadline counts from (`trong 90 ngày kể từ quyết_định`), for the checker and the compiler alike.
import { foldDiacritics } from '@tdkt/calendar';
import type { ResolvedTime } from './types.js';

/**
 * The step of `stepIds` a relative deadline names as its event (the same name in NFC, else the same name
 * without diacritics), or undefined when it names none of them.
 *
 * @example
 * ownStepAnchor(step.deadline?.time, ['quyết_định', 'công_bố']) // => 'quyết_định' for "trong 90 ngày kể từ quyết_định"
 */
export function ownStepAnchor(time: ResolvedTime | undefined, stepIds: Iterable<string>): string | undefined {
  const expr = time?.expr as { kind?: string; inner?: unknown } | undefined;
  const e = (expr?.kind === 'tentative' ? expr.inner : expr) as
    | { kind?: string; event?: { name?: string } }
    | undefined;
  const name = e?.kind === 'relative' ? e.event?.name : undefined;
  if (name === undefined) return undefined;
  const ids = [...stepIds];
  const nfc = name.normalize('NFC');
  return ids.find((s) => s.normalize('NFC') === nfc) ?? ids.find((s) => foldDiacritics(s) === foldDiacritics(name));
}
