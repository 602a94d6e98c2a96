import { compileProcedure, exploreProcedure, type ProcedureIR, type StepIR } from '@tdkt/compiler';
import { describe, expect, it } from 'vitest';
import { analyseCompletion } from '../../src/completion/analyse.js';
import { completionCheck, edgeText } from '../../src/completion/explain.js';

const src = (line: number) => ({ file: 'p.tdkt', line, col: 3, start: line * 10, end: line * 10 + 5 });
const step = (id: string, role: string, transitions: StepIR['transitions'], extra: Partial<StepIR> = {}): StepIR => ({
  id,
  title: id,
  role,
  reminders: [],
  routes: [],
  transitions,
  source: src(id.length),
  ...extra,
});

function procedure(steps: StepIR[], finals = [{ id: 'đạt', outcome: 'đạt' }]): ProcedureIR {
  return {
    name: 'p',
    title: 'p',
    fields: [{ name: 'đủ_điều_kiện', type: { kind: 'boolean' }, required: false }],
    initial: steps[0]!.id,
    steps,
    finals,
  };
}

const deadline = {
  kind: 'absolute',
  at: 1_700_000_000_000,
  lastDay: '2023-11-14',
  soft: false,
  text: 'hạn 14/11/2023',
} as const;

describe('analyseCompletion', () => {
  it('finds nothing wrong in a sound procedure with a return loop, and counts what it explored', () => {
    const ir = procedure([
      step('nộp', 'cá_nhân', [{ action: 'submit', target: 'xét' }]),
      step(
        'xét',
        'tổ_trưởng',
        [
          { action: 'approve', target: 'đạt' },
          { action: 'return', target: 'nộp' },
        ],
        { deadline, timeouts: [{ target: 'đạt' }] },
      ),
    ]);
    const result = analyseCompletion(exploreProcedure(compileProcedure(ir)));
    expect(result.problems).toEqual([]);
    expect(result.states).toBeGreaterThanOrEqual(3);
    expect(result.paths).toBeGreaterThanOrEqual(2);
  });

  it('reports a step with no way out as a trap, with the path that leads into it', () => {
    const ir = procedure([
      step('nộp', 'cá_nhân', [
        {
          action: 'submit',
          target: 'chờ_bổ_sung',
          guard: { kind: 'not', item: { kind: 'field', name: 'đủ_điều_kiện' } },
        },
        { action: 'submit', target: 'đạt' },
      ]),
      step('chờ_bổ_sung', 'cá_nhân', [{ action: 'bổ_sung', target: 'chờ_bổ_sung' }]),
    ]);
    const compiled = compileProcedure(ir);
    const result = analyseCompletion(exploreProcedure(compiled));
    expect(result.problems.map((p) => [p.kind, p.step])).toEqual([['trap', 'chờ_bổ_sung']]);
    const path = result.problems[0]!.path;
    expect(path.map((e) => edgeText(e).vi)).toEqual(['nộp: cá_nhân nộp']);
    const check = completionCheck([{ compiled, result }]);
    expect(check.problems[0]).toMatchObject({
      code: 'completion.trap',
      severity: 'error',
      span: { file: 'p.tdkt', line: 11 },
    });
    // The report numbers the lines; the loop the dossier goes round ends by naming the line it returns to.
    expect(check.problems[0]?.detail?.map((d) => d.vi)).toEqual([
      'hồ sơ ban đầu [đủ_điều_kiện = false]',
      'nộp: cá_nhân nộp',
      'chờ_bổ_sung: cá_nhân bổ sung → quay lại bước chờ_bổ_sung như ở dòng 2: vòng lặp không có lối ra',
    ]);
  });

  it('reports a step nothing leads to as dead', () => {
    const ir = procedure([
      step('nộp', 'cá_nhân', [{ action: 'submit', target: 'đạt' }]),
      step('mồ_côi', 'x', [{ action: 'approve', target: 'đạt' }]),
    ]);
    expect(analyseCompletion(exploreProcedure(compileProcedure(ir))).problems).toEqual([
      { kind: 'dead-step', step: 'mồ_côi', path: [] },
    ]);
  });

  it('reports a procedure whose ends cannot be reached', () => {
    const ir = procedure([
      step('a', 'x', [{ action: 'approve', target: 'b' }]),
      step('b', 'x', [{ action: 'return', target: 'a' }]),
    ]);
    const kinds = analyseCompletion(exploreProcedure(compileProcedure(ir))).problems.map((p) => p.kind);
    expect(kinds).toContain('no-final');
  });

  it('sees timeouts as ways out: a step whose only exit is its deadline is not a trap', () => {
    const ir = procedure([
      step('chờ', 'x', [{ action: 'bổ_sung', target: 'chờ' }], { deadline, timeouts: [{ target: 'đạt' }] }),
    ]);
    expect(analyseCompletion(exploreProcedure(compileProcedure(ir))).problems).toEqual([]);
  });
});
