// Parse + validate throughput (lines/s) of @tdkt/language on a large generated file.
import { analyze, parse } from '@tdkt/language';

function generate(sections, perSection) {
  const lines = [
    'tổ chức',
    '  cấp cá_nhân < tổ < trường < phòng',
    '  vai trò cá_nhân cấp cá_nhân',
    '  vai trò tổ_trưởng cấp tổ',
    '  vai trò hiệu_trưởng cấp trường',
    '',
  ];
  lines.push(
    'kế hoạch "Kế hoạch lớn"',
    '  năm học 2020-2021',
    '  căn cứ "TT 21/2020"',
    '  sự kiện hội_nghị "Hội nghị" dự kiến tháng 9/2020',
    '  tiến độ',
  );
  for (let s = 0; s < sections; s++) {
    const month = (((s % 12) + 8 - 1) % 12) + 1;
    const year = month >= 8 ? 2020 : 2021;
    lines.push(`    tháng ${month}/${year}`);
    for (let a = 0; a < perSection; a++) {
      lines.push(
        `      hđ_${s}_${a}: "Hoạt động ${s}.${a}: tổng hợp, báo cáo" do hiệu_trưởng chậm nhất ${1 + (a % 27)}/${month}`,
      );
      if (a > 0) lines.push(`        sau hđ_${s}_${a - 1}`);
    }
  }
  lines.push('');
  for (let p = 0; p < sections; p++) {
    lines.push(`quy trình q_${p} "Quy trình ${p}"`, '  hồ sơ', '    đã_đăng_ký: có/không', '    điểm: số');
    lines.push(
      '  bước tự_đánh_giá do cá_nhân',
      '    nộp -> tổ_xét',
      '  bước tổ_xét do tổ_trưởng hạn trước 15/5',
      '    nếu không đã_đăng_ký -> không_xét',
    );
    lines.push(
      '    duyệt nếu điểm >= 8 -> hội_đồng',
      '    trả lại -> tự_đánh_giá',
      '  bước hội_đồng do hiệu_trưởng hạn trước 20/5',
      '    công khai 5 ngày làm việc',
      '    duyệt -> đạt',
      '    quá hạn -> không_đạt',
      '  kết thúc đạt, không_đạt, không_xét',
    );
  }
  return lines.join('\n');
}

const text = generate(200, 25);
const lineCount = text.split('\n').length;
const time = (fn, runs = 5) => {
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(runs / 2)];
};
analyze(text, 'bench.tdkt'); // warm-up
const p = time(() => parse(text, 'bench.tdkt'));
const a = time(() => {
  const r = analyze(text, 'bench.tdkt');
  if (r.diagnostics.some((d) => d.severity === 'error'))
    throw new Error(`bench file has errors: ${r.diagnostics[0].code}`);
});
console.log(`language: ${lineCount} lines`);
console.log(`language: parse            ${p.toFixed(0)} ms  ${Math.round(lineCount / (p / 1000))} lines/s`);
console.log(`language: parse + validate ${a.toFixed(0)} ms  ${Math.round(lineCount / (a / 1000))} lines/s`);
