// Data: the Ministry's yearly school-year frame (khung kế hoạch thời gian năm học), 2018-2019 onwards.
//
// One row per school year, with the decision that set it. Dates are written as the decisions write them:
// `…Before` is the day the text says "trước ngày …" (so the last day is the day before). `verified` says
// how far the row was checked: 'text' (the decision's number and dates read in the decision or in a
// provincial decision citing it), 'press' (dates in several news reports quoting the decision; the number
// or date of the decision itself from one secondary source), 'unverified' (reconstructed; see the note).

/** How far a row was checked against the decision it cites. */
export type FrameVerification = 'text' | 'press' | 'unverified';

export interface FrameDecisionRow {
  readonly startYear: number;
  /** The decision (and any amendments in force), as cited. */
  readonly decision: string;
  readonly verified: FrameVerification;
  /** Earliest gathering day (tựu trường sớm nhất), `YYYY-MM-DD`, for all grades but the earliest ones. */
  readonly gathering: string;
  /** Opening ceremony (khai giảng). */
  readonly opening: string;
  /** "Kết thúc học kỳ I trước ngày …". */
  readonly semester1Before: string;
  /** "Hoàn thành kế hoạch giáo dục học kỳ II trước ngày …" (absent: the end of the year). */
  readonly semester2Before?: string;
  /** "Kết thúc năm học trước ngày …". */
  readonly yearBefore: string;
  /** "Xét công nhận hoàn thành chương trình tiểu học và tốt nghiệp THCS trước ngày …". */
  readonly completionBefore: string;
  /** "Hoàn thành tuyển sinh (các lớp đầu cấp / vào lớp 10) trước ngày …". */
  readonly enrolmentBefore: string;
  /** Public places the row was checked against (news reports and documents quoting the decision). */
  readonly checkedAgainst: readonly string[];
  readonly note?: string;
}

/**
 * The Ministry's frames. A year without a row falls back to the rule (`FRAME_RULE` in school-year-frame.ts)
 * and every output says so.
 */
