// Data: the days off and make-up working days actually decided for civil servants (công chức, viên chức), 2019–2026.
//
// One row per day: [date, occasion, role, source key, note?]. Ordinary Saturdays and Sundays inside a
// break are not rows (they are off anyway); a weekday swapped off is 'swapped' and the Saturday worked in
// exchange is 'makeup'. Rows follow the decisions as announced; each year's `sources` cite one document per
// decision (the Government Office's letter conveying the Prime Minister's approval, or the ministry's
// announcement of it), and a source whose number could not be checked says so. Re-checked 2026-12 against
// the public texts and press reports listed in docs/time.md; test/holidays/decisions.test.ts restates every
// break and make-up day as the decisions word them. Plans can override any day (createWorkingCalendar).
import type { HolidayOccasion, HolidayRole } from './types.js';

type DecidedRow = readonly [date: string, occasion: HolidayOccasion, role: HolidayRole, source: string, note?: string];

export interface DecidedYear {
  readonly year: number;
  /** Source key → the document, as cited in each row's `source`. */
  readonly sources: Readonly<Record<string, string>>;
  readonly rows: readonly DecidedRow[];
}

const LAW_2012 = 'Bộ luật Lao động 2012, Điều 115 (ngày nghỉ lễ; nghỉ bù khi trùng ngày nghỉ hằng tuần)';
const LAW_2019 =
  'Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112 (ngày nghỉ lễ; nghỉ bù khi trùng ngày nghỉ hằng tuần)';
const RULE_ONLY = 'không có văn bản riêng: áp dụng thẳng Bộ luật Lao động (nghỉ bù vào ngày làm việc kế tiếp)';

