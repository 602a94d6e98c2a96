// The legend at the end of the text report: every term the tables use, in Vietnamese and English.
import type { Lang, LocalizedText } from '@tdkt/calendar';
import type { ReportInput } from './model.js';

interface Term {
  readonly term: LocalizedText;
  readonly meaning: LocalizedText;
}

/** Terms of the deadline tables (schedule, critical path). */
const DEADLINE_TERMS: readonly Term[] = [
  {
    term: { vi: 'Sớm nhất / muộn nhất', en: 'Earliest / latest' },
    meaning: {
      vi: 'ngày sớm nhất một việc có thể xong, và ngày muộn nhất nó được phép xong mà mọi hạn sau vẫn giữ được.',
      en: 'the earliest day a task can be done, and the latest day it may be done with every later deadline still met.',
    },
  },
  {
    term: { vi: 'Dự trữ', en: 'Slack' },
    meaning: {
      vi: 'muộn nhất − sớm nhất, tính bằng ngày: việc có thể lùi bấy nhiêu ngày mà không vỡ hạn nào; âm là đã có xung đột.',
      en: 'latest − earliest, in days: how far a task can slip without breaking a deadline; negative means a conflict.',
    },
  },
  {
    term: { vi: 'Đường găng', en: 'Critical path' },
    meaning: {
      vi: 'chuỗi việc quyết định ngày xong sớm nhất của kế hoạch: một ngày trễ ở đây là một ngày trễ cả kế hoạch.',
      en: 'the chain of tasks that fixes the plan’s earliest finish: a day lost on it is a day lost for the plan.',
    },
  },
];

/** Terms of the population tables. */
const POPULATION_TERMS: readonly Term[] = [
  {
    term: { vi: 'Lần chạy trung vị, [a–b]', en: 'Median run, [a–b]' },
    meaning: {
      vi: 'mỗi lần chạy rút lại hành vi các đơn vị; bảng in số liệu của lần chạy có tổng hồ sơ xong đúng hạn ở giữa (nên các cột cộng lại khớp nhau), [a–b] là khoảng chứa 90 % các lần chạy của từng số.',
      en: 'each run draws the units’ behaviour anew; the tables show the run in the middle by dossiers finished on time (so columns add up), and [a–b] the range of 90 % of the runs for each figure.',
    },
  },
  {
    term: { vi: 'Hồ sơ đến', en: 'Arrived' },
    meaning: {
      vi: 'số lượt hồ sơ đến chờ ở bước (một hồ sơ bị trả lại rồi nộp lại được tính thêm một lượt).',
      en: 'visits: times a dossier came to wait at the step (a dossier returned and resubmitted counts again).',
    },
  },
  {
    term: { vi: 'Đã xử lý', en: 'Processed' },
    meaning: {
      vi: 'lượt người xử lý đã duyệt, chuyển tiếp hoặc trả lại; bằng đúng hạn + trễ.',
      en: 'visits the actor approved, forwarded or returned; equal to on time + late.',
    },
  },
  {
    term: { vi: 'Trả lại', en: 'Returned' },
    meaning: { vi: 'lượt bị trả lại để hoàn thiện (nằm trong số đã xử lý).', en: 'visits returned for revision (part of the processed).' },
  },
  {
    term: { vi: 'Quá hạn', en: 'Overdue' },
    meaning: {
      vi: 'lượt chưa được xử lý thì hẹn giờ „quá hạn” của bước đã chuyển hồ sơ đi.',
      en: 'visits moved on by the step’s timeout (quá hạn) before anyone acted.',
    },
  },
  {
    term: { vi: 'Tồn đọng', en: 'Stuck' },
    meaning: {
      vi: 'hồ sơ còn chờ khi hết kỳ kế hoạch. Ở mỗi bước: hồ sơ đến = đã xử lý + quá hạn + tồn đọng.',
      en: 'dossiers still waiting when the plan’s period ends. At each step: arrived = processed + overdue + stuck.',
    },
  },
  {
    term: { vi: 'Rủi ro', en: 'Risk' },
    meaning: {
      vi: '(trễ + quá hạn + tồn đọng) / hồ sơ đến: bước càng cao càng dễ làm kế hoạch trễ.',
      en: '(late + overdue + stuck) / arrived: the higher, the more the step endangers the plan.',
    },
  },
  {
    term: { vi: 'Phụ thuộc vào một đơn vị', en: 'Depends on one unit' },
    meaning: {
      vi: 'mọi hồ sơ của quy trình đều qua tay một đơn vị duy nhất: đơn vị đó trễ thì cả quy trình trễ (khoảng 90 % cho thấy điều đó).',
      en: 'every dossier of the procedure passes one single unit: if it is late, the whole procedure is (the 90 % interval shows it).',
    },
  },
];

/**
 * The legend of the sections `input` shows, each term on lines of at most `width` columns.
 *
 * @example
 * renderLegend({ temporal, population }, 'vi') // ['Chú giải:', '  Dự trữ: …', …]
 */
export function renderLegend(input: ReportInput, lang: Lang, width = 100): string[] {
  const terms = [...(input.temporal ? DEADLINE_TERMS : []), ...(input.population ? POPULATION_TERMS : [])];
  if (terms.length === 0) return [];
  const out = [lang === 'vi' ? 'Chú giải:' : 'Legend:'];
  for (const t of terms) {
    let line = `  ${t.term[lang]}:`;
    for (const word of t.meaning[lang].split(' ')) {
      if (line.length + 1 + word.length > width) {
        out.push(line);
        line = `    ${word}`;
      } else line = `${line} ${word}`;
    }
    out.push(line);
  }
  return out;
}
