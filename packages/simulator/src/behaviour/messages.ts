// Messages (vi, en) for the behaviour file's diagnostic codes.
import type { Diagnostic, MessageCatalog } from '@tdkt/calendar';

const s = (d: Diagnostic['data'], key: string): string => String(d[key] ?? '');

/**
 * Every diagnostic code of `readBehaviour`, in Vietnamese and English.
 *
 * @example
 * behaviourMessages['behaviour.shares']?.en({ where: 'defaults', onTime: 0.9, late: 0.2 })
 * // => 'defaults: onTime + late = 0.9 + 0.2 is more than 1'
 */
export const behaviourMessages: MessageCatalog = {
  'behaviour.schema': {
    vi: (d) =>
      `${s(d, 'path') === '' ? 'tệp hành vi' : `trường \`${s(d, 'path')}\``} không đúng cấu trúc: ${s(d, 'detail')}`,
    en: (d) =>
      `${s(d, 'path') === '' ? 'the behaviour file' : `field \`${s(d, 'path')}\``} does not match the schema: ${s(d, 'detail')}`,
  },
  'behaviour.shares': {
    vi: (d) => `${s(d, 'where')}: tỉ lệ đúng hạn + tỉ lệ trễ = ${s(d, 'onTime')} + ${s(d, 'late')} vượt quá 1`,
    en: (d) => `${s(d, 'where')}: onTime + late = ${s(d, 'onTime')} + ${s(d, 'late')} is more than 1`,
  },
  'behaviour.late-days': {
    vi: (d) => `${s(d, 'where')}: số ngày trễ tối thiểu ${s(d, 'min')} lớn hơn tối đa ${s(d, 'max')}`,
    en: (d) => `${s(d, 'where')}: lateDays.min ${s(d, 'min')} is more than lateDays.max ${s(d, 'max')}`,
  },
};