export const MINISTRY_FRAME_ROWS: readonly FrameDecisionRow[] = [
  {
    startYear: 2018,
    decision:
      'Quyết định 2071/QĐ-BGDĐT ngày 16/6/2017 (khung kế hoạch thời gian năm học, áp dụng từ năm học 2017-2018)',
    verified: 'unverified',
    gathering: '2018-08-01',
    opening: '2018-09-05',
    semester1Before: '2019-01-20',
    semester2Before: '2019-05-25',
    yearBefore: '2019-05-31',
    completionBefore: '2019-06-15',
    enrolmentBefore: '2019-07-31',
    checkedAgainst: ['https://beta.la34.com.vn/hoc-sinh-tuu-truong-som-nhat-vao-1-8-30798.html'],
    note: 'chưa đối chiếu được văn bản riêng cho năm học 2018-2019: các mốc (tựu trường sớm nhất 1/8, khai giảng 5/9, kết thúc năm học trước 31/5, xét công nhận trước 15/6, tuyển sinh lớp 10 trước 31/7) theo khung được báo chí đưa tin là áp dụng hằng năm; mốc học kỳ I (trước 20/1) và học kỳ II (trước 25/5) suy từ khung 2017-2018 và khung 2019-2020',
  },
  {
    startYear: 2019,
    decision:
      'khung theo Quyết định 2071/QĐ-BGDĐT ngày 16/6/2017, điều chỉnh bởi Quyết định 514/QĐ-BGDĐT ngày 22/2/2020 (lần 1) và Quyết định 736/QĐ-BGDĐT ngày 13/3/2020 (lần 2, thay thế lần 1) do dịch Covid-19',
    verified: 'press',
    gathering: '2019-08-01',
    opening: '2019-09-05',
    semester1Before: '2020-01-20',
    semester2Before: '2020-07-11',
    yearBefore: '2020-07-15',
    completionBefore: '2020-07-31',
    enrolmentBefore: '2020-08-15',
    checkedAgainst: [
      'https://moitruong.net.vn/bo-gd-dt-ket-thuc-nam-hoc-truoc-ngay-15-7-sau-khi-nghi-chong-dich-covid-19-22200.html',
      'https://raw.githubusercontent.com/21ts444/thcshoangluong/main/tin-tuc-su-kien/nam-hoc-2019-2020-se-ket-thuc-truoc-ngay-15-7-20202.html',
    ],
    note: 'các mốc là mốc sau lần điều chỉnh thứ hai (kết thúc năm học trước 15/7/2020); số hiệu 736/QĐ-BGDĐT theo văn bản của Sở GD&ĐT Bắc Giang',
  },
  {
    startYear: 2020,
    decision: 'Quyết định 2084/QĐ-BGDĐT ngày 27/7/2020',
    verified: 'text',
    gathering: '2020-09-01',
    opening: '2020-09-05',
    semester1Before: '2021-01-16',
    semester2Before: '2021-05-25',
    yearBefore: '2021-05-31',
    completionBefore: '2021-06-15',
    enrolmentBefore: '2021-07-31',
    checkedAgainst: [
      'http://vinanet.vn/chinh-sach-viet-nam/bo-giao-duc-va-dao-tao-ban-hanh-khung-ke-hoach-thoi-gian-nam-hoc-2020-2021-732746.html',
    ],
  },
  {
    startYear: 2021,
    decision: 'Quyết định 2551/QĐ-BGDĐT ngày 04/8/2021',
    verified: 'text',
    gathering: '2021-09-01',
    opening: '2021-09-05',
    semester1Before: '2022-01-16',
    semester2Before: '2022-05-25',
    yearBefore: '2022-05-31',
    completionBefore: '2022-06-30',
    enrolmentBefore: '2022-07-31',
    checkedAgainst: [
      'https://raw.githubusercontent.com/21ts444/thdinhbang2/main/upload/45610/20210813/QD_khung_thoi_gian__Nh_21-22_signed_signed_signed_e2bd119407.pdf',
    ],
    note: 'lớp 1 tựu trường sớm nhất từ 23/8/2021',
  },
  {
    startYear: 2022,
    decision: 'Quyết định của Bộ GD&ĐT ngày 05/8/2022 (số hiệu chưa đối chiếu được; một nguồn thứ cấp ghi 2159)',
    verified: 'press',
    gathering: '2022-08-29',
    opening: '2022-09-05',
    semester1Before: '2023-01-15',
    semester2Before: '2023-05-25',
    yearBefore: '2023-05-31',
    completionBefore: '2023-06-30',
    enrolmentBefore: '2023-07-31',
    checkedAgainst: [
      'https://baomoi.com/bo-giao-duc-va-dao-tao-ban-hanh-khung-ke-hoach-nam-hoc-2022-2023/c/43376924.epi',
    ],
    note: 'tựu trường sớm nhất trước 01 tuần so với ngày khai giảng (lớp 1: 02 tuần)',
  },
  {
    startYear: 2023,
    decision: 'Quyết định 2171/QĐ-BGDĐT ngày 28/7/2023',
    verified: 'text',
    gathering: '2023-08-29',
    opening: '2023-09-05',
    semester1Before: '2024-01-15',
    semester2Before: '2024-05-25',
    yearBefore: '2024-05-31',
    completionBefore: '2024-06-30',
    enrolmentBefore: '2024-07-31',
    checkedAgainst: ['https://www.luatvietnam.net/vn/lich-hoc-nien-khoa-2023-2024-vbpl125248.xhtml'],
    note: 'tựu trường sớm nhất trước 01 tuần so với ngày khai giảng (lớp 1: 02 tuần)',
  },
  {
    startYear: 2024,
    decision: 'Quyết định 2045/QĐ-BGDĐT (ngày ký chưa đối chiếu được; ban hành đầu tháng 8/2024)',
    verified: 'press',
    gathering: '2024-08-29',
    opening: '2024-09-05',
    semester1Before: '2025-01-18',
    yearBefore: '2025-05-31',
    completionBefore: '2025-06-30',
    enrolmentBefore: '2025-07-31',
    checkedAgainst: [
      'https://th389.vn/hoc-sinh-ca-nuoc-khai-giang-ngay-5-9-lop-1-tuu-truong-som-hon-2-tuan-a184397.html',
    ],
    note: 'hoàn thành chương trình và kết thúc năm học cùng một mốc (trước 31/5/2025)',
  },
  {
    startYear: 2025,
    decision: 'Quyết định 2269/QĐ-BGDĐT ngày 11/8/2025',
    verified: 'text',
    gathering: '2025-08-29',
    opening: '2025-09-05',
    semester1Before: '2026-01-18',
    yearBefore: '2026-05-31',
    completionBefore: '2026-06-30',
    enrolmentBefore: '2026-07-31',
    checkedAgainst: [
      'https://ngaynay.vn/ky-thi-tot-nghiep-trung-hoc-pho-thong-nam-2026-du-kien-to-chuc-som-tu-11-126-post163236.html',
    ],
    note: 'lớp 1, lớp 9, lớp 12 tựu trường sớm nhất trước 02 tuần so với ngày khai giảng',
  },
];
