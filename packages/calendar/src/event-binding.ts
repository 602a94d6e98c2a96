// Binding the event a relative phrase names to a declared event (by id or written title) or a school event.
import { foldDiacritics } from './phrase/normalize.js';
import type { EventDate } from './resolve-types.js';
import { type SchoolEvent, schoolEvents } from './school-events.js';

/** Administrative abbreviations expanded before comparing names (`hội nghị CBVC` = `hội nghị cán bộ, viên chức`). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  cbvc: 'can bo vien chuc',
  cbccvc: 'can bo cong chuc vien chuc',
  cbcc: 'can bo cong chuc',
  cbgvnv: 'can bo giao vien nhan vien',
  cb: 'can bo',
  cc: 'cong chuc',
  vc: 'vien chuc',
  gv: 'giao vien',
  nv: 'nhan vien',
  hs: 'hoc sinh',
  tdkt: 'thi dua khen thuong',
  hk: 'hoc ky',
  hki: 'hoc ky i',
  hkii: 'hoc ky ii',
};

/**
 * The folded key two names are compared by: case, diacritics, `đ`/`d`, punctuation, spaces and underscores
 * do not matter, and common abbreviations are spelt out.
 *
 * @example
 * eventKey('Hội nghị CB, VC') === eventKey('hội_nghị_cán_bộ_viên_chức') // => true
 */
export function eventKey(name: string): string {
  const cached = keys.get(name);
  if (cached !== undefined) return cached;
  const key = computeKey(name);
  // Names come from a plan's small vocabulary; the cache is bounded so odd input cannot grow it without limit.
  if (keys.size < 10_000) keys.set(name, key);
  return key;
}

const keys = new Map<string, string>();

function computeKey(name: string): string {
  const words = foldDiacritics(name.normalize('NFC'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return words.map((w) => ABBREVIATIONS[w] ?? w).join(' ');
}

/** How a written name was bound. */
export type EventBinding =
  | {
      readonly kind: 'declared';
      readonly id: string;
      readonly by: 'id' | 'title' | 'title-prefix';
      readonly title?: string;
    }
  | { readonly kind: 'school'; readonly event: SchoolEvent };

export interface EventNames {
  /** Known or estimated dates of the declared events, by id. */
  readonly events?: Readonly<Record<string, EventDate>>;
  /** The declared events' written titles, by id (`hội_nghị_cbvc` → `Hội nghị cán bộ, viên chức`). */
  readonly eventTitles?: Readonly<Record<string, string>>;
}

type Declared = ReadonlyArray<{ id: string; idKey: string; title?: string; titleKey?: string }>;

/** The declared ids and titles with their keys (the records may grow while a plan is analysed: not cached). */
function declared(names: EventNames): Declared {
  const ids = new Set([...Object.keys(names.events ?? {}), ...Object.keys(names.eventTitles ?? {})]);
  return [...ids].map((id) => {
    const title = names.eventTitles?.[id];
    return title === undefined
      ? { id, idKey: eventKey(id) }
      : { id, idKey: eventKey(id), title, titleKey: eventKey(title) };
  });
}

/**
 * Binds a written event name: an exact id, else an exact title, else the one title it begins (a shorter
 * wording of a declared event: `Hội nghị CBVC` for `Hội nghị cán bộ viên chức đầu năm`), else a school
 * event (`khai giảng`). A leading `ngày` is optional everywhere. Several titles beginning the same way are
 * `ambiguous` (listed); nothing found is undefined.
 *
 * @example
 * bindEvent('Hội nghị CBVC', { eventTitles: { hoi_nghi: 'Hội nghị cán bộ, viên chức' } }) // => { kind: 'declared', id: 'hoi_nghi', by: 'title', … }
 * bindEvent('ngày khai giảng', {}) // => { kind: 'school', event: <khai giảng> }
 */
export function bindEvent(
  name: string,
  names: EventNames,
): EventBinding | { readonly kind: 'ambiguous'; readonly ids: readonly string[] } | undefined {
  // The usual case first: the plan's own id, written as declared.
  if (names.events !== undefined && Object.hasOwn(names.events, name)) {
    const title = names.eventTitles?.[name];
    return title === undefined
      ? { kind: 'declared', id: name, by: 'id' }
      : { kind: 'declared', id: name, by: 'id', title };
  }
  const full = eventKey(name);
  const keys = full.startsWith('ngay ') ? [full, full.slice(5)] : [full];
  const list = declared(names);
  const withTitle = (e: { id: string; title?: string }, by: 'id' | 'title' | 'title-prefix'): EventBinding =>
    e.title === undefined ? { kind: 'declared', id: e.id, by } : { kind: 'declared', id: e.id, by, title: e.title };
  for (const key of keys) {
    const byId = list.find((e) => e.idKey === key);
    if (byId !== undefined) return withTitle(byId, 'id');
    const byTitle = list.find((e) => e.titleKey === key || e.titleKey === `ngay ${key}`);
    if (byTitle !== undefined) return withTitle(byTitle, 'title');
  }
  for (const key of keys) {
    const prefixed = list.filter(
      (e) => e.titleKey?.startsWith(`${key} `) === true || e.titleKey?.startsWith(`ngay ${key} `) === true,
    );
    if (prefixed.length === 1 && prefixed[0] !== undefined) return withTitle(prefixed[0], 'title-prefix');
    if (prefixed.length > 1) return { kind: 'ambiguous', ids: prefixed.map((e) => e.id) };
  }
  for (const key of keys) {
    const school = schoolEvents.find((e) => [e.name.vi, ...e.aliases].some((text) => eventKey(text) === key));
    if (school !== undefined) return { kind: 'school', event: school };
  }
  return undefined;
}
