// A document's text as the editor holds it and as the language sees it (NFC, no BOM): offsets and positions both ways.
import { normalizeSource } from '@tdkt/language';
import type { Position, Range } from './protocol.js';

/** Line starts of a text, for offset ↔ 0-based position. */
class Lines {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }

  offset(p: Position): number {
    if (p.line < 0) return 0;
    const start = this.starts[p.line];
    if (start === undefined) return this.text.length;
    const next = this.starts[p.line + 1];
    const end = next === undefined ? this.text.length : next - 1;
    return Math.min(start + Math.max(0, p.character), end);
  }

  lineText(line: number): string {
    const start = this.starts[line] ?? this.text.length;
    const next = this.starts[line + 1];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1).replace(/\r$/u, '');
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

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
  private readonly raw: Lines;
  private readonly norm: Lines;
  /** Pairs [rawOffset, nfcOffset] at chunk starts, when the texts differ. */
  private readonly map: { raw: number[]; nfc: number[] } | undefined;

  constructor(readonly text: string) {
    this.nfc = normalizeSource(text);
    this.raw = new Lines(text);
    this.norm = this.nfc === text ? this.raw : new Lines(this.nfc);
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
    return this.raw.position(this.rawOffset(nfcOffset));
  }

  /** The editor range of an NFC span. */
  rangeOf(span: { readonly start: number; readonly end: number }): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  /** The NFC offset of an editor position. */
  offsetAt(p: Position): number {
    return this.nfcOffset(this.raw.offset(p));
  }

  /** A line of the NFC text (0-based), without its line break. */
  nfcLine(line: number): string {
    return this.norm.lineText(line);
  }

  /** The NFC line of an NFC offset, and the offset's column in it. */
  nfcLineAt(nfcOffset: number): { line: number; column: number; text: string } {
    const p = this.norm.position(nfcOffset);
    return { line: p.line, column: p.character, text: this.norm.lineText(p.line) };
  }

  /** The NFC offset where a 0-based NFC line starts. */
  nfcLineStart(line: number): number {
    return this.norm.offset({ line, character: 0 });
  }

  get lineCount(): number {
    return this.raw.lineCount;
  }

  /** The range covering the whole raw text. */
  get fullRange(): Range {
    return { start: { line: 0, character: 0 }, end: this.raw.position(this.text.length) };
  }
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
    while (j < text.length && marks.test(String.fromCodePoint(text.codePointAt(j)!))) j += text.codePointAt(j)! > 0xffff ? 2 : 1;
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
