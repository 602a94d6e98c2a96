// The engine's messages (vi, en) for its refusal codes: rendered from a refusal's data, as diagnostics are.
import type { Diagnostic, Lang, MessageCatalog, MessageTemplate } from '@tdkt/calendar';

type Data = Diagnostic['data'];
const s = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : v === undefined ? '' : String(v));
const m = (vi: MessageTemplate['vi'], en: MessageTemplate['en']): MessageTemplate => ({ vi, en });

const permission: Readonly<Record<string, { vi: string; en: string }>> = {
  'wrong-role': {
    vi: 'người thao tác không giữ vai trò làm bước này',
    en: 'the actor does not hold the role that acts in this step',
  },
  'out-of-scope': {
    vi: 'đơn vị của người thao tác nằm ngoài phạm vi của bước này đối với hồ sơ',
    en: "the actor's unit is outside the step's scope for this instance",
  },
  'not-owner': { vi: 'chỉ chủ hồ sơ mới làm bước này', en: 'only the owner of the dossier acts in this step' },
};

const idWhy: Readonly<Record<string, { vi: string; en: string }>> = {
  empty: { vi: 'trống', en: 'is empty' },
  'too-long': { vi: 'quá dài', en: 'is too long' },
  'lone-surrogate': {
    vi: 'chứa ký tự UTF-16 lẻ (không ghi được thành UTF-8)',
    en: 'holds a lone UTF-16 surrogate (not writable as UTF-8)',
  },
  'control-character': { vi: 'chứa ký tự điều khiển', en: 'holds a control character' },
  'not-a-string': { vi: 'không phải chuỗi ký tự', en: 'is not a string' },
  missing: { vi: 'thiếu', en: 'is missing' },
};

const why = (table: Readonly<Record<string, { vi: string; en: string }>>, key: unknown, lang: Lang): string =>
  table[s(key)]?.[lang] ?? s(key);

/**
 * Every refusal code of the engine, in Vietnamese and English. A refusal's `message` is rendered from
 * it in the engine's language (`createEngine({ lang })`); `refusalMessage` renders it in the other.
 *
 * @example
 * engineMessages['instance-closed']?.en({ instance: 'HS-1' }) // => 'instance HS-1 is closed'
 */
export const engineMessages: MessageCatalog = {
  'not-permitted': m(
    (d) => why(permission, d['reason'], 'vi') || 'người thao tác không được làm bước này',
    (d) => why(permission, d['reason'], 'en') || 'the actor may not act in this step',
  ),
  'action-not-available': m(
    (d) =>
      d['reason'] === 'guard'
        ? `điều kiện của trạng thái ${s(d['state'])} không cho phép thao tác ${s(d['action'])}`
        : `thao tác ${s(d['action'])} không có ở trạng thái ${s(d['state'])}`,
    (d) =>
      d['reason'] === 'guard'
        ? `action ${s(d['action'])} is not allowed by the conditions of state ${s(d['state'])}`
        : `action ${s(d['action'])} is not available in state ${s(d['state'])}`,
  ),
  'invalid-data': m(
    (d) => `dữ liệu không hợp lệ: ${s(d['issues'])}`,
    (d) => `invalid data: ${s(d['issues'])}`,
  ),
  'instance-closed': m(
    (d) => `hồ sơ ${s(d['instance'])} đã kết thúc`,
    (d) => `instance ${s(d['instance'])} is closed`,
  ),
  'instance-exists': m(
    (d) => `đã có hồ sơ ${s(d['instance'])}`,
    (d) => `instance ${s(d['instance'])} already exists`,
  ),
  'version-conflict': m(
    (d) => `hồ sơ đã đổi: đang ở phiên bản ${s(d['actualVersion'])}, không phải ${s(d['expectedVersion'])}`,
    (d) => `expected version ${s(d['expectedVersion'])}, the instance is at ${s(d['actualVersion'])}`,
  ),
  'unknown-instance': m(
    (d) => `không có hồ sơ ${s(d['instance'])}`,
    (d) => `no instance ${s(d['instance'])}`,
  ),
  'unknown-workflow': m(
    (d) =>
      d['version'] === undefined
        ? `chưa nạp quy trình hay kế hoạch ${s(d['workflow'])}`
        : `chưa nạp phiên bản ${s(d['version'])} của ${s(d['workflow'])}`,
    (d) =>
      d['version'] === undefined
        ? `no workflow ${s(d['workflow'])} is loaded`
        : `workflow ${s(d['workflow'])} version ${s(d['version'])} is not loaded`,
  ),
  'not-a-plan': m(
    (d) => `${s(d['workflow'])} là một quy trình, không phải kế hoạch: dùng start`,
    (d) => `${s(d['workflow'])} is a procedure, not a plan: use start`,
  ),
  'period-required': m(
    (d) =>
      `${s(d['workflow'])} có thời hạn viết theo ngày mà không có năm học hay năm nào cho biết năm (${s(d['steps'])}): nạp nó cho một kỳ (workflowsFromFiles với period) rồi truyền period khi bắt đầu`,
    (d) =>
      `${s(d['workflow'])} has deadlines written as dates and no school year or year to place them (${s(d['steps'])}): load it for a period (workflowsFromFiles with period) and pass that period at start`,
  ),
  'period-mismatch': m(
    (d) => `${s(d['workflow'])} được nạp cho ${s(d['loaded']) || 'không kỳ nào'}, không phải ${s(d['period'])}`,
    (d) => `${s(d['workflow'])} is loaded for ${s(d['loaded']) || 'no period'}, not ${s(d['period'])}`,
  ),
  'invalid-id': m(
    (d) => `${s(d['field'])} ${why(idWhy, d['problem'], 'vi')}`,
    (d) => `${s(d['field'])} ${why(idWhy, d['problem'], 'en')}`,
  ),
  'invalid-actor': m(
    (d) => `người thao tác không hợp lệ: ${s(d['field'])} ${why(idWhy, d['problem'], 'vi')}`,
    (d) => `invalid actor: ${s(d['field'])} ${why(idWhy, d['problem'], 'en')}`,
  ),
  'payload-too-large': m(
    (d) => `dữ liệu gửi kèm ${s(d['size'])} byte, vượt giới hạn ${s(d['limit'])} byte`,
    (d) => `the payload is ${s(d['size'])} bytes, over the limit of ${s(d['limit'])} bytes`,
  ),
  'no-organisation': m(
    (d) =>
      `cần cây tổ chức (organisation với childrenOf) để chạy ${s(d['workflow'])} ở các đơn vị dưới ${s(d['unit'])}`,
    (d) =>
      `running ${s(d['workflow'])} in the units below ${s(d['unit'])} needs the organisation tree (an organisation with childrenOf)`,
  ),
};

/**
 * A refusal's message in a language, from its code and data.
 *
 * @example
 * refusalMessage({ code: 'unknown-instance', data: { instance: 'HS-9' } }, 'vi') // => 'không có hồ sơ HS-9'
 */
export function refusalMessage(refusal: { readonly code: string; readonly data?: Data }, lang: Lang): string {
  const template = engineMessages[refusal.code];
  return template === undefined ? refusal.code : template[lang](refusal.data ?? {});
}
