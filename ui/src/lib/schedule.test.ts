import { describe, expect, it } from 'vitest';
import type { UpcomingSession } from './api-types';
import { cancelledHeard, nextHeard, nextText, spokenNumber, timeFragments } from './schedule';

const session = (over: Partial<UpcomingSession> = {}): UpcomingSession => ({
  number: 4,
  title: 'Weighing it up',
  title_voice: null,
  when: { starts_at_ms: 0, date: '2026-12-10', time: '10:00', weekday: 3, day: 10, month: 12, hour: 10, minute: 0 },
  place: 'Southend office',
  place_heard: 'same_as_last',
  status: 'scheduled',
  ...over,
});

const words: Record<string, string> = {
  'weekday-3': 'Thursday',
  'month-12': 'December',
};
const t = (id: string, args?: Record<string, string | number>): string =>
  id === 'next-session-text' && args
    ? `Session ${args.number}, ${args.date}, ${args.time}, ${args.place}`
    : (words[id] ?? id);

describe('the next group session', () => {
  it('reads as the issue says', () => {
    expect(nextText(session(), t)).toBe('Session 4, Thursday 10 December, 10:00, Southend office');
  });

  it('is heard as session, number, day, date, month and time', () => {
    expect(nextHeard(session())).toEqual([
      'next-title',
      'next-heard-session',
      'number-4',
      'weekday-3',
      'number-10',
      'month-12',
      'number-10',
      'time-oclock',
      'next-heard-place-same',
    ]);
  });

  it('says whether the place is new, the same, or only on the screen', () => {
    expect(nextHeard(session({ place_heard: 'new' }))).toContain('next-heard-place-new');
    expect(nextHeard(session({ place_heard: 'on_screen' }))).toContain('next-heard-place-on-screen');
  });

  it('says plainly when a session moved or is cancelled', () => {
    expect(nextHeard(session({ status: 'moved' }))).toContain('next-moved');
    expect(cancelledHeard(session({ status: 'cancelled' })).at(-1)).toBe('next-heard-cancelled');
  });

  it('voices minutes and the 31st', () => {
    expect(spokenNumber(31)).toBe('number-31');
    expect(spokenNumber(45)).toBe('number-45');
    expect(spokenNumber(75)).toBe('number-over-30');
    const when = { ...session().when, hour: 14, minute: 30 };
    expect(timeFragments(when)).toEqual(['number-14', 'number-30']);
  });
});

describe('the reminder banner', async () => {
  const { noticeHeard } = await import('./reminders');
  it('says the lock-screen message aloud, missed ones first said so', () => {
    const n = { key: 'k', message: 'group_today' as const, time: '14:30', text: 'Waymark: your group is today at 14:30', due_at_ms: 0 };
    expect(noticeHeard(n, false)).toEqual(['rem-heard-today', 'number-14', 'number-30']);
    expect(noticeHeard({ ...n, message: 'diary', time: null }, true)).toEqual(['rem-missed', 'reminder-diary']);
  });
});
