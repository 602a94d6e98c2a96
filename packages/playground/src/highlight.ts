// Highlighting for CodeMirror: the DSL's keywords (every spelling), time words, strings, dates, comments, arrows.
import { StreamLanguage, type StringStream } from '@codemirror/language';

const letter = /[\p{L}\p{M}\p{N}_]/u;

function matchWord(stream: StringStream, list: readonly string[]): boolean {
  const rest = stream.string.slice(stream.pos).toLowerCase();
  for (const w of list) {
    if (!rest.startsWith(w)) continue;
    const after = rest.charAt(w.length);
    if (after !== '' && letter.test(after)) continue;
    stream.pos += w.length;
    return true;
  }
  return false;
}

/**
 * A stream highlighter for tdkt files (the token names map to CodeMirror's default highlight style), over the
 * keyword and time-word spellings the worker sends (so the page itself does not carry the language package).
 *
 * @example
 * new EditorState({ extensions: [tdktLanguage(words.keywords, words.times)] })
 */
export function tdktLanguage(
  keywordSpellings: readonly string[],
  timeSpellings: readonly string[],
): StreamLanguage<{ start: boolean }> {
  // Longest first, so `theo quy trình` wins over `theo`.
  const keywords = [...keywordSpellings].sort((a, b) => b.length - a.length);
  const times = [...timeSpellings].sort((a, b) => b.length - a.length);
  return StreamLanguage.define<{ start: boolean }>({
    name: 'tdkt',
    startState: () => ({ start: true }),
    token(stream, state) {
      if (stream.sol()) state.start = true;
      if (stream.eatSpace()) return null;
      const atStart = state.start;
      state.start = false;
      if (stream.match('#') || stream.match('//')) {
        stream.skipToEnd();
        return 'comment';
      }
      if (stream.peek() === '"' || stream.peek() === '“') {
        const close = stream.next() === '"' ? '"' : '”';
        let escaped = false;
        for (let c = stream.next(); c !== undefined; c = stream.next()) {
          if (c === close && !escaped) break;
          escaped = c === '\\' && !escaped;
        }
        return 'string';
      }
      if (stream.match(/^\d{1,2}\/\d{1,2}(\/\d{2,4})?/u) || stream.match(/^\d+/u)) return 'number';
      if (stream.match('->') || stream.match(/^[<>=!]=?/u)) return 'operator';
      const prev = stream.string.slice(0, stream.pos);
      if ((atStart || /\s$/u.test(prev)) && matchWord(stream, keywords)) return 'keyword';
      if (matchWord(stream, times)) return 'atom';
      if (stream.match(/^[\p{L}\p{M}\p{N}_]+:/u)) return 'def';
      if (stream.match(/^[\p{L}\p{M}\p{N}_]+/u)) return 'variableName';
      stream.next();
      return null;
    },
    languageData: { commentTokens: { line: '#' } },
  });
}
