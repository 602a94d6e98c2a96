// Golden simulate reports for the seed workflows (vi text, en text, JSON). `npx vitest run test/simulate -u` rewrites them.
import { readdirSync } from 'node:fs';
import { displayWidth } from '@tdkt/simulator';
import { describe, expect, it } from 'vitest';
import { run } from '../../packages/cli/src/commands/simulate.js';
import { fakeIo } from '../../packages/cli/test/fake-io.js';

const root = new URL('../../', import.meta.url).pathname;
const seeds = ['lai-chau-2020-2021', 'hai-phong-2024', 'ha-dong-2019', 'kim-son-2020-2021'];
const golden = (name: string, actual: string): Promise<void> => expect(actual).toMatchFileSnapshot(`golden/${name}`);

async function simulate(seed: string, lang: 'vi' | 'en', json: boolean): Promise<{ code: number; out: string }> {
  const io = fakeIo(root);
  const code = await run(
    {
      command: 'simulate',
      positionals: [`workflows/${seed}.tdkt`],
      options: { ...(json ? { json: true } : {}), seed: '1' },
      lang,
    },
    io,
  );
  return { code, out: io.out() };
}

describe('simulate on the seed workflows (golden reports)', () => {
  for (const seed of seeds) {
    it(`${seed}: the same report as the golden file, in Vietnamese, English and JSON`, async () => {
      const vi = await simulate(seed, 'vi', false);
      await golden(`${seed}.vi.txt`, vi.out);
      await golden(`${seed}.en.txt`, (await simulate(seed, 'en', false)).out);
      const json = await simulate(seed, 'vi', true);
      await golden(`${seed}.json`, json.out);
      expect(json.code).toBe(vi.code);
      expect(JSON.parse(json.out).ok).toBe(vi.code === 0);
    });
  }

  it('keeps no golden file of a seed that is gone', () => {
    const expected = new Set(seeds.flatMap((seed) => [`${seed}.vi.txt`, `${seed}.en.txt`, `${seed}.json`]));
    expect(readdirSync(`${root}test/simulate/golden`).filter((f) => !expected.has(f))).toEqual([]);
  });

  it('every line of the text reports, heading included, fits in 100 columns, in both languages (display width: NFD marks take none)', async () => {
    for (const seed of seeds) {
      for (const lang of ['vi', 'en'] as const) {
        // The CLI's heading above the report (`═══ file — plan title`) fits too (issue 18).
        const lines = (await simulate(seed, lang, false)).out.split('\n');
        const wide = lines.filter((l) => displayWidth(l) > 100 || displayWidth(l.normalize('NFD')) > 100);
        expect(wide, `${seed} (${lang})`).toEqual([]);
      }
    }
  });

  it('a run with the same seed is identical', async () => {
    const a = await simulate('kim-son-2020-2021', 'vi', true);
    const b = await simulate('kim-son-2020-2021', 'vi', true);
    expect(a.out).toBe(b.out);
  });
});
