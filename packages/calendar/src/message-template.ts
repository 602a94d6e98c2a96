// A catalog entry with typed data: a MessageTemplate (vi, en from data) whose data shape its callers know.
import type { Diagnostic, MessageTemplate } from './diagnostic.js';

/** What a message is rendered from (the same shape as a diagnostic's data). */
export type MessageData = Diagnostic['data'];

/** The data of a message that needs none. */
export type NoData = Readonly<Record<never, never>>;

/** A MessageTemplate whose data is `D`; `data` exists in the type only, so callers are checked. */
export interface Message<D extends MessageData> extends MessageTemplate {
  readonly data?: D;
}

/**
 * One catalog entry from its Vietnamese and English renderings.
 *
 * @example
 * const errors = message<{ count: number }>((d) => `${d.count} lỗi`, (d) => `${d.count} error${d.count === 1 ? '' : 's'}`);
 * errors.en({ count: 2 }) // => '2 errors'
 */
export function message<D extends MessageData = NoData>(vi: (data: D) => string, en: (data: D) => string): Message<D> {
  // Catalog readers call the templates with any diagnostic data; typed callers go through `say`.
  return { vi, en } as Message<D>;
}

/**
 * A message without data, from its two texts.
 *
 * @example
 * fixed('Vấn đề:', 'Problems:').en({}) // => 'Problems:'
 */
export function fixed(vi: string, en: string): Message<NoData> {
  return message(
    () => vi,
    () => en,
  );
}

/** English plural `s` for a count. */
export const plural = (n: number): string => (n === 1 ? '' : 's');
