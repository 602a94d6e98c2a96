// Phrase normalisation: NFC, lower case, diacritics folding, with a map back to the user's offsets.

/** Text normalised for matching, with the original offset of every normalised UTF-16 unit. */
export interface NormalizedText {
  /** NFC, lower-cased. */
  readonly text: string;
  /** `offsets[i]` is the offset in the original text of normalised unit `i`; one extra entry for the end. */
  readonly offsets: readonly number[];
}

const COMBINING = /\p{M}/u;

/**
 * NFC-normalises and lower-cases `input` cluster by cluster (a base character and its combining marks),
 * remembering where each cluster started, so spans found in the normalised text point into the input.
 *
 * @example
 * normalizePhrase('Trước').text // => 'trước'
 */
export function normalizePhrase(input: string): NormalizedText {
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  while (i < input.length) {
    const start = i;
    const first = input.codePointAt(i) ?? 0;
    i += first > 0xffff ? 2 : 1;
    while (i < input.length && COMBINING.test(String.fromCodePoint(input.codePointAt(i) ?? 0))) {
      i += (input.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    }
    const cluster = input.slice(start, i).normalize('NFC').toLowerCase();
    for (let k = 0; k < cluster.length; k++) offsets.push(start);
    text += cluster;
  }
  offsets.push(input.length);
  return { text, offsets };
}

/**
 * Folds a word for diacritics-optional matching: strips combining marks and maps `đ` to `d`.
 *
 * @example
 * foldDiacritics('chậm nhất') // => 'cham nhat'
 */
export function foldDiacritics(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
