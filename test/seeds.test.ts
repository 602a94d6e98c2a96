// The four seeds stay carried whole: every row of docs/seeds.md is on its seed line and on its workflow line,
// every activity, phase and legal basis of a seed workflow is traced, and every workflow and library file
// checks without diagnostics, and the library's eligibility guards say what the law says.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultWorkingCalendar, toEpochDay } from '@tdkt/calendar';
import { compileWorkspace, type Dossier, evaluateGuard, exploreProcedure, lowerExpr } from '@tdkt/compiler';
import { type LoadedFile, loadWorkspace, type ModelActivity } from '@tdkt/language';
import { analyseCompletion, analyseTemporal, planNetwork } from '@tdkt/simulator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (rel: string): string => readFileSync(ROOT + rel, 'utf8').normalize('NFC');
const readOrUndefined = (rel: string): string | undefined => (existsSync(ROOT + rel) ? read(rel) : undefined);

/** One traced item: a row of a table whose header has `item (quoted)` and `workflow line`. */
interface TraceRow {
  readonly id: string;
  readonly seed: string;
  readonly seedLine: number;
  readonly quote: string;
  readonly workflowFile: string | undefined;
  readonly workflowLine: number | undefined;
  readonly docLine: number;
}

/** Parses docs/seeds.md: `Seed `file` → `workflows/x.tdkt`` lines open a seed; table rows follow. */
function parseTrace(markdown: string): { rows: TraceRow[]; workflows: string[]; problems: string[] } {
  const rows: TraceRow[] = [];
  const workflows: string[] = [];
  const problems: string[] = [];
  let seed: string | undefined;
  let header: string[] | undefined;
  markdown.split('\n').forEach((raw, i) => {
    const seedHead = /^Seed `([^`]+)` → `([^`]+)`/u.exec(raw);
    if (seedHead) {
      seed = seedHead[1];
      if (seedHead[2] !== undefined) workflows.push(seedHead[2]);
      return;
    }
    if (!raw.startsWith('|')) {
      header = undefined;
      return;
    }
    const cells = raw
      .trim()
      .replace(/^\|/u, '')
      .replace(/\|$/u, '')
      .split('|')
      .map((c) => c.trim());
    if (cells[0] === 'id') {
      header = cells;
      return;
    }
    if (!header || cells[0]?.startsWith('---') || !header.includes('workflow line')) return;
    const at = (name: string): string => cells[header?.indexOf(name) ?? -1] ?? '';
    if (cells.length !== header.length)
      problems.push(`docs/seeds.md:${i + 1}: ${cells.length} cells, header has ${header.length}`);
    const quote = /`([^`]+)`/u.exec(at('item (quoted)'))?.[1];
    const where = /^(\S+\.tdkt):(\d+)$/u.exec(at('workflow line'));
    if (!seed || quote === undefined) {
      problems.push(`docs/seeds.md:${i + 1}: row without a seed or a quoted item`);
      return;
    }
    rows.push({
      id: cells[0] ?? '',
      seed,
      seedLine: Number(at('seed line')),
      quote,
      workflowFile: where?.[1],
      workflowLine: where ? Number(where[2]) : undefined,
      docLine: i + 1,
    });
  });
  return { rows, workflows, problems };
}

const trace = parseTrace(read('docs/seeds.md'));
const lines = new Map<string, string[]>();
const linesOf = (rel: string): string[] => {
  let ls = lines.get(rel);
  if (!ls) {
    ls = read(rel).split('\n');
    lines.set(rel, ls);
  }
  return ls;
};
/** A workflow line as the reader sees the string: escaped quotes undone. */
const unescapeQuotes = (line: string): string => line.replace(/\\"/gu, '"').replace(/\\\\/gu, '\\');

describe('docs/seeds.md traces every seed item', () => {
  it('has well-formed tables for the four seeds', () => {
    expect(trace.problems).toEqual([]);
    expect(trace.workflows).toEqual([
      'workflows/lai-chau-2020-2021.tdkt',
      'workflows/hai-phong-2024.tdkt',
      'workflows/ha-dong-2019.tdkt',
      'workflows/kim-son-2020-2021.tdkt',
    ]);
    expect(trace.rows.length).toBeGreaterThan(250);
    const ids = trace.rows.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('quotes each item verbatim from its seed line (seed copies in test/fixtures/seeds)', () => {
    const wrong = trace.rows
      .filter((r) => !(linesOf(`test/fixtures/seeds/${r.seed}`)[r.seedLine - 1] ?? '').includes(r.quote))
      .map((r) => `${r.id} (docs/seeds.md:${r.docLine}) not on seed line ${r.seedLine}: ${r.quote}`);
    expect(wrong).toEqual([]);
  });

  it('finds each item on the workflow line the table names', () => {
    const missing = trace.rows
      .filter(
        (r) =>
          r.workflowFile === undefined ||
          !unescapeQuotes(linesOf(r.workflowFile)[(r.workflowLine ?? 0) - 1] ?? '').includes(r.quote),
      )
      .map((r) => {
        // Say where the quote is now, so a moved line is a one-cell fix in docs/seeds.md.
        const now = r.workflowFile ? linesOf(r.workflowFile).findIndex((l) => unescapeQuotes(l).includes(r.quote)) : -1;
        const hint = now >= 0 ? ` (now on line ${now + 1})` : ' (not in the file)';
        return `${r.id} (docs/seeds.md:${r.docLine}) → ${r.workflowFile ?? '?'}:${r.workflowLine ?? '?'}${hint}: ${r.quote}`;
      });
    expect(missing).toEqual([]);
  });
});

/** Every file the check must accept: the seed workflows, the examples, the standard library. */
function tdktFiles(): string[] {
  const list = (dir: string): string[] =>
    readdirSync(ROOT + dir)
      .filter((f) => f.endsWith('.tdkt'))
      .map((f) => `${dir}/${f}`);
  return [...list('workflows'), ...list('workflows/examples'), ...list('dsl/lib')].sort();
}

const analysis = loadWorkspace(tdktFiles(), readOrUndefined);

describe('workflow and library files check clean', () => {
  it('has no errors in any file', () => {
    const errors = analysis.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.file}:${analysis.files.get(d.file)?.index.lineCol(d.span.start).line ?? '?'} ${d.code}`);
    expect(errors).toEqual([]);
  });

  it('has no warnings either (information lines list the library defaults a plan inherits and the complaint period counted from the announcement where no decision came; the calendar notes are below)', () => {
    const information = new Set(['plan.inherited-defaults', 'validate.deadline-anchor-skipped']);
    const warnings = analysis.diagnostics
      .filter(
        (d) =>
          d.severity !== 'error' &&
          !(d.severity === 'info' && information.has(d.code)) &&
          d.code !== 'time.deadline-on-day-off',
      )
      .map((d) => `${d.file}:${analysis.files.get(d.file)?.index.lineCol(d.span.start).line ?? '?'} ${d.code}`);
    expect(warnings).toEqual([]);
  });

  it('notes the fixed deadlines that fall on a day off (kept as written, BLDS 2015 Điều 148), and only those', () => {
    const notes = analysis.diagnostics.filter((d) => d.code === 'time.deadline-on-day-off');
    const calendar = defaultWorkingCalendar();
    for (const d of notes) {
      const m = /(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(String(d.data['day']));
      const day = toEpochDay({ year: Number(m?.[3]), month: Number(m?.[2]), day: Number(m?.[1]) });
      expect(calendar.isDayOff(day), String(d.data['day'])).toBe(true);
      expect(d.severity).toBe('warning');
      expect(String(d.data['next'])).not.toBe('');
    }
    // "trước 10/5" of the year-end review, in Lai Châu's 2020-2021 plan: Sunday 9/5/2021.
    const where = notes.map(
      (d) =>
        `${d.file}:${analysis.files.get(d.file)?.index.lineCol(d.span.start).line ?? '?'} ${String(d.data['day'])} via ${String(d.data['via'])}`,
    );
    expect(where).toContain('dsl/lib/xet-cuoi-nam.tdkt:18 Chủ nhật 9/5/2021 via workflows/lai-chau-2020-2021.tdkt:174');
    // Kim Sơn's rows under "cuối năm học" replace that date (it gave way): no note on a date the plan does not use.
    expect(where.filter((w) => w.startsWith('dsl/lib/xet-cuoi-nam.tdkt:18') && w.includes('kim-son'))).toEqual([]);
  });
});

