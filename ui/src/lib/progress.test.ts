import { describe, expect, it } from 'vitest';
import type { CalendarCell, ComparisonView, MyProgressView } from './api-types';
import { addMonths, comparisonHeard, dayHeard, lapseHeard, moveDay, trend, weeks } from './progress';

const cell = (date: string, over: Partial<CalendarCell> = {}): CalendarCell => ({
  date,
  day: Number(date.slice(8)),
  weekday: 0,
  kind: 'drink_free',
  urges_resisted: 0,
  to_come: false,
  ...over,
});

describe('how far I have come', () => {
  it('names a lapse with the run before it, and says it still counts', () => {
    const v = { streaks: { current: 0, best: 12, lapse: { drink_free_days_before: 12, on: '2026-11-27' } } } as MyProgressView;
    expect(lapseHeard(v)).toEqual([
      'prog-heard-lapse-had',
      'number-12',
      'prog-heard-lapse-before',
      'weekday-4',
      'number-27',
      'month-11',
      'prog-lapse-counts',
    ]);
  });

  it('never shames a rise', () => {
    const c = { against: 'first_week', reference_units: 20, reference_pence: 0, recent_units: 30, recent_pence: 0, units_less: -10, pence_less: 0 } as ComparisonView;
    expect(trend(c)).toBe('more');
    expect(comparisonHeard(c)).toContain('prog-more');
    expect(trend({ ...c, units_less: 0.2 })).toBe('same');
    expect(comparisonHeard({ ...c, units_less: 6.8, pence_less: 1350 })).toEqual([
      'prog-heard-recent',
      'number-30',
      'prog-heard-first-week',
      'number-20',
      'prog-less',
      'prog-heard-saved',
      'number-14',
    ]);
  });

  it('reads a day aloud with its urges', () => {
    expect(dayHeard(cell('2026-12-10', { kind: 'drinking', urges_resisted: 2 }))).toEqual([
      'weekday-3',
      'number-10',
      'month-12',
      'cal-drinking',
      'cal-urges',
      'number-2',
    ]);
    expect(dayHeard(cell('2026-12-31', { to_come: true }))).toContain('cal-to-come');
  });

  it('lays a month out from Monday and moves by arrow keys within it', () => {
    const days = Array.from({ length: 31 }, (_, i) => cell(`2026-12-${String(i + 1).padStart(2, '0')}`, { weekday: (i + 1) % 7 }));
    const w = weeks(days);
    expect(w[0].slice(0, 2)).toEqual([null, days[0]]);
    expect(w.every((r) => r.length === 7)).toBe(true);
    expect(moveDay(0, 'ArrowDown', 31)).toBe(7);
    expect(moveDay(0, 'ArrowLeft', 31)).toBe(0);
    expect(moveDay(29, 'ArrowDown', 31)).toBe(30);
    expect(moveDay(3, 'End', 31)).toBe(30);
    expect(moveDay(3, 'a', 31)).toBeNull();
  });

  it('steps months across the year', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });
});
