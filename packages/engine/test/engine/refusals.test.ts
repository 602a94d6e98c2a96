import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkWith, refusals } from '../../src/engine/refusals.js';

describe('refusals in Vietnamese (issue 18)', () => {
  const schema = z.object({ điểm: z.number(), tên: z.string().min(3) });

  it('gives zod issues in Vietnamese for a Vietnamese engine, English otherwise, without touching zod’s global config', () => {
    const vi = checkWith(schema, { điểm: 'x', tên: 'ab' }, 'data', 'vi');
    expect(vi.map((i) => [i.path, i.code])).toEqual([
      ['data.điểm', 'invalid_type'],
      ['data.tên', 'too_small'],
    ]);
    expect(vi[0]?.message).toMatch(/^Đầu vào không hợp lệ/u);
    expect(checkWith(schema, { điểm: 'x', tên: 'abc' }, 'data', 'en')[0]?.message).toMatch(/^Invalid input/u);
    // The Vietnamese parse left no global locale behind.
    expect(schema.safeParse({ điểm: 'x', tên: 'abc' }).error?.issues[0]?.message).toMatch(/^Invalid input/u);
  });

  it('keeps a schema’s own message over the locale', () => {
    const own = z.object({ a: z.number({ error: 'điểm phải là số' }) });
    expect(checkWith(own, { a: 'x' }, 'data', 'vi')[0]?.message).toBe('điểm phải là số');
  });

  it('says why a payload is not JSON data in the engine’s language', () => {
    expect(refusals('vi').notJson('data.x', 'too-deep')).toMatchObject({
      code: 'invalid-data',
      message: 'dữ liệu không hợp lệ: data.x: lồng quá sâu',
    });
    expect(refusals('en').notJson('data.x', 'too-deep').message).toBe('invalid data: data.x: is nested too deep');
    expect(refusals('vi').notJson('dossier', 'not-an-object', 'invalid_type').issues).toEqual([
      { path: 'dossier', message: 'phải là một đối tượng', code: 'invalid_type' },
    ]);
  });
});
