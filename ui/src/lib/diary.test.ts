import { describe, expect, it, test } from 'vitest';
import {
  addDays,
  dayBars,
  DRINKS,
  drinkCheck,
  drinkKind,
  drinkProblems,
  formatUnits,
  insightFragments,
  localInputValue,
  numberMessage,
  parseLocalInput,
  parseNumber,
  parsePence,
  sentence,
  sizeMessage,
  spendText,
  totalScale,
  units,
  weekBounds,
  weekStart,
  weekSummaryFragments,
} from './diary';
import type { WeekView } from './api-types';

describe('units (DESIGN §6 checks)', () => {
  test.each([
    [568, 4, 1, '2.3'],
    [175, 12, 1, '2.1'],
    [25, 40, 1, '1.0'],
    [440, 4.5, 1, '2.0'],
    [568, 4, 3, '6.8'],
  ])('%i ml at %f%% × %i = %s units', (ml, abv, n, shown) => {
    expect(formatUnits(units(ml, abv, n))).toBe(shown);
  });
  test('sizes name presets, anything else is "my own amount"', () => {
    expect(sizeMessage(568)).toBe('size-568');
    expect(sizeMessage(25)).toBe('size-25');
    expect(sizeMessage(600)).toBe('size-own');
  });
});

describe('input parsing', () => {
  test('numbers accept a comma and spaces, refuse words', () => {
    expect(parseNumber(' 4,5 ')).toBe(4.5);
    expect(parseNumber('568')).toBe(568);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('1e3')).toBeNull();
  });
  test('money becomes pence', () => {
    expect(parsePence('£4.50')).toBe(450);
    expect(parsePence('3')).toBe(300);
    expect(parsePence('')).toBeNull();
    expect(parsePence('lots')).toBe('bad');
    expect(parsePence('-2')).toBe('bad');
  });
  test('drink problems mirror the API rules', () => {
    expect(drinkProblems(568, 4, 1)).toEqual({});
    expect(drinkProblems(0, 4, 1)).toEqual({ volume: 'error-volume' });
    expect(drinkProblems(568, 120, 1)).toEqual({ abv: 'error-abv' });
    expect(drinkProblems(568, 4, 0)).toEqual({ count: 'error-count' });
    expect(drinkProblems(null, null, 1.5)).toEqual({ volume: 'error-volume', abv: 'error-abv', count: 'error-count' });
  });
  test('datetime-local round trip in local time', () => {
    const at = new Date(2026, 2, 7, 19, 30).getTime();
    expect(localInputValue(at)).toBe('2026-03-07T19:30');
    expect(parseLocalInput('2026-03-07T19:30')).toBe(at);
    expect(parseLocalInput('')).toBeNull();
  });
});

describe('weeks', () => {
  test('weeks run Monday to Sunday', () => {
    expect(weekStart('2026-03-08')).toBe('2026-03-02'); // a Sunday
    expect(weekStart('2026-03-02')).toBe('2026-03-02'); // a Monday
    expect(weekStart('2026-03-04')).toBe('2026-03-02');
  });
  test('previous and next week cross months and years', () => {
    expect(addDays('2026-03-02', -7)).toBe('2026-02-23');
    expect(addDays('2025-12-29', 7)).toBe('2026-01-05');
  });
  test('bounds are local midnights seven calendar days apart', () => {
    const { from, to } = weekBounds('2026-03-25'); // the week UK clocks change
    expect(new Date(from).getDay()).toBe(1);
    expect(new Date(to).getDay()).toBe(1);
    expect(new Date(from).getHours()).toBe(0);
    expect(new Date(to).getHours()).toBe(0);
  });
});

