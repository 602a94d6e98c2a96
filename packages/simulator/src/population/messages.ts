// Messages (vi, en) for the population file's diagnostic codes.
import type { Diagnostic, Lang, MessageCatalog } from '@tdkt/calendar';

type Data = Diagnostic['data'];
const s = (d: Data, key: string): string => {
  const v = d[key];
  return Array.isArray(v) ? v.join(', ') : v === undefined ? '' : String(v);
};

/**
 * Every diagnostic code of `readPopulation`, in Vietnamese and English.
 *
 * @example
 * populationMessages['population.unknown-parent']?.vi({ id: 'kim-son', parent: 'gia-lam' })
 * // => 'đơn vị `kim-son` nhắc đến đơn vị cha `gia-lam` không có trong tệp'
 */
export const populationMessages: MessageCatalog = {
  'population.schema': {
    vi: (d) => `${s(d, 'path') === '' ? 'tệp' : `trường \`${s(d, 'path')}\``} không đúng cấu trúc: ${s(d, 'detail')}`,
    en: (d) => `${s(d, 'path') === '' ? 'the file' : `field \`${s(d, 'path')}\``} does not match the schema: ${s(d, 'detail')}`,
  },
  'population.duplicate-id': {
    vi: (d) => `mã đơn vị \`${s(d, 'id')}\` xuất hiện hai lần`,
    en: (d) => `unit id \`${s(d, 'id')}\` appears twice`,
  },
  'population.unknown-level': {
    vi: (d) => `đơn vị \`${s(d, 'id')}\` thuộc cấp \`${s(d, 'level')}\` không có trong \`levels\``,
    en: (d) => `unit \`${s(d, 'id')}\` is at level \`${s(d, 'level')}\`, which \`levels\` does not declare`,
  },
  'population.unknown-parent': {
    vi: (d) => `đơn vị \`${s(d, 'id')}\` nhắc đến đơn vị cha \`${s(d, 'parent')}\` không có trong tệp`,
    en: (d) => `unit \`${s(d, 'id')}\` names a parent \`${s(d, 'parent')}\` that is not in the file`,
  },
  'population.level-order': {
    vi: (d) =>
      s(d, 'parentLevel') === ''
        ? `đơn vị \`${s(d, 'id')}\` (cấp \`${s(d, 'level')}\`) không có đơn vị cha, nhưng chỉ cấp đầu tiên mới được như vậy`
        : `đơn vị \`${s(d, 'id')}\` (cấp \`${s(d, 'level')}\`) có cha ở cấp \`${s(d, 'parentLevel')}\`, không phải cấp ngay trên`,
    en: (d) =>
      s(d, 'parentLevel') === ''
        ? `unit \`${s(d, 'id')}\` (level \`${s(d, 'level')}\`) has no parent, which only the first level may`
        : `unit \`${s(d, 'id')}\` (level \`${s(d, 'level')}\`) has a parent at level \`${s(d, 'parentLevel')}\`, not the level just above`,
  },
  'population.no-root': {
    vi: () => 'tệp không có đơn vị nào ở cấp đầu tiên',
    en: () => 'the file has no unit at the first level',
  },
  'population.json': {
    vi: (d) => `tệp không phải JSON hợp lệ: ${s(d, 'detail')}`,
    en: (d) => `the file is not valid JSON: ${s(d, 'detail')}`,
  },
};

/**
 * One population diagnostic as a line of text.
 *
 * @example
 * renderPopulationDiagnostic(d, 'en') // => 'population.duplicate-id: unit id `a` appears twice'
 */
export function renderPopulationDiagnostic(d: Diagnostic, lang: Lang): string {
  const template = populationMessages[d.code];
  return `${d.code}: ${template ? template[lang](d.data) : JSON.stringify(d.data)}`;
}
