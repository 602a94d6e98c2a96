import type { TemporalAnalysis } from '@tdkt/simulator';
import { analyseTemporal, createNetworkBuilder, explainProblem } from '@tdkt/simulator';
import { describe, expect, it } from 'vitest';
import { at, cal, day } from '../fixtures.js';

const wd = (amount: number) => ({ amount, unit: 'working-day' as const });
const node = (r: TemporalAnalysis, id: string) => r.nodes.find((n) => n.id === id)!;

describe('forward and backward passes', () => {
  // cá nhân (3 wd) → tổ (2 wd) → trường (5 wd), the school must finish by 24/5/2019.
  const network = createNetworkBuilder(day(1, 5, 2019), day(31, 7, 2019))
    .activity('ca_nhan', 'Cá nhân tự đánh giá', { duration: wd(3) })
    .activity('to', 'Tổ chuyên môn xét', { duration: wd(2) })
    .activity('truong', 'Hội đồng trường xét', { duration: wd(5) })
    .notBefore('ca_nhan.start', day(6, 5, 2019), at('Cá nhân tự đánh giá', 3, 'từ 6/5/2019'))
    .precede('ca_nhan.finish', 'to.start', at('Tổ chuyên môn xét', 4), undefined, 'step-order')
    .precede('to.finish', 'truong.start', at('Hội đồng trường xét', 5), undefined, 'step-order')
    .notAfter('truong.finish', day(24, 5, 2019), at('Hội đồng trường xét', 6, 'chậm nhất 24/5/2019'))
    .build();
  const r = analyseTemporal(network, cal);

  it('computes earliest days on working days', () => {
    expect(r.ok).toBe(true);
    expect(node(r, 'ca_nhan.finish').earliest).toBe(day(9, 5, 2019));
    expect(node(r, 'to.finish').earliest).toBe(day(13, 5, 2019));
    expect(node(r, 'truong.finish').earliest).toBe(day(20, 5, 2019));
  });

  it('computes the internal deadlines backwards with the calendar subtraction', () => {
    expect(node(r, 'truong.finish').latest).toBe(day(24, 5, 2019));
    // 5 working days ending 24/5 are 20–24/5: the start event may come as late as Sunday 19/5
    // (the day of the event is not counted).
    expect(node(r, 'truong.start').latest).toBe(day(19, 5, 2019));
    expect(node(r, 'to.finish').latest).toBe(day(19, 5, 2019));
    expect(node(r, 'to.start').latest).toBe(day(15, 5, 2019));
    expect(node(r, 'ca_nhan.start').latest).toBe(day(12, 5, 2019));
  });

  it('gives slack and the critical path', () => {
    expect(node(r, 'truong.finish').slack).toBe(4);
    expect(node(r, 'ca_nhan.start').slack).toBe(6);
    expect(r.criticalPath.map((l) => l.to)).toEqual([
      'ca_nhan.start',
      'ca_nhan.finish',
      'to.start',
      'to.finish',
      'truong.start',
      'truong.finish',
    ]);
    expect(r.criticalPath[0]?.kind).toBe('lower-bound');
  });

  it('leaves events no deadline reaches bounded by the period end only', () => {
    const open = analyseTemporal(
      createNetworkBuilder(day(1, 5, 2019), day(31, 7, 2019))
        .node('x', 'X')
        .build(),
      cal,
    );
    expect(open.nodes[0]).toMatchObject({ earliest: day(1, 5, 2019), latest: day(31, 7, 2019), bounded: false });
  });
});

