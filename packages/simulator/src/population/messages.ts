// Messages (vi, en) for the population's diagnostic codes: the population file, the fit to a plan, run notes.
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
    en: (d) =>
      `${s(d, 'path') === '' ? 'the file' : `field \`${s(d, 'path')}\``} does not match the schema: ${s(d, 'detail')}`,
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
  'population.duplicate-level': {
    vi: (d) => `cấp \`${s(d, 'level')}\` được khai báo hai lần trong \`levels\``,
    en: (d) => `level \`${s(d, 'level')}\` is declared twice in \`levels\``,
  },
  'population.undeclared-level': {
    vi: (d) =>
      `cấp \`${s(d, 'level')}\` của tệp không có trong kế hoạch (kế hoạch khai báo: ${s(d, 'declared')})${s(d, 'suggestion') === '' ? '' : `; có phải \`${s(d, 'suggestion')}\`?`}`,
    en: (d) =>
      `the file's level \`${s(d, 'level')}\` is not one the plan declares (${s(d, 'declared')})${s(d, 'suggestion') === '' ? '' : `; did you mean \`${s(d, 'suggestion')}\`?`}`,
  },
  'population.level-gap': {
    vi: (d) =>
      s(d, 'missing') === ''
        ? `cấp \`${s(d, 'level')}\` phải đứng ngay dưới \`${s(d, 'after')}\` như thứ tự các cấp của kế hoạch`
        : `giữa cấp \`${s(d, 'after')}\` và \`${s(d, 'level')}\` kế hoạch còn cấp ${s(d, 'missing')}: tệp phải khai báo cả cấp đó`,
    en: (d) =>
      s(d, 'missing') === ''
        ? `level \`${s(d, 'level')}\` must come right below \`${s(d, 'after')}\`, in the plan's order of levels`
        : `between levels \`${s(d, 'after')}\` and \`${s(d, 'level')}\` the plan has ${s(d, 'missing')}: the file must declare it too`,
  },
  'population.levels-above': {
    vi: (d) => `tệp ${s(d, 'file')} bắt đầu dưới các cấp ${s(d, 'levels')} của kế hoạch: mỗi cấp đó có một đơn vị`,
    en: (d) => `file ${s(d, 'file')} starts below the plan's levels ${s(d, 'levels')}: each of them has one unit`,
  },
  'population.levels-below': {
    vi: (d) => `tệp ${s(d, 'file')} không có các cấp ${s(d, 'levels')}: quy trình bắt đầu ở các cấp đó không có hồ sơ`,
    en: (d) => `file ${s(d, 'file')} has no ${s(d, 'levels')} level: procedures that start there have no dossiers`,
  },
  'population.unsized-levels': {
    vi: (d) =>
      `mẫu ${s(d, 'preset')} không có số liệu cho cấp ${s(d, 'levels')}: mỗi đơn vị cấp trên có một đơn vị cấp đó`,
    en: (d) => `preset ${s(d, 'preset')} has no size for level ${s(d, 'levels')}: one unit under each unit above`,
  },
  'population.not-started': {
    vi: (d) => `${s(d, 'count')} hồ sơ của ${s(d, 'procedure')} không bắt đầu trước khi hết kỳ kế hoạch`,
    en: (d) => `${s(d, 'count')} dossiers of ${s(d, 'procedure')} do not start before the plan's period ends`,
  },
  'population.ignored-actions': {
    vi: (d) =>
      `máy trạng thái không nhận hành động mô phỏng ở bước ${s(d, 'steps')}: hồ sơ ở đó chờ đến khi quá hạn hoặc hết kỳ`,
    en: (d) =>
      `the machine refused the simulated action at ${s(d, 'steps')}: dossiers there wait until a timeout or the period's end`,
  },
  'population.no-levels': {
    vi: (d) => `kế hoạch không khai báo cấp nào (\`cấp …\` trong \`tổ chức\`): dùng các cấp chuẩn ${s(d, 'levels')}`,
    en: (d) => `the plan declares no level (\`cấp …\` in \`tổ chức\`): using the standard levels ${s(d, 'levels')}`,
  },
  'population.unplaced-steps': {
    vi: (d) => `bước ${s(d, 'steps')} không gắn với cấp nào của tổ chức: đơn vị sở hữu hồ sơ xử lý`,
    en: (d) => `steps ${s(d, 'steps')} act at no level of the organisation: the dossier's own unit acts`,
  },
  'population.json': {
    vi: (d) => `tệp không phải JSON hợp lệ: ${s(d, 'detail')}`,
    en: (d) => `the file is not valid JSON: ${s(d, 'detail')}`,
  },
};

/**
 * The message of one population diagnostic or note, without its code.
 *
 * @example
 * populationMessage(d, 'en') // => 'unit id `a` appears twice'
 */
export function populationMessage(d: Diagnostic, lang: Lang): string {
  const template = populationMessages[d.code];
  return template ? template[lang](d.data) : JSON.stringify(d.data);
}

/**
 * One population diagnostic as a line of text.
 *
 * @example
 * renderPopulationDiagnostic(d, 'en') // => 'population.duplicate-id: unit id `a` appears twice'
 */
export function renderPopulationDiagnostic(d: Diagnostic, lang: Lang): string {
  return `${d.code}: ${populationMessage(d, lang)}`;
}
