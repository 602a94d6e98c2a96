// The `khung năm học` block: the frame line and the days of the school-year frame written under it.
import { foldDiacritics } from '@tdkt/calendar';
import type { FrameDecl, FrameMilestone } from '../ast/index.js';
import type { Builder } from './builder.js';
import type { LineNode } from './layout.js';
import * as L from './lines.js';
import type { Tok } from './tokens.js';

type Milestone = FrameMilestone['milestone'];

/**
 * How the Ministry's frame decisions name each day, folded (diacritics, case), longest first so that
 * `học kỳ II` is not read as `học kỳ I`. `hết` is the shorter spelling officials also use.
 */
const SPELLINGS: ReadonlyArray<readonly [readonly string[], Milestone]> = [
  ...(['ket thuc', 'het'] as const).flatMap((end) => [
    [[...end.split(' '), 'hoc', 'ky', 'ii'], 'semester2End'] as const,
    [[...end.split(' '), 'hoc', 'ky', '2'], 'semester2End'] as const,
    [[...end.split(' '), 'hoc', 'ky', 'i'], 'semester1End'] as const,
    [[...end.split(' '), 'hoc', 'ky', '1'], 'semester1End'] as const,
    [[...end.split(' '), 'nam', 'hoc'], 'teachingEnd'] as const,
  ]),
  [['tuu', 'truong'], 'gathering'],
  [['khai', 'giang'], 'opening'],
];

/** Each day's name as written in the decisions. */
const MILESTONE_WORDS: Record<Milestone, string> = {
  gathering: 'tựu trường',
  opening: 'khai giảng',
  semester1End: 'kết thúc học kỳ I',
  semester2End: 'kết thúc học kỳ II',
  teachingEnd: 'kết thúc năm học',
};
const FRAME_MILESTONE_WORDS = Object.values(MILESTONE_WORDS);

/**
 * Builds `khung năm học [TIME] ["citation"]` and its lines `tựu trường D`, `khai giảng D`,
 * `kết thúc học kỳ I trước D`, `kết thúc học kỳ II trước D`, `kết thúc năm học trước D`.
 *
 * @example
 * buildFrame(b, node, tokens) // => { kind: 'Frame', milestones: [{ milestone: 'opening', time: { text: '5/9/2020' } }], … }
 */
export function buildFrame(b: Builder, node: LineNode, first: Tok | undefined): FrameDecl | undefined {
  const head = b.run(L.frameLine, node, first, 'time');
  const milestones: FrameMilestone[] = [];
  for (const child of node.children) {
    b.noChildren(child, 'frame');
    const m = milestoneLine(child);
    if (m === undefined) {
      b.diagnostics.push({
        code: 'syntax.unknown-frame-day',
        severity: 'error',
        span: { start: child.start, end: child.end },
        data: { found: child.text.trim(), allowed: FRAME_MILESTONE_WORDS.join(', ') },
      });
      continue;
    }
    const twice = milestones.find((x) => x.milestone === m.milestone);
    if (twice) b.duplicate(MILESTONE_WORDS[m.milestone], m.span);
    else milestones.push(m);
  }
  if (!head) return undefined;
  if (head.time === undefined && head.citation === undefined && node.children.length === 0) {
    b.diagnostics.push({ code: 'syntax.empty-frame', severity: 'error', span: head.span, data: {} });
    return undefined;
  }
  return {
    ...head,
    milestones,
    span: { start: node.start, end: Math.max(node.end, ...node.children.map((c) => c.end)) },
  };
}

/** `khai giảng 5/9/2020` → the day's name and its time phrase (the words after the name). */
function milestoneLine(node: LineNode): FrameMilestone | undefined {
  const words = [...node.text.matchAll(/[\p{L}\p{M}\p{N}_]+/gu)];
  const folded = words.map((w) => foldDiacritics(w[0].normalize('NFC')).toLowerCase());
  for (const [spelling, milestone] of SPELLINGS) {
    if (!spelling.every((w, i) => folded[i] === w)) continue;
    const last = words[spelling.length - 1]!;
    const rest = node.text.slice(last.index + last[0].length);
    const text = rest.trim();
    if (text === '') return undefined;
    const start = node.start + last.index + last[0].length + (rest.length - rest.trimStart().length);
    return {
      kind: 'FrameMilestone',
      milestone,
      time: { kind: 'Time', text, span: { start, end: start + text.length } },
      span: { start: node.start, end: node.end },
    };
  }
  return undefined;
}