describe("activity texts and phase themes are the seeds' own words", () => {
  // Only the Word→text residue is not the user's: HTML tags, line breaks and runs of spaces.
  const norm = (text: string): string =>
    text
      .normalize('NFC')
      .replace(/<[^>]+>/gu, ' ')
      .replace(/[\s\u00a0]+/gu, ' ')
      .trim();
  const seedOf = new Map<string, string>();
  for (const r of trace.rows) if (r.workflowFile && !seedOf.has(r.workflowFile)) seedOf.set(r.workflowFile, r.seed);
  for (const [file, seed] of seedOf) {
    it(`${file} ⊂ ${seed}`, () => {
      const text = norm(read(`test/fixtures/seeds/${seed}`));
      const plan = analysis.model.plans.find((p) => p.file === file);
      expect(plan).toBeDefined();
      const texts = [
        ...(plan?.activities.map((a) => a.text) ?? []),
        ...(plan?.phases.flatMap((p) => (p.theme ? [p.theme] : [])) ?? []),
      ];
      expect(texts.length).toBeGreaterThan(20);
      expect(texts.filter((t) => !text.includes(norm(t)))).toEqual([]);
    });
  }
});

describe('no dated item of a seed is left without a row', () => {
  const seedLines = (seed: string, from: number, to: number): string[] =>
    linesOf(`test/fixtures/seeds/${seed}`).slice(from - 1, to);
  const rows = (prefix: RegExp): TraceRow[] => trace.rows.filter((r) => prefix.test(r.id));
  it('Lai Châu: every bullet of the month table (lines 50–67)', () => {
    const bullets =
      seedLines('000_30a16f1429ec743f.txt', 50, 67)
        .join('\n')
        .replace(/<[^>]+>/gu, ' ')
        .split(/\s-\s(?=\p{Lu})/u).length - 1; // the text before the first bullet is the table head
    expect(rows(/^LC-\d\d\.\d$/u)).toHaveLength(bullets);
  });
  it('Hải Phòng: every quarter and year-round bullet (lines 23–67), two-actor bullets split in two', () => {
    const bullets = seedLines('001_b826fe1ecae69113.txt', 23, 67).filter((l) => l.startsWith('- ')).length;
    const split = rows(/^HP-[QY].*b$/u).length;
    expect(rows(/^HP-[QY]/u)).toHaveLength(bullets + split);
  });
  it('Hà Đông: every appendix row bullet (lines 97–146), two-actor bullets split in two', () => {
    const bullets = seedLines('003_b5ccaaa6448a7561.txt', 97, 146).filter((l) => /^\t?- /u.test(l)).length;
    const split = rows(/^HD-\d\d\.\d+b$/u).length;
    expect(rows(/^HD-\d\d\./u)).toHaveLength(bullets + split);
  });
  it('Kim Sơn: four phases with date range and theme', () => {
    const phases = seedLines('004_6d08c6716003e573.txt', 44, 52).filter((l) => /^- Đợt \d:/u.test(l)).length;
    expect(phases).toBe(4);
    expect(rows(/^KS-D\d$/u)).toHaveLength(phases);
    expect(rows(/^KS-D\dt$/u)).toHaveLength(phases);
  });
});

