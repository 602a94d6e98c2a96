// The shape of one keyword-table entry (dsl/keywords.json).

export type KeywordCategory = 'block' | 'clause' | 'action' | 'type' | 'value' | 'operator' | 'time';

/** One keyword: a canonical id and its three spellings (plus extra aliases). */
export interface KeywordEntry {
  readonly id: string;
  readonly category: KeywordCategory;
  /** Vietnamese spelling (NFC, lower case). */
  readonly vi: string;
  /** The same without diacritics. */
  readonly ascii: string;
  /** English alias. */
  readonly en: string;
  readonly aliases: readonly string[];
  readonly meaning: string;
}
