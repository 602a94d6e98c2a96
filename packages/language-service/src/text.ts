// A document's text as the editor holds it and as the language sees it (NFC, no BOM): offsets and positions both ways.
import { LineIndex, normalizeSource } from '@tdkt/language';
import type { Position, Range } from './protocol.js';

/**
 * One version of a document: the editor's raw text and the NFC text the language's spans point into. When
 * they differ (a byte-order mark, decomposed diacritics typed on some systems), offsets are mapped chunk by
 * chunk: each chunk is a base character with the combining marks after it, normalised on its own.
 *
 * @example
 * const t = new DocumentText('ke\u0302́ hoạch'); t.nfc // 'kế hoạch'; t.rangeOf({ start: 0, end: 2 }) covers 'kế'
 */
export class DocumentText {
  readonly nfc: string;
  private readonly raw: LineIndex;
  private readonly norm: LineIndex;
  /** Pairs [rawOffset, nfcOffset] at chunk starts, when the texts differ. */
  private readonly map: { raw: number[]; nfc: number[] } | undefined;

  constructor(readonly text: string) {
    this.nfc = normalizeSource(text);
    this.raw = new LineIndex(text);
    this.norm = this.nfc === text ? this.raw : new LineIndex(this.nfc);
    this.map = this.nfc === text ? undefined : chunkMap(text);
  }

  /** The raw offset of an NFC offset. */
  rawOffset(nfcOffset: number): number {
    if (!this.map) return nfcOffset;
    return lookup(this.map.nfc, this.map.raw, nfcOffset);
  }

  /** The NFC offset of a raw offset. */
  nfcOffset(rawOffset: number): number {
    if (!this.map) return rawOffset;
    return lookup(this.map.raw, this.map.nfc, rawOffset);
  }

  /** The editor position of an NFC offset. */
  position(nfcOffset: number): Position {
    return toPosition(this.raw, this.rawOffset(nfcOffset));
  }

  /** The editor range of an NFC span. */
  rangeOf(span: { readonly start: number; readonly end: number }): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  /** The NFC offset of an editor position. */
  offsetAt(p: Position): number {
    return this.nfcOffset(this.raw.offset(p.line + 1, p.character + 1));
  }

  /** A line of the NFC text (0-based), without its line break. */
  nfcLine(line: number): string {
    return this.norm.lineText(line + 1);
  }

  /** The NFC line of an NFC offset, and the offset's column in it. */
  nfcLineAt(nfcOffset: number): { line: number; column: number; text: string } {
    const p = this.norm.lineCol(nfcOffset);
    return { line: p.line - 1, column: p.col - 1, text: this.norm.lineText(p.line) };
  }

  /** The NFC offset where a 0-based NFC line starts. */
  nfcLineStart(line: number): number {
    return this.norm.offset(line + 1, 1);
  }

  get lineCount(): number {
    return this.raw.lineCount;
  }

  /** The range covering the whole raw text. */
  get fullRange(): Range {
    return { start: { line: 0, character: 0 }, end: toPosition(this.raw, this.text.length) };
  }
}

/** The 0-based editor position of an offset. */
function toPosition(index: LineIndex, offset: number): Position {
  const { line, col } = index.lineCol(offset);
  return { line: line - 1, character: col - 1 };
}

function chunkMap(text: string): { raw: number[]; nfc: number[] } {
  const raw: number[] = [0];
  const nfc: number[] = [0];
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let out = 0;
  // The byte-order mark maps onto offset 0.
  if (start === 1) {
    raw.push(1);
    nfc.push(0);
  }
  const marks = /\p{M}/u;
  let i = start;
  while (i < text.length) {
    let j = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
    while (j < text.length && marks.test(String.fromCodePoint(text.codePointAt(j)!)))
      j += text.codePointAt(j)! > 0xffff ? 2 : 1;
    out += text.slice(i, j).normalize('NFC').length;
    raw.push(j);
    nfc.push(out);
    i = j;
  }
  return { raw, nfc };
}

/** Maps an offset through parallel sorted arrays; inside a chunk, the chunk's start (or end, at its end). */
function lookup(from: number[], to: number[], offset: number): number {
  let lo = 0;
  let hi = from.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (from[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return to[lo]!;
}