describe('planted defects', () => {
  it('a deadline before its predecessor can finish: the chain of the brief', () => {
    const network = createNetworkBuilder(day(1, 1, 2019), day(31, 12, 2019))
      .activity('hd_truong', 'Hội đồng trường xét', {
        duration: wd(10),
        durationProvenance: at('Hội đồng trường xét', 12, '10 ngày làm việc'),
      })
      .node('phong_trinh', 'Phòng GD&ĐT trình Sở')
      .notBefore('hd_truong.start', day(20, 5, 2019), at('Hội đồng trường xét', 11, 'từ 20/5/2019', day(20, 5, 2019)))
      .precede('hd_truong.finish', 'phong_trinh', at('Phòng GD&ĐT trình Sở', 20, 'sau hd_truong'))
      .notAfter(
        'phong_trinh',
        day(29, 5, 2019),
        at('Phòng GD&ĐT trình Sở', 21, 'trước ngày 30/5/2019', day(29, 5, 2019)),
      )
      .build();
    const r = analyseTemporal(network, cal);
    expect(r.ok).toBe(false);
    const [conflict] = r.conflicts;
    expect(conflict).toMatchObject({
      code: 'temporal.conflict',
      severity: 'error',
      earliest: day(3, 6, 2019),
      deadline: day(29, 5, 2019),
      overBy: 5,
    });
    expect(conflict?.chain.map((l) => [l.kind, l.provenance.span?.line])).toEqual([
      ['lower-bound', 11],
      ['precedence', 12],
      ['precedence', 20],
      ['upper-bound', 21],
    ]);
    expect(explainProblem(conflict!, 'vi')).toBe(
      'Phòng GD&ĐT trình Sở phải xong chậm nhất 29/5/2019 („trước ngày 30/5/2019”), nhưng Hội đồng trường xét xong sớm nhất 3/6/2019 (20/5/2019 + mất 10 ngày làm việc)',
    );
    expect(explainProblem(conflict!, 'en')).toContain('must be done by 29/5/2019');
  });

  it('a declared deadline later than its successor allows (deadline before its predecessor’s)', () => {
    const network = createNetworkBuilder(day(1, 1, 2019), day(31, 12, 2019))
      .node('truong_nop', 'Trường nộp hồ sơ')
      .node('phong_tong_hop', 'Phòng tổng hợp')
      .notAfter('truong_nop', day(20, 5, 2019), at('Trường nộp hồ sơ', 8, 'trước ngày 21/5/2019'))
      .precede('truong_nop', 'phong_tong_hop', at('Phòng tổng hợp', 9, '3 ngày làm việc'), wd(3), 'duration')
      .notAfter('phong_tong_hop', day(17, 5, 2019), at('Phòng tổng hợp', 10, 'chậm nhất 17/5/2019'))
      .build();
    const r = analyseTemporal(network, cal);
    // Not a conflict (finishing early satisfies everything), but the deadline given is misleading.
    expect(r.ok).toBe(true);
    expect(r.conflicts).toEqual([]);
    const [problem] = r.deadlineOrder;
    expect(problem).toMatchObject({
      code: 'temporal.deadline-order',
      severity: 'warning',
      deadline: day(20, 5, 2019),
      latest: day(14, 5, 2019),
    });
    expect(problem?.chain.map((l) => l.provenance.span?.line)).toEqual([8, 9, 10]);
    expect(explainProblem(problem!, 'vi')).toContain('Trường nộp hồ sơ được hạn đến 20/5/2019');
  });

  it('a working-day duration that crosses Tết no longer fits', () => {
    const build = (deadline: number) =>
      createNetworkBuilder(day(1, 1, 2021), day(31, 7, 2021))
        .activity('tham_dinh', 'Thẩm định hồ sơ', {
          duration: wd(5),
          durationProvenance: at('Thẩm định hồ sơ', 7, '5 ngày làm việc'),
        })
        .notBefore('tham_dinh.start', day(5, 2, 2021), at('Thẩm định hồ sơ', 6, 'từ 5/2/2021'))
        .notAfter('tham_dinh.finish', deadline, at('Thẩm định hồ sơ', 8, 'chậm nhất 17/2/2021'))
        .build();
    const r = analyseTemporal(build(day(17, 2, 2021)), cal);
    const [conflict] = r.conflicts;
    expect(conflict?.earliest).toBe(day(19, 2, 2021));
    expect(conflict?.chain[1]?.crossing?.holidays).toHaveLength(5);
    expect(explainProblem(conflict!, 'vi')).toContain(
      '5/2/2021 + mất 5 ngày làm việc, qua 5 ngày nghỉ lễ (Tết Nguyên đán)',
    );
    // Without Tết the same plan would fit: 5 working days after 5/2 would be 12/2.
    expect(analyseTemporal(build(day(19, 2, 2021)), cal).ok).toBe(true);
  });

  it('a cycle of sau', () => {
    const network = createNetworkBuilder(day(1, 1, 2021), day(31, 12, 2021))
      .node('a', 'Đăng ký')
      .node('b', 'Bình xét')
      .node('c', 'Khen thưởng')
      .precede('a', 'b', at('Bình xét', 3, 'sau đăng_ký'))
      .precede('b', 'c', at('Khen thưởng', 4, 'sau bình_xét'))
      .precede('c', 'a', at('Đăng ký', 2, 'sau khen_thưởng'))
      .build();
    const r = analyseTemporal(network, cal);
    expect(r.ok).toBe(false);
    expect(r.cycles).toHaveLength(1);
    expect(r.cycles[0]?.nodes).toEqual(['a', 'b', 'c']);
    expect(r.cycles[0]?.links.map((l) => l.provenance.span?.line)).toEqual([3, 4, 2]);
    expect(explainProblem(r.cycles[0]!, 'vi')).toContain('Đăng ký → Bình xét → Khen thưởng → Đăng ký');
  });

  it('a fan-out whose units’ deadline is after the roll-up’s', () => {
    const units = ['truong_1', 'truong_2', 'truong_3'];
    const b = createNetworkBuilder(day(1, 1, 2019), day(31, 12, 2019)).node('phong', 'Phòng GD&ĐT tổng hợp', 'finish');
    units.forEach((u, i) => {
      b.node(u, `Trường ${i + 1} nộp`).notAfter(
        u,
        day(25, 5, 2019),
        at(`Trường ${i + 1} nộp`, 10, 'chậm nhất 25/5/2019'),
      );
    });
    b.rollup(
      'phong',
      units,
      at('Phòng GD&ĐT tổng hợp', 14, 'tổng hợp tất cả'),
      { kind: 'all' },
      {
        day: day(25, 5, 2019),
        provenance: at('Các trường nộp', 10, 'chậm nhất 25/5/2019'),
      },
    );
    b.notAfter('phong', day(20, 5, 2019), at('Phòng GD&ĐT tổng hợp', 15, 'chậm nhất 20/5/2019'));
    const r = analyseTemporal(b.build(), cal);
    expect(r.ok).toBe(false);
    const [conflict] = r.conflicts;
    // Three links: the units may take until their deadline, the parent waits for them, its own deadline.
    expect(conflict?.chain.map((l) => [l.kind, l.provenance.span?.line])).toEqual([
      ['units-due', 10],
      ['rollup', 14],
      ['upper-bound', 15],
    ]);
    expect(explainProblem(conflict!, 'vi')).toBe(
      'Phòng GD&ĐT tổng hợp phải xong chậm nhất 20/5/2019 („chậm nhất 20/5/2019”), nhưng sớm nhất chỉ xong được 25/5/2019 (do các đơn vị được nộp đến hết 25/5/2019 („chậm nhất 25/5/2019”))',
    );
    expect(r.deadlineOrder.map((p) => p.node).sort()).toEqual([]);
  });

  it('a fan-out without a declared units’ deadline reports each unit’s deadline as too late', () => {
    const b = createNetworkBuilder(day(1, 1, 2019), day(31, 12, 2019)).node('phong', 'Phòng GD&ĐT tổng hợp', 'finish');
    b.node('t1', 'Trường 1 nộp').notAfter('t1', day(25, 5, 2019), at('Trường 1 nộp', 10, 'chậm nhất 25/5/2019'));
    b.rollup('phong', ['t1'], at('Phòng GD&ĐT tổng hợp', 14));
    b.notAfter('phong', day(20, 5, 2019), at('Phòng GD&ĐT tổng hợp', 15, 'chậm nhất 20/5/2019'));
    const r = analyseTemporal(b.build(), cal);
    expect(r.deadlineOrder[0]?.chain.map((l) => [l.kind, l.provenance.span?.line])).toEqual([
      ['upper-bound', 10],
      ['rollup', 14],
      ['upper-bound', 15],
    ]);
  });

  it('a tentative window missed is a warning, not a conflict', () => {
    const network = createNetworkBuilder(day(1, 8, 2020), day(31, 7, 2021))
      .node('hoi_nghi', 'Hội nghị cán bộ, viên chức')
      .notBefore('hoi_nghi', day(1, 10, 2020), at('Hội nghị cán bộ, viên chức', 5, 'sau khai giảng'))
      .notAfter('hoi_nghi', day(30, 9, 2020), at('Hội nghị cán bộ, viên chức', 5, 'dự kiến tháng 9/2020'), true)
      .build();
    const r = analyseTemporal(network, cal);
    expect(r.ok).toBe(true);
    expect(r.conflicts[0]).toMatchObject({ code: 'temporal.tentative-missed', severity: 'warning' });
  });

  it('reports constraints naming missing events', () => {
    const network = createNetworkBuilder(day(1, 1, 2021), day(31, 12, 2021))
      .node('a', 'A')
      .precede('a', 'ghost', at('A', 1))
      .build();
    const r = analyseTemporal(network, cal);
    expect(r.unknown).toEqual([
      { code: 'temporal.unknown-node', severity: 'error', constraintId: 'c1', node: 'ghost' },
    ]);
  });

  it('marks a conflict that follows from an earlier one', () => {
    const network = createNetworkBuilder(day(1, 1, 2019), day(31, 12, 2019))
      .node('a', 'A')
      .node('b', 'B')
      .notBefore('a', day(10, 5, 2019), at('A', 1))
      .notAfter('a', day(8, 5, 2019), at('A', 2))
      .precede('a', 'b', at('B', 3), wd(2), 'duration')
      .notAfter('b', day(9, 5, 2019), at('B', 4))
      .build();
    const r = analyseTemporal(network, cal);
    expect(r.conflicts.map((c) => [c.node, c.consequenceOf])).toEqual([
      ['a', undefined],
      ['b', 'c2'],
    ]);
  });
});

