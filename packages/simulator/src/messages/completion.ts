// The completion check's words (vi, en): its problems by code, and each step of the path that shows one.
import type { Lang } from '@tdkt/calendar';
import { message } from '@tdkt/calendar';
import { keywordTable } from '@tdkt/language';

const ACTIONS = new Map(keywordTable.filter((k) => k.category === 'action').map((k) => [k.id, k]));

/**
 * An action as the DSL spells it in `lang` (a designer's own action name stays as written).
 *
 * @example
 * actionWord('return', 'vi') // => 'trả lại'
 */
function actionWord(action: string, lang: Lang): string {
  return ACTIONS.get(action)?.[lang] ?? action.replace(/_/g, ' ');
}

type Step = { step: string };

export const completionMessages = {
  'completion.trap': message<{ procedure: string; step: string }>(
    (d) =>
      `Quy trình ${d.procedure} có thể kẹt ở bước ${d.step}: từ đó không còn đường nào đến kết thúc. Đường dẫn tới đó:`,
    (d) =>
      `Procedure ${d.procedure} can get stuck at step ${d.step}: no way leads from there to an end. The path that gets there:`,
  ),
  'completion.dead-step': message<{ procedure: string; step: string }>(
    (d) => `Bước ${d.step} của quy trình ${d.procedure} không bao giờ được tới (không có chuyển tiếp nào dẫn vào).`,
    (d) => `Step ${d.step} of procedure ${d.procedure} is never reached (no transition leads to it).`,
  ),
  'completion.no-final': message<{ procedure: string }>(
    (d) => `Quy trình ${d.procedure} không bao giờ kết thúc: không có trạng thái kết thúc nào tới được.`,
    (d) => `Procedure ${d.procedure} never ends: no final state can be reached.`,
  ),
  'completion.truncated': message<{ procedure: string }>(
    (d) => `Quy trình ${d.procedure} có quá nhiều trạng thái để duyệt hết; kết quả chưa đầy đủ.`,
    (d) => `Procedure ${d.procedure} has too many states to explore fully; the result is incomplete.`,
  ),
  /** `data` is the event's payload, ` [k = v, …]`, or ''. */
  'completion.edge.action': message<{ step: string; who: string; action: string; data: string }>(
    (d) => `${d.step}: ${d.who} ${actionWord(d.action, 'vi')}${d.data}`,
    (d) => `${d.step}: ${d.who} ${actionWord(d.action, 'en')}s${d.data}`,
  ),
  'completion.edge.deadline': message<Step>(
    (d) => `${d.step}: quá hạn`,
    (d) => `${d.step}: the deadline passes`,
  ),
  'completion.edge.posting': message<Step>(
    (d) => `${d.step}: hết thời gian công khai`,
    (d) => `${d.step}: the posting period ends`,
  ),
  'completion.edge.reminder': message<Step>(
    (d) => `${d.step}: nhắc hạn`,
    (d) => `${d.step}: reminder`,
  ),
  'completion.edge.unit': message<Step>(
    (d) => `${d.step}: các đơn vị cấp dưới nộp`,
    (d) => `${d.step}: the subordinate units submit`,
  ),
  'completion.initial-dossier': message<{ data: string }>(
    (d) => `hồ sơ ban đầu ${d.data}`,
    (d) => `initial dossier ${d.data}`,
  ),
  /** Where the loop's last edge (`edge → …`) goes back to: where the dossier started. */
  'completion.loop-to-start': message<Step>(
    (d) => `quay lại bước ${d.step} lúc bắt đầu: vòng lặp không có lối ra`,
    (d) => `back to step ${d.step} as at the start: a loop with no way out`,
  ),
  /** … or the step it reached on an earlier line of the path. */
  'completion.loop-to-line': message<{ step: string; line: number }>(
    (d) => `quay lại bước ${d.step} như ở dòng ${d.line}: vòng lặp không có lối ra`,
    (d) => `back to step ${d.step} as on line ${d.line}: a loop with no way out`,
  ),
} as const;
