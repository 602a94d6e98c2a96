// A small plan with planted defects, its source text, and a population run: input for report tests.
import { startOfDayMs } from '@tdkt/calendar';
import type { ReportInput } from '@tdkt/simulator';
import {
  analyseTemporal,
  createNetworkBuilder,
  DEFAULT_BEHAVIOUR,
  organisationFor,
  runReplications,
} from '@tdkt/simulator';
import { FOUR_TIER } from '../../src/population/levels.js';
import { referenceChainModel, referenceChainSteps } from '../../src/population/reference-chain.js';
import { cal, day } from '../fixtures.js';

const source = [
  'kế hoạch "Công tác thi đua, khen thưởng năm 2019"',
  '  đơn vị "Phòng GD&ĐT Hà Đông" cấp phòng',
  '  năm 2019',
  '',
  '  tiến độ',
  '    hội_đồng_trường: "Hội đồng trường xét" từ 20/5/2019',
  '      mất 10 ngày làm việc',
  '    trình_sở: "Phòng GD&ĐT trình Sở" sau hội_đồng_trường hạn trước ngày 30/5/2019',
  '    đăng_ký: "Đăng ký thi đua" sau khen_thưởng',
  '    khen_thưởng: "Khen thưởng" sau đăng_ký',
  '    hội_nghị: "Hội nghị cán bộ" dự kiến tháng 1/2019 sau khai_giảng',
  '    khai_giảng: "Khai giảng" từ 5/2/2019',
].join('\n');

const lines = source.split('\n');
/** The span of `text` on a 1-based line of the source. */
export const span = (line: number, text: string) => ({
  file: 'ha-dong.tdkt',
  line,
  col: (lines[line - 1] ?? '').indexOf(text) + 1,
  length: text.length,
});

export function scenario(): ReportInput {
  const network = createNetworkBuilder(day(1, 1, 2019), day(31, 12, 2019))
    .activity('hd', 'Hội đồng trường xét', {
      duration: { amount: 10, unit: 'working-day' },
      durationProvenance: {
        label: 'Hội đồng trường xét',
        phrase: 'mất 10 ngày làm việc',
        span: span(7, 'mất 10 ngày làm việc'),
      },
      span: span(6, 'hội_đồng_trường'),
    })
    .node('trinh_so', 'Phòng GD&ĐT trình Sở', 'event', span(8, 'trình_sở'))
    .notBefore('hd.start', day(20, 5, 2019), {
      label: 'Hội đồng trường xét',
      phrase: 'từ 20/5/2019',
      resolved: day(20, 5, 2019),
      span: span(6, 'từ 20/5/2019'),
    })
    .precede('hd.finish', 'trinh_so', {
      label: 'Phòng GD&ĐT trình Sở',
      phrase: 'sau hội_đồng_trường',
      span: span(8, 'sau hội_đồng_trường'),
    })
    .notAfter('trinh_so', day(29, 5, 2019), {
      label: 'Phòng GD&ĐT trình Sở',
      phrase: 'hạn trước ngày 30/5/2019',
      resolved: day(29, 5, 2019),
      span: span(8, 'hạn trước ngày 30/5/2019'),
    })
    .node('dk', 'Đăng ký thi đua')
    .node('kt', 'Khen thưởng')
    .precede('kt', 'dk', { label: 'Đăng ký thi đua', phrase: 'sau khen_thưởng', span: span(9, 'sau khen_thưởng') })
    .precede('dk', 'kt', { label: 'Khen thưởng', phrase: 'sau đăng_ký', span: span(10, 'sau đăng_ký') })
    .node('khai_giang', 'Khai giảng')
    .node('hoi_nghi', 'Hội nghị cán bộ')
    .notBefore('khai_giang', day(5, 2, 2019), {
      label: 'Khai giảng',
      phrase: 'từ 5/2/2019',
      span: span(12, 'từ 5/2/2019'),
    })
    .precede('khai_giang', 'hoi_nghi', {
      label: 'Hội nghị cán bộ',
      phrase: 'sau khai_giảng',
      span: span(11, 'sau khai_giảng'),
    })
    .notAfter(
      'hoi_nghi',
      day(31, 1, 2019),
      { label: 'Hội nghị cán bộ', phrase: 'dự kiến tháng 1/2019', span: span(11, 'dự kiến tháng 1/2019') },
      true,
    )
    .build();
  const organisation = organisationFor(FOUR_TIER, { preset: 'small', seed: 2019 });
  if (!organisation.ok) throw new Error('the small preset fits FOUR_TIER');
  const population = runReplications(
    {
      tree: organisation.tree,
      model: referenceChainModel(referenceChainSteps(2019)),
      behaviour: DEFAULT_BEHAVIOUR,
      start: startOfDayMs(day(1, 5, 2019)),
      end: startOfDayMs(day(31, 7, 2019)),
      dossiers: [{ procedure: 'xét_cuối_năm', ownerLevel: 4, dueAt: startOfDayMs(day(11, 6, 2019)) }],
    },
    organisation,
    2019,
    20,
  );
  return { temporal: analyseTemporal(network, cal), population, sources: { 'ha-dong.tdkt': source } };
}