/** A row's step binding: `theo quy trình P bước S…`, on the row that starts the run or on a later one. */
function stepBinding(
  a: ModelActivity,
): { procedure: string; file: string | undefined; steps: readonly string[] } | undefined {
  if (a.procedure?.performs)
    return { procedure: a.procedure.procedure, file: a.procedure.file, steps: a.procedure.performs };
  if (a.procedureStep) return { procedure: a.procedureStep.procedure, file: undefined, steps: a.procedureStep.steps };
  return undefined;
}

/** The gaps docs/language-gaps.md lists, by number, with their status (done / open / partly). */
function gapStatuses(markdown: string): Map<number, string> {
  const found = new Map<number, string>();
  let current: number | undefined;
  for (const line of markdown.split('\n')) {
    const head = /^## Mục (\d+)\b/u.exec(line);
    if (head) current = Number(head[1]);
    const status = /^\*\*Trạng thái \/ status:\*\* (done|open|partly)\b/u.exec(line);
    if (status && current !== undefined && !found.has(current)) found.set(current, status[1] ?? '');
  }
  return found;
}

describe('seed rows are bound to the library steps they perform', () => {
  // Before `theo quy trình P bước S` existed, the four seeds carried 45 notes `ghi chú "Bước S của quy trình P
  // (dsl/lib/) …"` on the rows that perform steps of library procedures (language gap 13; commit 5bd990e).
  // Four of those rows named steps of two procedures (a row binds one): docs/seeds.md §5.1.
  const NOTES_BEFORE = 45;
  const TWO_PROCEDURE_ROWS = 4;
  // The reasons a binding cannot carry a step: open gaps of docs/language-gaps.md (17: a second procedure).
  const NOT_CARRIED = new Set([14, 15, 16, 17]);
  const library = new Map(
    analysis.model.procedures
      .filter((p) => p.file.startsWith('dsl/lib/'))
      .map((p) => [p.id, new Set(p.steps.map((st) => st.id))]),
  );
  const seedPlans = analysis.model.plans.filter((p) => trace.workflows.includes(p.file));
  const gaps = gapStatuses(read('docs/language-gaps.md'));

  it('every step binding names a real step of a real library procedure', () => {
    const wrong: string[] = [];
    let bindings = 0;
    for (const plan of analysis.model.plans) {
      for (const a of plan.activities) {
        const b = stepBinding(a);
        if (!b) continue;
        bindings++;
        const steps = library.get(b.procedure);
        if (!steps || (b.file !== undefined && !b.file.startsWith('dsl/lib/')))
          wrong.push(`${plan.file}:${a.source.line} ${b.procedure} is not a library procedure`);
        for (const step of b.steps)
          if (!steps?.has(step)) wrong.push(`${plan.file}:${a.source.line} ${b.procedure}.${step}`);
      }
    }
    expect(bindings).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });

  it('binds at least as many steps as the seeds had step notes, less the two-procedure rows', () => {
    const pairs = seedPlans.flatMap((plan) => plan.activities.flatMap((a) => stepBinding(a)?.steps ?? []));
    expect(pairs.length).toBeGreaterThanOrEqual(NOTES_BEFORE - TWO_PROCEDURE_ROWS);
    // Every procedure a seed runs over several rows is now one run with its rows, none a whole-row `với` hack.
    const overrides = seedPlans.flatMap((plan) =>
      plan.activities.flatMap((a) =>
        (a.procedure?.overrides ?? []).map((o) => `${plan.file}:${a.source.line} ${o.id}`),
      ),
    );
    expect(overrides).toEqual([]);
  });

  it('keeps a "Bước S của quy trình P" note only where a binding cannot carry it, naming an open gap', () => {
    const wrong: string[] = [];
    for (const plan of seedPlans) {
      for (const a of plan.activities) {
        const bound = stepBinding(a);
        for (const note of a.notes) {
          const m = /^Bước (.+?) của quy trình (.+?) \(dsl\/lib\/\)/u.exec(note);
          if (!m) continue;
          const where = `${plan.file}:${a.source.line}`;
          const named = (m[1] ?? '')
            .replace(/\([^)]*\)/gu, ' ')
            .split(/[\s→/,]+/u)
            .filter(Boolean);
          const procedures = (m[2] ?? '').split(', ');
          for (const proc of procedures)
            for (const step of named)
              if (!library.get(proc)?.has(step)) wrong.push(`${where} ${proc}.${step} is not a library step`);
          const gap = Number(/docs\/language-gaps\.md, mục (\d+)/u.exec(note)?.[1]);
          if (!NOT_CARRIED.has(gap))
            wrong.push(`${where} note cites no gap that keeps a step from being bound: ${note}`);
          else if (gaps.get(gap) !== 'open') wrong.push(`${where} gap ${gap} is not open in docs/language-gaps.md`);
          // A second procedure on a bound row (gap 17), or no binding of that procedure on the row at all.
          if (gap === 17 && (bound === undefined || procedures.includes(bound.procedure)))
            wrong.push(`${where} gap 17 but the row does not bind another procedure`);
          if (gap !== 17 && bound !== undefined && procedures.includes(bound.procedure))
            wrong.push(`${where} binds ${bound.procedure} and still carries its step note`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('every activity, phase and legal basis of a seed workflow is traced', () => {
  const traced = new Set(trace.rows.map((r) => `${r.workflowFile}:${r.workflowLine}`));
  for (const file of trace.workflows) {
    it(file, () => {
      const loaded: LoadedFile | undefined = analysis.files.get(file);
      expect(loaded).toBeDefined();
      if (!loaded) return;
      const untraced: string[] = [];
      const need = (span: { start: number }, what: string): void => {
        const key = `${file}:${loaded.index.lineCol(span.start).line}`;
        if (!traced.has(key)) untraced.push(`${key} ${what}`);
      };
      for (const item of loaded.ast.items) {
        if (item.kind !== 'Plan') continue;
        for (const p of item.items) {
          if (p.kind === 'Basis') need(p.span, 'căn cứ');
          if (p.kind === 'Phase') need(p.span, `đợt ${p.id.name}`);
          if (p.kind === 'Schedule') {
            for (const a of p.activities) need(a.span, a.id?.name ?? a.text.value);
            for (const s of p.sections) for (const a of s.activities) need(a.span, a.id?.name ?? a.text.value);
          }
        }
      }
      expect(untraced).toEqual([]);
    });
  }
});

/** Where a dossier goes on entering a step: the first automatic transition whose guard holds (else it waits). */
function autoTarget(procedure: string, step: string, dossier: Dossier): string | undefined {
  const proc = analysis.model.procedures.find((p) => p.id === procedure && p.file.startsWith('dsl/lib/'));
  const found = proc?.steps.find((s) => s.id === step);
  if (!proc || !found) throw new Error(`no step ${procedure}.${step}`);
  for (const t of found.transitions) {
    if (t.trigger !== 'auto') continue;
    if (!t.guard || evaluateGuard(lowerExpr(t.guard, proc.fields), dossier))
      return t.target.kind === 'step' || t.target.kind === 'final' ? t.target.id : t.target.kind;
  }
  return undefined;
}

describe('standard library eligibility guards', () => {
  const teacher = {
    đã_đăng_ký: true,
    danh_hiệu: 'lđtt',
    xếp_loại: 'tốt',
    số_tháng_công_tác: 12,
    bị_kỷ_luật: false,
    sáng_kiến_công_nhận: false,
  };
  it('year-end review: registration, discipline, 10 months, task rating, CSTĐCS needs a recognised initiative', () => {
    expect(autoTarget('xét_cuối_năm', 'tổ_xét', teacher)).toBeUndefined();
    expect(autoTarget('xét_cuối_năm', 'tổ_xét', { ...teacher, đã_đăng_ký: false })).toBe('không_xét');
    expect(autoTarget('xét_cuối_năm', 'tổ_xét', { ...teacher, bị_kỷ_luật: true })).toBe('không_xét');
    expect(autoTarget('xét_cuối_năm', 'tổ_xét', { ...teacher, số_tháng_công_tác: 9 })).toBe('không_xét');
    expect(autoTarget('xét_cuối_năm', 'tổ_xét', { ...teacher, xếp_loại: 'hoàn_thành' })).toBe('không_xét');
    expect(autoTarget('xét_cuối_năm', 'tổ_xét', { ...teacher, danh_hiệu: 'cstđcs' })).toBe('chuyển_lđtt');
    expect(
      autoTarget('xét_cuối_năm', 'tổ_xét', { ...teacher, danh_hiệu: 'cstđcs', sáng_kiến_công_nhận: true }),
    ).toBeUndefined();
  });

  it('collective titles: ≥ 70 % LĐTT, nobody disciplined at cảnh cáo or above; LĐXS also 100 % and a CSTĐCS', () => {
    const group = {
      đã_đăng_ký: true,
      danh_hiệu: 'tập_thể_lđtt',
      tỷ_lệ_lđtt: 70,
      tỷ_lệ_hoàn_thành: 95,
      có_cstđcs: false,
      kỷ_luật_cảnh_cáo: false,
    };
    expect(autoTarget('xét_tập_thể', 'hđ_trường_xét', group)).toBeUndefined();
    expect(autoTarget('xét_tập_thể', 'hđ_trường_xét', { ...group, tỷ_lệ_lđtt: 69 })).toBe('không_đạt');
    expect(autoTarget('xét_tập_thể', 'hđ_trường_xét', { ...group, kỷ_luật_cảnh_cáo: true })).toBe('không_đạt');
    expect(autoTarget('xét_tập_thể', 'hđ_trường_xét', { ...group, danh_hiệu: 'tập_thể_lđxs' })).toBe('không_đạt');
    expect(
      autoTarget('xét_tập_thể', 'hđ_trường_xét', {
        ...group,
        danh_hiệu: 'tập_thể_lđxs',
        tỷ_lệ_hoàn_thành: 100,
        có_cstđcs: true,
      }),
    ).toBeUndefined();
  });

  it('Kỷ niệm chương: once; ≥ 20 years, or ≥ 15 with ≥ 5 in especially difficult areas; outsiders by concurrence', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (years, hard, outside, given, disciplined) => {
          const dossier = {
            số_năm_trong_ngành: years,
            số_năm_vùng_đbkk: hard,
            ngoài_ngành: outside,
            đã_được_tặng: given,
            bị_kỷ_luật: disciplined,
          };
          const eligible = !given && !disciplined && (outside || years >= 20 || (years >= 15 && hard >= 5));
          expect(autoTarget('kỷ_niệm_chương', 'đơn_vị_nộp', dossier)).toBe(eligible ? undefined : 'không_tặng');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('5 consecutive years in especially difficult areas; Bằng khen Thủ tướng needs a Bằng khen bộ/tỉnh, 5 years, 3 CSTĐCS', () => {
    const hardArea = { số_năm_liên_tục_vùng_đbkk: 5, bị_kỷ_luật: false, hoàn_thành_tốt: true };
    expect(autoTarget('khen_vùng_khó', 'đơn_vị_nộp', hardArea)).toBeUndefined();
    expect(autoTarget('khen_vùng_khó', 'đơn_vị_nộp', { ...hardArea, số_năm_liên_tục_vùng_đbkk: 4 })).toBe('không_khen');
    const pm = {
      hình_thức: 'bằng_khen_thủ_tướng',
      có_bằng_khen_bộ_tỉnh: true,
      số_năm_htt_liên_tục: 5,
      số_lần_cstđcs_trong_đó: 3,
      bị_kỷ_luật: false,
    };
    expect(autoTarget('khen_cấp_nhà_nước', 'sở_hoàn_thiện', pm)).toBeUndefined();
    expect(autoTarget('khen_cấp_nhà_nước', 'sở_hoàn_thiện', { ...pm, số_lần_cstđcs_trong_đó: 2 })).toBe('không_khen');
    expect(autoTarget('khen_cấp_nhà_nước', 'sở_hoàn_thiện', { ...pm, có_bằng_khen_bộ_tỉnh: false })).toBe('không_khen');
  });
});

/**
 * The deadline analysis of each plan on the real calendar finds exactly the problems that docs/seeds.md §5
 * explains as findings of the documents themselves, and none in the example. With every procedure linked
 * through the rows that perform its steps there is none: LC-7 (seed 000 line 66) is no longer a warning,
 * since the end of a month a row may finish early inside is no promise (grammar.md §8.2); the June chain
 * shows as latest dates instead. KS-1 needs the conference's real date (checked on a copy below). Two rows
 * are shorter than they say because a later step keeps a library default the plan never mentions
 * (`temporal.default-shortens-row`, warnings): Hải Phòng's quý III row performing cấp_trên_xét (until 30/9/2024,
 * but the decision keeps „chậm nhất 31/7”, so the step is due 17/7/2024), and Kim Sơn's „cuối năm học” row
 * sending the dossiers up (until 30/6/2021, but the upper level's review keeps „trước 30/6” and takes 10 working
 * days, so the school must send by 15/6/2021; the rows before it are shortened through it and not repeated).
 */
describe('deadline consistency of the seeds matches the documented findings', () => {
  const expected: Record<string, string[]> = {
    'workflows/lai-chau-2020-2021.tdkt': [],
    'workflows/hai-phong-2024.tdkt': ['temporal.default-shortens-row hđ:hđ_ngành_bình_xét.finish'],
    'workflows/ha-dong-2019.tdkt': [],
    'workflows/kim-son-2020-2021.tdkt': ['temporal.default-shortens-row hđ:gửi_cấp_trên.finish'],
    'workflows/examples/thcs-hai-cap-2025-2026.tdkt': [],
  };
  const calendar = defaultWorkingCalendar();
  for (const [file, problems] of Object.entries(expected)) {
    it(file, () => {
      const plan = analysis.model.plans.find((p) => p.file === file);
      expect(plan).toBeDefined();
      if (!plan) return;
      const result = analyseTemporal(planNetwork(plan), calendar);
      const found = [
        ...result.conflicts.map((c) => `${c.code} ${c.node}`),
        ...result.deadlineOrder.map((d) => `${d.code} ${d.node}`),
        ...result.defaultShortens.map((d) => `${d.code} ${d.node}`),
        ...result.cycles.map((c) => `${c.code} ${c.nodes.join(',')}`),
        ...result.unknown.map((u) => `${u.code}`),
      ];
      expect(found.sort()).toEqual(problems);
    });
  }
});

/**
 * KS-1 (seed 004 line 56): the registration list goes to the staff conference, yet people may register until
 * 2 days after it. The seed gives no date for the conference (an estimate: nothing to conclude), so the check
 * runs on a copy that knows the day, as docs/seeds.md §5 explains.
 */
describe('KS-1 shows once the staff conference has a known date', () => {
  const file = 'workflows/kim-son-2020-2021.tdkt';
  const estimate = 'sự kiện hội_nghị_cbvc "hội nghị cán bộ viên chức đầu năm" dự kiến tháng 10/2020';
  it('the written registration deadline cannot be used in full', () => {
    const text = read(file);
    expect(text).toContain(estimate);
    const known = text.replace(estimate, estimate.replace('dự kiến tháng 10/2020', 'ngày 15/10/2020'));
    const copy = loadWorkspace([file], (rel) => (rel === file ? known : readOrUndefined(rel)));
    expect(copy.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const plan = copy.model.plans.find((p) => p.file === file);
    expect(plan).toBeDefined();
    if (!plan) return;
    const result = analyseTemporal(planNetwork(plan), defaultWorkingCalendar());
    expect(result.conflicts.map((c) => `${c.code} ${c.node}`)).toEqual([]);
    // The individual's "chậm nhất sau khi hội_nghị_cbvc 2 ngày" (seed 004:56), and the library's default for the
    // tổ's step (3 working days after the conference), both end after the list must be ready (trước hội_nghị_cbvc).
    expect(result.deadlineOrder.map((d) => `${d.code} ${d.node}`).sort()).toEqual([
      'temporal.deadline-order hđ:cá_nhân_đăng_ký.finish',
      'temporal.deadline-order hđ:triển_khai_đăng_ký/tổ_tổng_hợp.finish',
    ]);
  });
});

describe('every library procedure can always reach an end (no traps, no dead steps)', () => {
  const libraryFiles = tdktFiles().filter((f) => f.startsWith('dsl/lib/'));
  const compiled = compileWorkspace(loadWorkspace(libraryFiles, readOrUndefined).model);
  it('covers the whole library', () => {
    expect([...compiled.procedures.keys()].length).toBeGreaterThanOrEqual(12);
  });
  for (const [name, procedure] of compiled.procedures) {
    it(name, () => {
      const result = analyseCompletion(exploreProcedure(procedure), 20_000);
      expect(result.problems.map((p) => `${p.kind} ${p.step ?? ''}`)).toEqual([]);
    });
  }
});
