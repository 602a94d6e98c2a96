// A five-level review chain as the compiler's IR (its documented input), for the adapter tests.
import type { DurationIR, ProcedureIR } from '@tdkt/compiler';

const vn = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) - 7 * 3_600_000; // 00:00 in Vietnam
const workingDays = (amount: number): DurationIR => ({ amount, unit: 'working-day', text: `${amount} ngày làm việc` });
/** "trước D": the last allowed day is D−1, so the deadline passes at D 00:00 (UTC+7). */
const before = (y: number, m: number, d: number, text: string) => ({
  kind: 'absolute' as const,
  at: vn(y, m, d),
  lastDay: `${y}-${m}-${d - 1}`,
  soft: false,
  text,
});

export const reviewIR: ProcedureIR = {
  name: 'xét_cuối_năm',
  title: 'Bình xét danh hiệu thi đua cá nhân cuối năm học',
  fields: [
    { name: 'đã_đăng_ký', type: { kind: 'boolean' }, required: true },
    { name: 'xếp_loại', type: { kind: 'enum', values: ['xuất_sắc', 'tốt', 'hoàn_thành'] }, required: true },
    { name: 'kết_quả', type: { kind: 'enum', values: ['đạt', 'không_đạt'] }, required: false },
  ],
  initial: 'tự_đánh_giá',
  steps: [
    {
      id: 'tự_đánh_giá',
      title: 'Cá nhân tự đánh giá',
      role: 'cá_nhân',
      level: 'cá_nhân',
      deadline: before(2021, 5, 10, 'trước 10/5'),
      reminders: [],
      routes: [],
      transitions: [{ action: 'submit', target: 'tổ_xét' }],
      timeouts: [{ target: 'không_xét' }],
    },
    {
      id: 'tổ_xét',
      title: 'Tổ chuyên môn xét',
      role: 'tổ_trưởng_chuyên_môn',
      level: 'tổ',
      deadline: before(2021, 5, 15, 'trước 15/5'),
      reminders: [],
      routes: [{ guard: { kind: 'not', item: { kind: 'field', name: 'đã_đăng_ký' } }, target: 'không_xét' }],
      transitions: [
        { action: 'approve', target: 'hđ_trường_xét' },
        { action: 'return', target: 'tự_đánh_giá' },
      ],
      escalation: { to: 'hiệu_trưởng', target: 'hđ_trường_xét' },
    },
    {
      id: 'hđ_trường_xét',
      title: 'Hội đồng TĐKT trường xét, công khai',
      role: 'hđ_trường',
      level: 'trường',
      deadline: before(2021, 5, 31, 'trước 31/5'),
      posting: workingDays(5),
      reminders: [workingDays(3)],
      routes: [],
      transitions: [
        { action: 'approve', target: 'trình_cấp_trên' },
        { action: 'reject', target: 'không_đạt' },
      ],
    },
    {
      id: 'trình_cấp_trên',
      title: 'Hiệu trưởng trình',
      role: 'hiệu_trưởng',
      level: 'trường',
      reminders: [],
      routes: [],
      transitions: [{ action: 'forward', target: 'cấp_trên_xét' }],
    },
    {
      id: 'cấp_trên_xét',
      title: 'Phòng GD&ĐT xét',
      role: 'hđ_cấp_trên',
      level: 'phòng',
      reminders: [],
      routes: [],
      transitions: [
        { action: 'approve', target: 'quyết_định' },
        { action: 'reject', target: 'không_đạt' },
      ],
    },
    {
      id: 'quyết_định',
      title: 'Sở GD&ĐT quyết định',
      role: 'người_quyết_định',
      level: 'sở',
      deadline: before(2021, 12, 1, 'trước 1/12'),
      reminders: [],
      routes: [],
      transitions: [
        {
          action: 'approve',
          guard: {
            kind: 'compare',
            op: '=',
            left: { kind: 'field', name: 'kết_quả' },
            right: { kind: 'literal', value: 'đạt' },
          },
          target: 'đạt',
        },
        { action: 'reject', target: 'không_đạt' },
      ],
    },
  ],
  finals: [
    { id: 'đạt', outcome: 'đạt' },
    { id: 'không_đạt', outcome: 'không đạt' },
    { id: 'không_xét', outcome: 'không xét' },
  ],
};

export const units = [
  { id: 'so-hn', level: 'sở' },
  { id: 'phong-gia-lam', parent: 'so-hn', level: 'phòng' },
  { id: 'phong-khac', parent: 'so-hn', level: 'phòng' },
  { id: 'thcs-kim-son', parent: 'phong-gia-lam', level: 'trường' },
  { id: 'thcs-khac', parent: 'phong-gia-lam', level: 'trường' },
  { id: 'to-toan', parent: 'thcs-kim-son', level: 'tổ' },
  { id: 'to-van', parent: 'thcs-kim-son', level: 'tổ' },
];

/** The assignee of each step, for a dossier of teacher gv-lan in to-toan. */
export const who = {
  teacher: { id: 'gv-lan', role: 'cá_nhân', unit: 'to-toan' },
  groupHead: { id: 'tt-toan', role: 'tổ_trưởng_chuyên_môn', unit: 'to-toan' },
  council: { id: 'hđ-ks', role: 'hđ_trường', unit: 'thcs-kim-son' },
  principal: { id: 'ht-ks', role: 'hiệu_trưởng', unit: 'thcs-kim-son' },
  districtCouncil: { id: 'hđ-gl', role: 'hđ_cấp_trên', unit: 'phong-gia-lam' },
  director: { id: 'gd-so', role: 'người_quyết_định', unit: 'so-hn' },
};

export const dossier = { đã_đăng_ký: true, xếp_loại: 'tốt' };
