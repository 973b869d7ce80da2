// How far I've come, as words and as voiced fragments (the same fragments make both where a
// message has no variables): streaks, a lapse named as a lapse, milestones, the comparison with
// the first week or a usual week, and the month calendar day by day.
import type { CalendarCell, ComparisonView, MyProgressView } from './api-types';
import { formatPounds, formatUnits } from './diary';
import { spokenNumber } from './schedule';

type T = (id: string, args?: Record<string, string | number>) => string;

/** A date `YYYY-MM-DD` as its weekday (0 = Monday), day and month. */
export function dateParts(iso: string): { weekday: number; day: number; month: number } {
  const [y, m, d] = iso.split('-').map(Number);
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return { weekday, day: d, month: m };
}

export function dateWords(iso: string, t: T): string {
  const p = dateParts(iso);
  return `${t(`weekday-${p.weekday}`)} ${p.day} ${t(`month-${p.month}`)}`;
}

export function dateHeard(iso: string): string[] {
  const p = dateParts(iso);
  return [`weekday-${p.weekday}`, spokenNumber(p.day), `month-${p.month}`];
}

export function streakHeard(v: MyProgressView): string[] {
  if (!v.started) return ['prog-title', 'prog-none'];
  const out = ['prog-title', 'prog-heard-streak', spokenNumber(v.streaks.current), 'prog-heard-best', spokenNumber(v.streaks.best)];
  if (v.streaks.lapse && v.streaks.current === 0) out.push(...lapseHeard(v));
  if (v.next_milestone !== null) out.push('prog-heard-next', spokenNumber(v.next_milestone));
  return out;
}

/** "You had 12 drink-free days before Friday 27 November. That still counts." */
export function lapseHeard(v: MyProgressView): string[] {
  const lapse = v.streaks.lapse;
  if (!lapse) return [];
  return [
    'prog-heard-lapse-had',
    spokenNumber(lapse.drink_free_days_before),
    'prog-heard-lapse-before',
    ...dateHeard(lapse.on),
    'prog-lapse-counts',
  ];
}

/** The biggest milestone not yet celebrated. */
export function milestoneToShow(v: MyProgressView): number | null {
  return v.new_milestones.length > 0 ? Math.max(...v.new_milestones) : null;
}

export function milestoneHeard(days: number): string[] {
  return ['prog-heard-milestone', spokenNumber(days)];
}

export type Trend = 'less' | 'same' | 'more';

/** Within half a unit is "about the same"; a rise is said neutrally (never shaming). */
export function trend(c: ComparisonView): Trend {
  if (c.units_less >= 0.5) return 'less';
  if (c.units_less > -0.5) return 'same';
  return 'more';
}

export function comparisonText(c: ComparisonView, t: T): string[] {
  const id = c.against === 'baseline' ? 'prog-compare-baseline' : 'prog-compare-first';
  const lines = [
    t(id, { units: formatUnits(c.recent_units), reference: formatUnits(c.reference_units) }),
    t(`prog-${trend(c)}`),
  ];
  if (c.pence_less > 0) lines.push(t('prog-saved-text', { pounds: formatPounds(c.pence_less) }));
  return lines;
}

export function comparisonHeard(c: ComparisonView): string[] {
  return [
    'prog-heard-recent',
    spokenNumber(c.recent_units),
    c.against === 'baseline' ? 'prog-heard-baseline' : 'prog-heard-first-week',
    spokenNumber(c.reference_units),
    `prog-${trend(c)}`,
    ...(c.pence_less > 0 ? ['prog-heard-saved', spokenNumber(c.pence_less / 100)] : []),
  ];
}

export function dayKindId(cell: CalendarCell): string {
  if (cell.to_come) return 'cal-to-come';
  return cell.kind === 'drink_free' ? 'cal-drink-free' : cell.kind === 'drinking' ? 'cal-drinking' : 'cal-unknown';
}

/** One calendar day read aloud: "Friday 27 November. Drinking day. Urges resisted. 2." */
export function dayHeard(cell: CalendarCell): string[] {
  return [
    ...dateHeard(cell.date),
    dayKindId(cell),
    ...(cell.urges_resisted > 0 ? ['cal-urges', spokenNumber(cell.urges_resisted)] : []),
  ];
}

export function dayText(cell: CalendarCell, t: T): string {
  const parts = [dateWords(cell.date, t), t(dayKindId(cell))];
  if (cell.urges_resisted > 0) parts.push(t('cal-urges-text', { count: cell.urges_resisted }));
  return parts.join('. ');
}

/** The mark in a day's square, so nothing relies on colour alone. */
export function dayMark(cell: CalendarCell): string {
  if (cell.to_come) return '';
  return cell.kind === 'drink_free' ? '✓' : cell.kind === 'drinking' ? '●' : '·';
}

/** The month's days laid out in weeks from Monday; `null` pads the first and last week. */
export function weeks(cells: CalendarCell[]): (CalendarCell | null)[][] {
  if (cells.length === 0) return [];
  const out: (CalendarCell | null)[][] = [];
  let row: (CalendarCell | null)[] = Array.from({ length: cells[0].weekday }, () => null);
  for (const c of cells) {
    row.push(c);
    if (row.length === 7) {
      out.push(row);
      row = [];
    }
  }
  if (row.length > 0) out.push([...row, ...Array.from({ length: 7 - row.length }, () => null)]);
  return out;
}

/** Where an arrow key moves within the month (index into the days), clamped to it. */
export function moveDay(index: number, key: string, count: number): number | null {
  const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (!(key in step)) return null;
  return Math.min(count - 1, Math.max(0, index + step[key]));
}

/** `YYYY-MM` plus or minus months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}
