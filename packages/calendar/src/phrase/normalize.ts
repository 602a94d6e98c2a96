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
  // Fast path: nothing to compose and no case change that alters lengths (the usual NFC input).
  if (input === input.normalize('NFC') && !COMBINING.test(input)) {
    const lower = input.toLowerCase();
    if (lower.length === input.length) {
      const offsets = new Array<number>(input.length + 1);
      for (let i = 0; i <= input.length; i++) offsets[i] = i;
      return { text: lower, offsets };
    }
  }
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
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  const folded = fold(word);
  // Plans reuse a small vocabulary; the cache is bounded so odd input cannot grow it without limit.
  if (foldCache.size < 20_000) foldCache.set(word, folded);
  return folded;
}

const foldCache = new Map<string, string>();

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}
