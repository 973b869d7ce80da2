// The group schedule as the participant reads and hears it: the same fragments make the text
// and the playlist, so what is read and what is heard always match (the place is the
// facilitator's own words: on screen, and heard only as same / new / on the screen; see
// crates/api/src/schedule.rs).
import type { PlaceHeard, SessionTime, UpcomingSession } from './api-types';
import { numberMessage } from './diary-home';

type T = (id: string, args?: Record<string, string | number>) => string;

/** A whole number 0–59 as a voiced message (minutes and days go past 30). */
export function spokenNumber(n: number): string {
  const r = Math.round(n);
  return r >= 31 && r <= 59 ? `number-${r}` : numberMessage(r);
}

/** "Tuesday 10 December" as fragments: weekday, day, month. */
export function dateFragments(when: SessionTime): string[] {
  return [`weekday-${when.weekday}`, spokenNumber(when.day), `month-${when.month}`];
}

/** "10:00" heard as "10 o'clock", "14:30" as "14 30". */
export function timeFragments(when: SessionTime): string[] {
  return [spokenNumber(when.hour), when.minute === 0 ? 'time-oclock' : spokenNumber(when.minute)];
}

export function dateText(when: SessionTime, t: T): string {
  return `${t(`weekday-${when.weekday}`)} ${when.day} ${t(`month-${when.month}`)}`;
}

/** The home card's line: "Session 4, Tuesday 10 December, 10:00, Southend office". */
export function nextText(s: UpcomingSession, t: T): string {
  return t('next-session-text', { number: s.number, date: dateText(s.when, t), time: s.when.time, place: s.place });
}

/** What *Hear this* plays for the next session. */
export function nextHeard(s: UpcomingSession): string[] {
  return [
    'next-title',
    'next-heard-session',
    spokenNumber(s.number),
    ...dateFragments(s.when),
    ...timeFragments(s.when),
    placeHeard(s.place_heard),
    ...(s.status === 'moved' ? ['next-moved'] : []),
  ];
}

/** The place is not recorded (the facilitator's own words), so what is heard says where to look. */
export function placeHeard(p: PlaceHeard): string {
  return { on_screen: 'next-heard-place-on-screen', same_as_last: 'next-heard-place-same', new: 'next-heard-place-new' }[p];
}

export function cancelledText(s: UpcomingSession, t: T): string {
  return t('next-cancelled-text', { number: s.number, date: dateText(s.when, t) });
}

export function cancelledHeard(s: UpcomingSession): string[] {
  return ['next-heard-session', spokenNumber(s.number), ...dateFragments(s.when), 'next-heard-cancelled'];
}