export const DECIDED_YEARS: readonly DecidedYear[] = [
  {
    year: 2019,
    sources: {
      vpcp6519:
        'Công văn 6519/VPCP-KGVX năm 2018 của Văn phòng Chính phủ (Thủ tướng đồng ý lịch nghỉ Tết Dương lịch, Tết Âm lịch, 30/4–1/5 năm 2019 của cán bộ, công chức, viên chức) và thông báo của Bộ LĐTBXH',
      law: LAW_2012,
    },
    rows: [
      ['2018-12-31', 'new-year', 'swapped', 'vpcp6519', 'đợt nghỉ 29/12/2018–1/1/2019'],
      ['2019-01-01', 'new-year', 'holiday', 'vpcp6519'],
      ['2019-01-05', 'new-year', 'makeup', 'vpcp6519', 'làm bù cho thứ Hai 31/12/2018'],
      ['2019-02-04', 'tet', 'holiday', 'vpcp6519', 'đợt nghỉ 2/2–10/2/2019 (28 tháng Chạp đến mùng 6)'],
      ['2019-02-05', 'tet', 'holiday', 'vpcp6519'],
      ['2019-02-06', 'tet', 'holiday', 'vpcp6519'],
      ['2019-02-07', 'tet', 'holiday', 'vpcp6519'],
      ['2019-02-08', 'tet', 'holiday', 'vpcp6519'],
      ['2019-04-14', 'hung-kings', 'holiday', 'law'],
      ['2019-04-15', 'hung-kings', 'compensatory', 'law', RULE_ONLY],
      ['2019-04-29', 'reunification', 'swapped', 'vpcp6519', 'đợt nghỉ 27/4–1/5/2019'],
      ['2019-04-30', 'reunification', 'holiday', 'vpcp6519'],
      ['2019-05-01', 'labour-day', 'holiday', 'vpcp6519'],
      ['2019-05-04', 'reunification', 'makeup', 'vpcp6519', 'làm bù cho thứ Hai 29/4/2019'],
      ['2019-09-02', 'national-day', 'holiday', 'law', 'BLLĐ 2012: Quốc khánh 1 ngày'],
    ],
  },
  {
    year: 2020,
    sources: {
      ldtbxh:
        'Thông báo của Bộ LĐTBXH về nghỉ Tết Âm lịch Canh Tý 2020 của cán bộ, công chức, viên chức (theo ý kiến của Thủ tướng Chính phủ, 2019; số hiệu chưa đối chiếu được)',
      law: LAW_2012,
    },
    rows: [
      ['2020-01-01', 'new-year', 'holiday', 'law'],
      ['2020-01-23', 'tet', 'holiday', 'ldtbxh', 'đợt nghỉ 23/1–29/1/2020 (29 tháng Chạp đến mùng 5)'],
      ['2020-01-24', 'tet', 'holiday', 'ldtbxh'],
      ['2020-01-25', 'tet', 'holiday', 'ldtbxh'],
      ['2020-01-26', 'tet', 'holiday', 'ldtbxh'],
      ['2020-01-27', 'tet', 'holiday', 'ldtbxh'],
      ['2020-01-28', 'tet', 'compensatory', 'ldtbxh'],
      ['2020-01-29', 'tet', 'compensatory', 'ldtbxh'],
      ['2020-04-02', 'hung-kings', 'holiday', 'law'],
      ['2020-04-30', 'reunification', 'holiday', 'law'],
      ['2020-05-01', 'labour-day', 'holiday', 'law'],
      ['2020-09-02', 'national-day', 'holiday', 'law', 'BLLĐ 2012: Quốc khánh 1 ngày (thứ Tư)'],
    ],
  },
  {
    year: 2021,
    sources: {
      ldtbxh:
        'Thông báo của Bộ LĐTBXH về nghỉ Tết Âm lịch Tân Sửu và Quốc khánh năm 2021 (theo ý kiến của Thủ tướng Chính phủ, 2020; số hiệu chưa đối chiếu được)',
      law: LAW_2019,
    },
    rows: [
      ['2021-01-01', 'new-year', 'holiday', 'law'],
      ['2021-02-10', 'tet', 'holiday', 'ldtbxh', 'đợt nghỉ 10/2–16/2/2021 (29 tháng Chạp đến mùng 5)'],
      ['2021-02-11', 'tet', 'holiday', 'ldtbxh'],
      ['2021-02-12', 'tet', 'holiday', 'ldtbxh'],
      ['2021-02-13', 'tet', 'holiday', 'ldtbxh'],
      ['2021-02-14', 'tet', 'holiday', 'ldtbxh'],
      ['2021-02-15', 'tet', 'compensatory', 'ldtbxh'],
      ['2021-02-16', 'tet', 'compensatory', 'ldtbxh'],
      ['2021-04-21', 'hung-kings', 'holiday', 'law'],
      ['2021-04-30', 'reunification', 'holiday', 'law'],
      ['2021-05-01', 'labour-day', 'holiday', 'law'],
      ['2021-05-03', 'labour-day', 'compensatory', 'law', RULE_ONLY],
      ['2021-09-02', 'national-day', 'holiday', 'ldtbxh', 'đợt nghỉ 2/9–5/9/2021'],
      ['2021-09-03', 'national-day', 'holiday', 'ldtbxh', 'ngày liền kề được chọn: 3/9'],
    ],
  },
  {
    year: 2022,
    sources: {
      vpcp245:
        'Công văn 245/VPCP-KGVX ngày 11/01/2022 của Văn phòng Chính phủ (Phó Thủ tướng Vũ Đức Đam đồng ý lịch nghỉ Tết Nhâm Dần)',
      ldtbxh:
        'Thông báo của Bộ LĐTBXH về nghỉ lễ Quốc khánh năm 2022 (theo ý kiến của Thủ tướng Chính phủ; số hiệu chưa đối chiếu được)',
      law: LAW_2019,
    },
    rows: [
      ['2022-01-01', 'new-year', 'holiday', 'law'],
      ['2022-01-03', 'new-year', 'compensatory', 'law', RULE_ONLY],
      [
        '2022-01-31',
        'tet',
        'holiday',
        'vpcp245',
        'đợt nghỉ 29/1–6/2/2022 (27 tháng Chạp đến mùng 6): 5 ngày Tết và 4 ngày nghỉ hằng tuần',
      ],
      ['2022-02-01', 'tet', 'holiday', 'vpcp245'],
      ['2022-02-02', 'tet', 'holiday', 'vpcp245'],
      ['2022-02-03', 'tet', 'holiday', 'vpcp245'],
      ['2022-02-04', 'tet', 'holiday', 'vpcp245'],
      ['2022-04-10', 'hung-kings', 'holiday', 'law'],
      ['2022-04-11', 'hung-kings', 'compensatory', 'law', RULE_ONLY],
      ['2022-04-30', 'reunification', 'holiday', 'law'],
      ['2022-05-01', 'labour-day', 'holiday', 'law'],
      ['2022-05-02', 'reunification', 'compensatory', 'law', RULE_ONLY],
      ['2022-05-03', 'labour-day', 'compensatory', 'law', RULE_ONLY],
      ['2022-09-01', 'national-day', 'holiday', 'ldtbxh', 'ngày liền kề được chọn: 1/9; đợt nghỉ 1/9–4/9/2022'],
      ['2022-09-02', 'national-day', 'holiday', 'ldtbxh'],
    ],
  },
  {
    year: 2023,
    sources: {
      vpcp: 'Văn bản của Văn phòng Chính phủ (11/2022: Phó Thủ tướng Vũ Đức Đam đồng ý nghỉ Tết Âm lịch từ 20/1/2023 đến hết 26/1/2023 và Quốc khánh 1/9–4/9/2023) và thông báo của Bộ LĐTBXH; số hiệu chưa đối chiếu được',
      law: LAW_2019,
    },
    rows: [
      ['2023-01-01', 'new-year', 'holiday', 'law'],
      ['2023-01-02', 'new-year', 'compensatory', 'law', RULE_ONLY],
      ['2023-01-20', 'tet', 'holiday', 'vpcp', 'đợt nghỉ 20/1–26/1/2023 (29 tháng Chạp đến mùng 5)'],
      ['2023-01-21', 'tet', 'holiday', 'vpcp'],
      ['2023-01-22', 'tet', 'holiday', 'vpcp'],
      ['2023-01-23', 'tet', 'holiday', 'vpcp'],
      ['2023-01-24', 'tet', 'holiday', 'vpcp'],
      ['2023-01-25', 'tet', 'compensatory', 'vpcp'],
      ['2023-01-26', 'tet', 'compensatory', 'vpcp'],
      ['2023-04-29', 'hung-kings', 'holiday', 'law'],
      ['2023-04-30', 'reunification', 'holiday', 'law'],
      ['2023-05-01', 'labour-day', 'holiday', 'law'],
      ['2023-05-02', 'hung-kings', 'compensatory', 'law', 'đợt nghỉ 29/4–3/5/2023'],
      ['2023-05-03', 'reunification', 'compensatory', 'law'],
      ['2023-09-01', 'national-day', 'holiday', 'vpcp', 'ngày liền kề được chọn: 1/9; đợt nghỉ 1/9–4/9/2023'],
      ['2023-09-02', 'national-day', 'holiday', 'vpcp'],
      ['2023-09-04', 'national-day', 'compensatory', 'vpcp'],
    ],
  },
  {
    year: 2024,
    sources: {
      tb5015: 'Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 (theo Văn bản 8662/VPCP-KGVX ngày 03/11/2023)',
      vpcp2450: 'Văn bản 2450/VPCP-KGVX ngày 12/4/2024 (hoán đổi ngày làm việc dịp 30/4–1/5/2024)',
      law: LAW_2019,
    },
    rows: [
      ['2024-01-01', 'new-year', 'holiday', 'law'],
      [
        '2024-02-08',
        'tet',
        'holiday',
        'tb5015',
        'đợt nghỉ 8/2–14/2/2024 (29 tháng Chạp đến mùng 5): 5 ngày Tết, 2 ngày nghỉ bù',
      ],
      ['2024-02-09', 'tet', 'holiday', 'tb5015'],
      ['2024-02-10', 'tet', 'holiday', 'tb5015'],
      ['2024-02-11', 'tet', 'holiday', 'tb5015'],
      ['2024-02-12', 'tet', 'holiday', 'tb5015'],
      ['2024-02-13', 'tet', 'compensatory', 'tb5015'],
      ['2024-02-14', 'tet', 'compensatory', 'tb5015'],
      ['2024-04-18', 'hung-kings', 'holiday', 'law'],
      ['2024-04-29', 'reunification', 'swapped', 'vpcp2450', 'đợt nghỉ 27/4–1/5/2024'],
      ['2024-04-30', 'reunification', 'holiday', 'law'],
      ['2024-05-01', 'labour-day', 'holiday', 'law'],
      ['2024-05-04', 'reunification', 'makeup', 'vpcp2450', 'làm bù cho thứ Hai 29/4/2024'],
      ['2024-09-02', 'national-day', 'holiday', 'tb5015', 'đợt nghỉ 31/8–3/9/2024'],
      ['2024-09-03', 'national-day', 'holiday', 'tb5015', 'ngày liền kề được chọn: 3/9'],
    ],
  },
  {
    year: 2025,
    sources: {
      vpcp8726:
        'Văn bản 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ (Thủ tướng đồng ý nghỉ Tết Ất Tỵ 9 ngày và một số dịp lễ năm 2025) và thông báo của Bộ LĐTBXH',
      law: LAW_2019,
    },
    rows: [
      ['2025-01-01', 'new-year', 'holiday', 'law'],
      // Corrected 2026-12: the break is 5 days of Tết (Monday 27/1 to Friday 31/1) plus the two weekends around
      // them, with no swap and no make-up day; an earlier version swapped 27/1 against Saturday 8/2.
      [
        '2025-01-27',
        'tet',
        'holiday',
        'vpcp8726',
        'đợt nghỉ 25/1–2/2/2025 (26 tháng Chạp đến mùng 5): 5 ngày Tết (28 tháng Chạp đến mùng 3) và 4 ngày nghỉ hằng tuần, không làm bù',
      ],
      ['2025-01-28', 'tet', 'holiday', 'vpcp8726'],
      ['2025-01-29', 'tet', 'holiday', 'vpcp8726'],
      ['2025-01-30', 'tet', 'holiday', 'vpcp8726'],
      ['2025-01-31', 'tet', 'holiday', 'vpcp8726'],
      ['2025-04-07', 'hung-kings', 'holiday', 'law'],
      ['2025-04-26', 'reunification', 'makeup', 'vpcp8726', 'làm bù cho thứ Sáu 2/5/2025'],
      ['2025-04-30', 'reunification', 'holiday', 'law', 'đợt nghỉ 30/4–4/5/2025'],
      ['2025-05-01', 'labour-day', 'holiday', 'law'],
      ['2025-05-02', 'labour-day', 'swapped', 'vpcp8726'],
      ['2025-09-01', 'national-day', 'holiday', 'vpcp8726', 'ngày liền kề được chọn: 1/9; đợt nghỉ 30/8–2/9/2025'],
      ['2025-09-02', 'national-day', 'holiday', 'vpcp8726'],
    ],
  },
  {
    year: 2026,
    sources: {
      vpcp: 'Văn bản của Văn phòng Chính phủ ngày 13/10/2025 (Thủ tướng đồng ý đề xuất của Bộ Nội vụ về nghỉ Tết Âm lịch và Quốc khánh năm 2026; số hiệu chưa đối chiếu được)',
      vpcp12729: 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025 (hoán đổi ngày làm việc dịp Tết Dương lịch 2026)',
      law: LAW_2019,
    },
    rows: [
      ['2026-01-01', 'new-year', 'holiday', 'law', 'đợt nghỉ 1/1–4/1/2026'],
      ['2026-01-02', 'new-year', 'swapped', 'vpcp12729'],
      ['2026-01-10', 'new-year', 'makeup', 'vpcp12729', 'làm bù cho thứ Sáu 2/1/2026'],
      [
        '2026-02-16',
        'tet',
        'holiday',
        'vpcp',
        'đợt nghỉ 14/2–22/2/2026 (27 tháng Chạp đến mùng 6): 5 ngày Tết và 4 ngày nghỉ hằng tuần',
      ],
      ['2026-02-17', 'tet', 'holiday', 'vpcp'],
      ['2026-02-18', 'tet', 'holiday', 'vpcp'],
      ['2026-02-19', 'tet', 'holiday', 'vpcp'],
      ['2026-02-20', 'tet', 'holiday', 'vpcp'],
      ['2026-04-26', 'hung-kings', 'holiday', 'law'],
      ['2026-04-27', 'hung-kings', 'compensatory', 'law', RULE_ONLY],
      ['2026-04-30', 'reunification', 'holiday', 'law', 'đợt nghỉ 30/4–3/5/2026'],
      ['2026-05-01', 'labour-day', 'holiday', 'law'],
      ['2026-08-22', 'national-day', 'makeup', 'vpcp', 'làm bù cho thứ Hai 31/8/2026'],
      ['2026-08-31', 'national-day', 'swapped', 'vpcp', 'đợt nghỉ 29/8–2/9/2026'],
      ['2026-09-01', 'national-day', 'holiday', 'vpcp', 'ngày liền kề được chọn: 1/9'],
      ['2026-09-02', 'national-day', 'holiday', 'vpcp'],
    ],
  },
];
