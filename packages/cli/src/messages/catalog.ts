// The CLI's one message catalog (vi, en): every word it prints itself, keyed by id, rendered from typed data.
import type { Lang, MessageCatalog, MessageTemplate } from '@tdkt/calendar';
import { commandMessages } from './commands.js';
import { dateMessages } from './date.js';
import { fileMessages } from './files.js';
import { holidayMessages } from './holidays.js';
import { usageMessages } from './usage.js';

const WORDS = { ...usageMessages, ...commandMessages, ...fileMessages, ...dateMessages, ...holidayMessages } as const;

/** A message id of the CLI (`usage.unknown-command`, `file.unwritable`, `date.label.deadline`, …). */
export type CliMessageId = keyof typeof WORDS;

/** The data a message is rendered from. */
type CliMessageData<K extends CliMessageId> = NonNullable<(typeof WORDS)[K]['data']>;

/**
 * Every message of the CLI, keyed like every catalog of the project.
 *
 * @example
 * Object.keys(cliMessages).includes('file.unwritable') // => true
 */
export const cliMessages: MessageCatalog = WORDS;

type DataArgs<K extends CliMessageId> = keyof CliMessageData<K> extends never ? [] : [data: CliMessageData<K>];

/**
 * One message of the CLI in `lang`, rendered from its typed data.
 *
 * @example
 * say('en', 'wrote', { path: 'kh.ics' }) // => 'wrote kh.ics'
 * say('vi', 'help.usage') // => 'Cách dùng'
 */
export function say<K extends CliMessageId>(lang: Lang, id: K, ...data: DataArgs<K>): string {
  const template: MessageTemplate = WORDS[id];
  return template[lang](data[0] ?? {});
}
