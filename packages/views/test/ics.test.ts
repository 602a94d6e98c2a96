// ICS: the calendar entries of the seed plans written by ical-generator and read back by ical.js.

import { formatIsoDate } from '@tdkt/calendar';
import { calendarEntries, toIcs } from '@tdkt/views';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadSeed, seedFiles } from '../../../test/workflows.js';

interface Parsed {
  uid: string;
  summary: string;
  start: string;
  end: string;
  allDay: boolean;
  alarms: string[];
}

/** Parses with ical.js (Mozilla's parser, independent of ical-generator). */
function parse(text: string): { calendar: ICAL.Component; events: Parsed[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((c) => {
    const event = new ICAL.Event(c);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      alarms: c.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
    };
  });
  return { calendar, events };
}

describe('ICS of the seed plans, read back by an independent parser', () => {
  for (const file of [...seedFiles(), 'workflows/examples/thcs-hai-cap-2025-2026.tdkt']) {
    it(file, () => {
      const { compiled } = loadSeed(file);
      const plan = compiled.plans.find((p) => p.model.file === file)?.model;
      if (!plan) throw new Error(`no plan in ${file}`);
      const entries = calendarEntries(plan, compiled, 'vi');
      const text = toIcs(plan.title, entries, Date.UTC(2026, 0, 1));
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(text).toContain('X-WR-TIMEZONE:Asia/Ho_Chi_Minh');
      const { events } = parse(text);
      expect(events).toHaveLength(entries.length);
      const byUid = new Map(events.map((e) => [e.uid, e]));
      for (const entry of entries) {
        const event = byUid.get(entry.uid);
        expect(event, entry.uid).toBeDefined();
        // All-day: DTSTART is the first day, DTEND the day after the last one.
        expect(event?.allDay).toBe(true);
        expect(event?.start).toBe(formatIsoDate(entry.start));
        expect(event?.end).toBe(formatIsoDate(entry.end + 1));
        expect(event?.alarms).toHaveLength(entry.remindDaysBefore.length);
      }
      // Every activity with a window is an event.
      for (const a of plan.activities) if (a.window) expect(byUid.has(`${file}#activity:${a.id}`)).toBe(true);
      expect(events.filter((e) => e.uid.includes('#phase:')).length).toBe(
        plan.phases.filter((p) => p.time?.resolution?.window).length,
      );
    });
  }

  it('step deadlines carry the resolved day and a VALARM where the DSL says `nhắc trước`', () => {
    const file = 'workflows/examples/thcs-hai-cap-2025-2026.tdkt';
    const { compiled } = loadSeed(file);
    const plan = compiled.plans[0]?.model;
    if (!plan) throw new Error('no plan');
    const { events } = parse(toIcs(plan.title, calendarEntries(plan, compiled, 'vi'), 0));
    const council = events.find((e) => e.uid.endsWith('/hđ_trường_xét'));
    // "trước 27/5/2026" is strict: the last day is Tuesday 26/5/2026; 3 working days before is Thursday 21/5.
    expect(council?.start).toBe('2026-05-26');
    expect(council?.alarms).toEqual(['-P5D']);
  });

  it('an activity phrased as a deadline also gets its own deadline event on the last day', () => {
    const file = 'workflows/kim-son-2020-2021.tdkt';
    const { compiled } = loadSeed(file);
    const plan = compiled.plans[0]?.model;
    if (!plan) throw new Error('no plan');
    const entries = calendarEntries(plan, compiled, 'en');
    const deadline = entries.find((e) => e.uid.endsWith('#deadline:cá_nhân_đăng_ký'));
    expect(deadline?.start).toBe(deadline?.end);
    expect(deadline?.summary.startsWith('Due: ')).toBe(true);
    expect(formatIsoDate(deadline?.start ?? 0)).toBe('2020-11-02');
  });
  it('marks tentative entries in the summary, in the language asked for', () => {
    const file = 'workflows/kim-son-2020-2021.tdkt';
    const { compiled } = loadSeed(file);
    const plan = compiled.plans[0]?.model;
    if (!plan) throw new Error('no plan');
    for (const [lang, mark, other] of [
      ['vi', '(dự kiến)', '(tentative)'],
      ['en', '(tentative)', '(dự kiến)'],
    ] as const) {
      const { events } = parse(toIcs(plan.title, calendarEntries(plan, compiled, lang), 0));
      const soft = calendarEntries(plan, compiled, lang).filter((e) => e.soft);
      expect(soft.length).toBeGreaterThan(0);
      for (const entry of soft)
        expect(events.find((e) => e.uid === entry.uid)?.summary.endsWith(` ${mark}`)).toBe(true);
      expect(events.filter((e) => e.summary.includes(other))).toEqual([]);
    }
  });
});

describe('ICS follows RFC 5545 structure', () => {
  it('CRLF lines of at most 75 octets, VERSION and PRODID, every VEVENT with a unique UID, UTC DTSTAMP and DATE values', () => {
    const file = 'workflows/lai-chau-2020-2021.tdkt';
    const { compiled } = loadSeed(file);
    const plan = compiled.plans[0]?.model;
    if (!plan) throw new Error('no plan');
    const text = toIcs(plan.title, calendarEntries(plan, compiled, 'vi'), Date.UTC(2026, 0, 1));
    expect(text).not.toMatch(/[^\r]\n/);
    const lines = text.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // Unfold (a CRLF followed by one space or tab continues the line) before reading properties.
    const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(unfolded).toContain('VERSION:2.0');
    expect(unfolded).toContain('METHOD:PUBLISH');
    expect(unfolded.some((l) => l.startsWith('PRODID:'))).toBe(true);
    const events = text
      .replace(/\r\n[ \t]/g, '')
      .split('BEGIN:VEVENT')
      .slice(1);
    const uids = new Set<string>();
    for (const event of events) {
      const props = event.split('\r\n');
      const uid = props.find((p) => p.startsWith('UID:'));
      expect(uid).toBeDefined();
      uids.add(uid as string);
      expect(props).toContain('DTSTAMP:20260101T000000Z');
      expect(props.some((p) => /^DTSTART;VALUE=DATE:\d{8}$/.test(p))).toBe(true);
      expect(props.some((p) => /^DTEND;VALUE=DATE:\d{8}$/.test(p))).toBe(true);
      expect(props.some((p) => p.startsWith('SUMMARY:'))).toBe(true);
    }
    expect(uids.size).toBe(events.length);
  });
});
