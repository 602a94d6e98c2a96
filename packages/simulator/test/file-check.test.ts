// fileCheck: the plan file's check warnings, and those of library procedures read through the plan, in the report.

import { loadWorkspace } from '@tdkt/language';
import { dedent } from '@tdkt/language/test';
import { describe, expect, it } from 'vitest';
import { fileCheck } from '../src/simulate.js';

const files: Record<string, string> = {
  'lib.tdkt': dedent(`
    quy trình q "Xét"
      tham số
        hạn_nộp = trước 10/5
      bước nộp do cá_nhân hạn hạn_nộp
        nộp -> xong
      kết thúc xong
  `),
  'kh.tdkt': dedent(`
    dùng "lib.tdkt"
    tổ chức
      cấp cá_nhân "Cá nhân" < trường "Trường"
      vai trò cá_nhân_gv "Giáo viên" cấp cá_nhân
    kế hoạch "KH"
      năm học 2020-2021
      tiến độ
        tháng 5/2021
          a: "A" chậm nhất 4/6/2021
        b: "B" theo quy trình q
  `),
};

describe('fileCheck', () => {
  it('lists the plan’s own warnings and a library default on a day off reached through the plan, with the line it came through', () => {
    const analysis = loadWorkspace(['kh.tdkt'], (p) => files[p]);
    const check = fileCheck(analysis, 'kh.tdkt');
    expect(check.problems.map((p) => `${p.code} ${p.span?.file}:${p.span?.line}`)).toEqual([
      'plan.beyond-heading kh.tdkt:9',
      'time.deadline-on-day-off lib.tdkt:3',
    ]);
    expect(check.problems[1]?.message.vi).toMatch(/Chủ nhật 9\/5\/2021.*\(đến đây qua dòng 10 của kế hoạch\)$/u);
    expect(check.problems[1]?.message.en).toMatch(/\(reached through line 10 of the plan\)$/u);
  });
});
