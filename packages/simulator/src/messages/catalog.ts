// The simulator's one message catalog (vi, en): every word its reports say, keyed by code or message id.
import type { Lang, LocalizedText, MessageCatalog, MessageTemplate } from '@tdkt/calendar';
import { behaviourMessages } from '../behaviour/messages.js';
import { populationMessages } from '../population/messages.js';
import { completionMessages } from './completion.js';
import { legendMessages } from './legend.js';
import { checkMessages, populationReportMessages, reportMessages } from './report.js';
import { temporalLinkMessages, temporalProblemMessages } from './temporal.js';

/** The entries the simulator's own code renders, each with its data type. */
const WORDS = {
  ...checkMessages,
  ...reportMessages,
  ...populationReportMessages,
  ...legendMessages,
  ...temporalProblemMessages,
  ...temporalLinkMessages,
  ...completionMessages,
} as const;

/** A message id of the simulator (`temporal.conflict`, `column.slack`, `legend.risk`, …). */
export type SimulatorMessageId = keyof typeof WORDS;

/** The data a message is rendered from. */
export type SimulatorMessageData<K extends SimulatorMessageId> = NonNullable<(typeof WORDS)[K]['data']>;

/**
 * Every message of the simulator: its words (above) and the diagnostics of population and behaviour
 * files, in one catalog keyed like every catalog of the project.
 *
 * @example
 * Object.keys(simulatorMessages).includes('temporal.conflict') // => true
 */
export const simulatorMessages: MessageCatalog = { ...WORDS, ...populationMessages, ...behaviourMessages };

type DataArgs<K extends SimulatorMessageId> = keyof SimulatorMessageData<K> extends never
  ? []
  : [data: SimulatorMessageData<K>];

/**
 * One message of the simulator in `lang`, rendered from its typed data.
 *
 * @example
 * say('en', 'report.errors', { count: 2 }) // => '2 errors'
 * say('vi', 'column.slack') // => 'Dự trữ'
 */
export function say<K extends SimulatorMessageId>(lang: Lang, id: K, ...data: DataArgs<K>): string {
  const template: MessageTemplate = WORDS[id];
  return template[lang](data[0] ?? {});
}

/**
 * One message in both languages, for results that carry their text in both (check titles, problems).
 *
 * @example
 * sayBoth('completion.no-final', { procedure: 'xét' }).en // => 'Procedure xét never ends: no final state can be reached.'
 */
export function sayBoth<K extends SimulatorMessageId>(id: K, ...data: DataArgs<K>): LocalizedText {
  return { vi: say('vi', id, ...data), en: say('en', id, ...data) };
}