describe('speech', () => {
  test('insights become voiced fragments', () => {
    expect(insightFragments({ kind: 'urges_mostly', weekday: 4, part: 'evening' })).toEqual([
      'insight-urges-mostly',
      'weekday-4',
      'part-evening',
    ]);
    expect(insightFragments({ kind: 'heaviest_day', weekday: 5 })).toEqual(['insight-heaviest-day', 'weekday-5']);
    expect(insightFragments({ kind: 'units_goal_met' })).toEqual(['insight-units-goal-met']);
    expect(insightFragments({ kind: 'all_urges_resisted' })).toEqual(['insight-all-urges-resisted']);
  });
  test('sentences get one full stop', () => {
    expect(sentence(['You drank the most on', 'Friday'])).toBe('You drank the most on Friday.');
    expect(sentence(['Most were on', 'Friday', 'in the evening.'])).toBe('Most were on Friday in the evening.');
  });
  test('numbers are voiced up to 30', () => {
    expect(numberMessage(0)).toBe('number-0');
    expect(numberMessage(12.4)).toBe('number-12');
    expect(numberMessage(30.2)).toBe('number-30');
    expect(numberMessage(31)).toBe('number-over-30');
  });
  test('week summary as heard', () => {
    const week = { total_units: 9.2, drink_free_days: 4, urges: 3, urges_resisted: 2 } as WeekView;
    expect(weekSummaryFragments(week)).toEqual([
      'week-heard-units',
      'number-9',
      'week-guideline',
      'week-heard-drink-free',
      'number-4',
      'week-heard-resisted',
      'number-2',
    ]);
  });
});

describe('charts', () => {
  test('bars scale to the biggest day, with at least 4 units of headroom', () => {
    const days = [0, 2, 4, 0, 8, 0, 0].map((u, i) => ({ date: '', weekday: i, units: u, drink_free: u === 0, to_come: false }));
    const { bars, max } = dayBars(days, 700, 200);
    expect(max).toBe(8);
    expect(bars[4].height).toBe(200);
    expect(bars[2].height).toBe(100);
    expect(bars[0].height).toBe(0);
    expect(bars[1].x).toBeGreaterThan(bars[0].x);
  });
  test('the total scale fits total, guideline and goal', () => {
    const s = totalScale(20, 14, 10, 300);
    expect(s.total).toBeLessThanOrEqual(300);
    expect(s.guideline).toBeLessThan(s.total);
    expect(s.goal).toBeLessThan(s.guideline);
  });
});

describe('numbers that make sense (issue 16)', () => {
  it('asks "Is that right?" above a plausible amount, and warns at a very large one', () => {
    expect(drinkCheck(units(568, 4, 4))).toBe('save'); // four pints: 9.1
    expect(drinkCheck(15)).toBe('save');
    expect(drinkCheck(15.1)).toBe('ask');
    expect(drinkCheck(units(700, 40))).toBe('ask'); // a 70 cl bottle of vodka: 28
    expect(drinkCheck(30)).toBe('danger');
    expect(drinkCheck(units(5000, 96, 100))).toBe('danger'); // 5 L × 96 % × 100: 48,000
  });

  it('has no made-up strength for "Other drink"', () => {
    expect(drinkKind('other').abv).toBeNull();
    expect(DRINKS.filter((d) => d.type !== 'other').every((d) => typeof d.abv === 'number')).toBe(true);
  });

  it('never tells a person who wants to stop that they went over a units goal', () => {
    expect(insightFragments({ kind: 'units_goal_missed' }, 'stop')).toEqual(['insight-stop-goal-missed']);
    expect(insightFragments({ kind: 'units_goal_met' }, 'stop')).toEqual(['insight-stop-goal-met']);
    expect(insightFragments({ kind: 'units_goal_missed' }, 'cut_down')).toEqual(['insight-units-goal-missed']);
  });

  it('says "none entered" rather than £0.00', () => {
    expect(spendText(0, 'None entered')).toBe('None entered');
    expect(spendText(350, 'None entered')).toBe('£3.50');
  });

  it('draws a day still to come as neither drink-free nor a bar', () => {
    const days = [0, 0, 0].map((u, i) => ({ date: '', weekday: i, units: u, drink_free: true, to_come: i === 2 }));
    const { bars } = dayBars(days, 300, 100);
    expect(bars.map((b) => [b.drinkFree, b.toCome])).toEqual([
      [true, false],
      [true, false],
      [false, true],
    ]);
  });
});
