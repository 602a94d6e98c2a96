// Offsets ↔ 1-based line/column (UTF-16 units, as editors count) for one text.

export interface LineCol {
  readonly line: number;
  readonly col: number;
}

/** Line starts of a text, for turning span offsets into line/column. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  /**
   * 1-based line and column of an offset (clamped into the text).
   *
   * @example
   * new LineIndex('ab\ncd').lineCol(4) // => { line: 2, col: 2 }
   */
  lineCol(offset: number): LineCol {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: o - this.starts[lo]! + 1 };
  }

  /**
   * The offset of a 1-based line and column (clamped to the line: past its end is its end, before its line
   * break; past the last line is the end of the text).
   *
   * @example
   * new LineIndex('ab\ncd').offset(2, 2) // => 4
   */
  offset(line: number, col: number): number {
    if (line < 1) return 0;
    const start = this.starts[line - 1];
    if (start === undefined) return this.text.length;
    const next = this.starts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return Math.min(start + Math.max(0, col - 1), end);
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1] ?? this.text.length;
    const next = this.starts[line];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1).replace(/\r$/u, '');
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