describe('the period end', () => {
  it('warns when an event cannot happen before the plan’s period ends, once per chain', () => {
    const network = createNetworkBuilder(day(1, 8, 2020), day(31, 7, 2021))
      .activity('tong_ket', 'Tổng kết năm học', {
        duration: wd(10),
        durationProvenance: at('Tổng kết năm học', 30, '10 ngày làm việc'),
        span: { file: 'ke-hoach.tdkt', line: 29, col: 5 },
      })
      .node('bao_cao', 'Báo cáo')
      .notBefore('tong_ket.start', day(25, 7, 2021), at('Tổng kết năm học', 29, 'từ 25/7/2021'))
      .precede('tong_ket.finish', 'bao_cao', at('Báo cáo', 31, 'sau tổng_kết'))
      .build();
    const r = analyseTemporal(network, cal);
    expect(r.ok).toBe(true);
    expect(r.conflicts.map((c) => [c.code, c.node, c.severity])).toEqual([
      ['temporal.beyond-period', 'tong_ket.finish', 'warning'],
    ]);
    expect(r.conflicts[0]?.chain.map((l) => l.kind)).toEqual(['lower-bound', 'precedence', 'period-end']);
    expect(explainProblem(r.conflicts[0]!, 'vi')).toBe(
      'Tổng kết năm học xong sớm nhất 6/8/2021 (25/7/2021 + mất 10 ngày làm việc), sau khi kỳ kế hoạch kết thúc (31/7/2021)',
    );
  });
});

