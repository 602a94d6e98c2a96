// The HTML report and its parts: self-contained page, conflicts, Gantt marks, text helpers.

import { defaultWorkingCalendar } from '@tdkt/calendar';
import { analyseTemporal, planNetwork, proceduresOfPlan, simulate } from '@tdkt/simulator';
import { escapeXml, ganttMarks, ganttSvg, wrapText } from '@tdkt/views';
import { htmlReport } from '@tdkt/views/html';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../../../test/workflows.js';

const defect = 'test/simulate/defects/tet-working-days.tdkt';

function reportOf(file: string) {
  const { analysis, compiled } = loadSeed(file);
  const [report] = simulate(analysis, compiled, { entries: [file] });
  const plan = compiled.plans.find((p) => p.model.file === file)?.model;
  if (!report || !plan) throw new Error(`no plan report for ${file}`);
  return { analysis, compiled, report, plan };
}

describe('htmlReport', () => {
  it('is self-contained: no external scripts, styles, images or fonts', () => {
    const { analysis, compiled, report, plan } = reportOf('workflows/kim-son-2020-2021.tdkt');
    const html = htmlReport({
      plan,
      report: report.input,
      procedures: proceduresOfPlan(plan, compiled),
      procedureModels: analysis.model.procedures,
      lang: 'vi',
    });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|url\(http|src="http|@import/);
    expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:\/\//);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Cả năm trên một trang');
    for (const a of plan.activities) expect(html).toContain(`data-activity="${escapeXml(a.id)}"`);
  });

  it('shows a conflict in red with its explanation, source line and caret, in English with lang en', () => {
    const { compiled, report, plan } = reportOf(defect);
    const html = htmlReport({ plan, report: report.input, procedures: proceduresOfPlan(plan, compiled), lang: 'en' });
    expect(html).toContain('class="problem error"');
    expect(html).toContain(`${defect}:17:55`);
    expect(html).toMatch(/<pre> 17 \| .*\n\s+\| +\^+<\/pre>/);
    expect(html).toContain('The year at a glance');
    expect(html).toContain('class="activity conflict-error');
  });
});

describe('ganttSvg', () => {
  it('marks the activities of the critical path and those a conflict runs through', () => {
    const { plan } = reportOf(defect);
    const temporal = analyseTemporal(planNetwork(plan), defaultWorkingCalendar());
    const { critical, conflict, late } = ganttMarks(plan, temporal);
    const id = plan.activities[0]?.id ?? '';
    expect(critical.has(id)).toBe(true);
    expect(conflict.get(id)).toBe('error');
    expect(late.get(id)?.[0]?.earliest).toBeGreaterThan(late.get(id)?.[0]?.deadline ?? 0);
    const svg = ganttSvg(plan, temporal, 'vi');
    // Tết 2021 (10–16/2) is shaded and named.
    expect(svg).toContain('class="holiday tet"');
    expect(svg).toMatch(/<title>1[0-6]\/2\/2021: /);
  });
});

describe('wrapText and escapeXml', () => {
  it('wraps without losing or reordering words, lines within the width unless a word is longer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zđếộ]{1,12}$/), { maxLength: 20 }),
        fc.integer({ min: 4, max: 40 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width);
          expect(
            lines
              .join(' ')
              .split(' ')
              .filter((w) => w !== ''),
          ).toEqual(words);
          for (const line of lines) expect(line.length <= width || !line.includes(' ')).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('escapes markup characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('the population section of the HTML report', () => {
  it('draws the 90 % bands, says which procedure depends on one unit, and gives the chips real figures', async () => {
    const { levelsOfPlan, organisationFor, runPlanPopulation } = await import('@tdkt/simulator');
    const file = 'workflows/examples/thcs-hai-cap-2025-2026.tdkt';
    const { analysis, compiled } = loadSeed(file);
    const plan = compiled.plans.find((p) => p.model.file === file)!.model;
    const organisation = organisationFor(levelsOfPlan(plan), { preset: 'small', seed: 1 });
    if (!organisation.ok) throw new Error('small fits');
    const procedures = proceduresOfPlan(plan, compiled);
    const population = runPlanPopulation(plan, procedures, { organisation, seed: 1, runs: 10 })!;
    const [report] = simulate(analysis, compiled, { entries: [file], population: () => population });
    const html = htmlReport({ plan, report: report!.input, procedures, lang: 'vi' });
    expect(html.match(/class="band"/g)?.length).toBeGreaterThan(3);
    expect(html).toContain('phụ thuộc vào một đơn vị: UBND, Hội đồng TĐKT tỉnh (thành phố), Sở GD&amp;ĐT');
    // The year-end review's complaint window runs past the school year: those dossiers are running, not stuck.
    expect(html).toMatch(
      /data-check="population">⚠ Mô phỏng toàn ngành: 10 lần chạy × 229 hồ sơ: \d+ còn đang chạy khi hết kỳ; \d+ đến hạn trong kỳ: [\d,]+ % xong đúng hạn, \d+ tồn đọng/,
    );
    expect(html.match(/<th>Đang chạy<\/th>/g)?.length).toBe(3);
    expect(html).not.toMatch(/\(\d+\/\d+\)<\/div>/);
    expect(html).not.toContain('&amp;amp;');
  });
});