describe('roll-up policies, backwards', () => {
  const build = (policy: { kind: 'all' } | { kind: 'quorum'; count: number } | { kind: 'by-deadline' }) => {
    const b = createNetworkBuilder(day(1, 5, 2019), day(31, 7, 2019)).node('phong', 'Phòng tổng hợp', 'finish');
    b.node('t1', 'Trường 1').notBefore('t1', day(6, 5, 2019), at('Trường 1', 1));
    b.node('t2', 'Trường 2').notBefore('t2', day(8, 5, 2019), at('Trường 2', 2));
    b.node('t3', 'Trường 3').notBefore('t3', day(20, 5, 2019), at('Trường 3', 3));
    b.rollup('phong', ['t1', 't2', 't3'], at('Phòng tổng hợp', 4), policy);
    b.notAfter('phong', day(15, 5, 2019), at('Phòng tổng hợp', 5, 'chậm nhất 15/5/2019'));
    return analyseTemporal(b.build(), cal);
  };

  it('all: every unit gets the parent’s internal deadline (and a late unit is a conflict)', () => {
    const r = build({ kind: 'all' });
    expect(r.ok).toBe(false);
    expect(r.conflicts[0]?.chain.map((l) => l.kind)).toEqual(['lower-bound', 'rollup', 'upper-bound']);
    expect(node(r, 't1').latest).toBe(day(15, 5, 2019));
  });

  it('quorum: only the units the parent counts on get its internal deadline', () => {
    const r = build({ kind: 'quorum', count: 2 });
    expect(r.ok).toBe(true);
    expect(node(r, 'phong').earliest).toBe(day(8, 5, 2019));
    expect([node(r, 't1').latest, node(r, 't2').latest, node(r, 't3').bounded]).toEqual([
      day(15, 5, 2019),
      day(15, 5, 2019),
      false,
    ]);
  });

  it('by-deadline: no unit is bound', () => {
    const r = build({ kind: 'by-deadline' });
    expect(r.ok).toBe(true);
    expect(node(r, 'phong').earliest).toBe(day(1, 5, 2019));
    expect(r.nodes.filter((n) => n.id.startsWith('t')).every((n) => !n.bounded)).toBe(true);
  });
});
