// Pure helpers for the diaries, goal, weekly view and AUDIT screens (no Svelte, no I/O), so
// they can be unit-tested: units, UK size presets, dates and weeks, input parsing, what an
// insight or a summary says as voiced message fragments, and chart geometry.
import type { Aim, DayView, DrinkType, Insight, WeekView } from './api-types';
import { DRINKS, numberMessage, type DrinkKind } from './diary-home';

// The few helpers the home screen uses live in diary-home.ts (issue 12 point 6: Home's initial
// JavaScript need not carry the rest); they are part of this module's API all the same.
export { DRINKS, numberMessage, utcOffsetMinutes, type DrinkKind } from './diary-home';

// ---------------------------------------------------------------- units and drinks

/** Exact UK units: ABV% × ml ÷ 1000, times the number of drinks. */
export function units(volumeMl: number, abvPercent: number, count = 1): number {
  return (abvPercent * volumeMl * count) / 1000;
}

/** Units as people see them: one decimal place ("2.3"). */
export function formatUnits(u: number): string {
  return (Math.round(u * 10) / 10).toFixed(1);
}


export function drinkKind(type: DrinkType): DrinkKind {
  return DRINKS.find((d) => d.type === type) ?? DRINKS[DRINKS.length - 1];
}

/** The message id naming a size, or `size-own` for a volume that is not a preset. */
export function sizeMessage(volumeMl: number): string {
  const presets = new Set(DRINKS.flatMap((d) => d.sizes));
  return presets.has(volumeMl) ? `size-${volumeMl}` : 'size-own';
}

/**
 * Units in one entry above which Save first asks "Is that right?", and at or above which it also
 * says this much can be dangerous. Decided: 15 is more than a bottle of wine (about 10) and
 * more than most people drink in one go, so a typing slip (5 L × 96 % saved as 48,000 units)
 * is caught; 30 is more than a 70 cl bottle of spirits (28) — real, and dangerous.
 */
export const DRINK_CHECK_UNITS = 15;
export const DRINK_DANGER_UNITS = 30;

/** What Save does with an entry's units: save, ask first, or ask and warn. */
export function drinkCheck(units: number): 'save' | 'ask' | 'danger' {
  if (units >= DRINK_DANGER_UNITS) return 'danger';
  if (units > DRINK_CHECK_UNITS) return 'ask';
  return 'save';
}

export const SUBSTANCES = ['cannabis', 'cocaine', 'crack', 'heroin', 'nps_spice', 'prescription', 'other'] as const;
export const ROUTES = ['smoked', 'snorted', 'swallowed', 'injected', 'other'] as const;
export const TRIGGERS = ['people', 'places', 'feelings', 'times', 'own_words'] as const;
/** Same ids and order as `COPING_STRATEGIES` in crates/core/src/diary.rs. */
export const COPING = [
  'urge_surfing',
  'distract',
  'call_someone',
  'leave_the_place',
  'breathe',
  'eat_or_drink_water',
  'think_it_through',
] as const;

export const MAX_TEXT = 280;

// ---------------------------------------------------------------- input parsing

/** A number typed by a person ("4,5", " 568 "), or null when it is not one. */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Pounds typed by a person ("4.50", "£3") as pence; '' is null; bad input is 'bad'. */
export function parsePence(text: string): number | null | 'bad' {
  const s = text.trim().replace(/^£/, '');
  if (s === '') return null;
  const n = parseNumber(s);
  if (n === null || n < 0 || n > 10_000) return 'bad';
  return Math.round(n * 100);
}

/** Money spent as shown: "£3.50", or the words for "none entered" (`spend-none`) at 0. */
export function spendText(pence: number, noneEntered: string): string {
  return pence > 0 ? `£${formatPounds(pence)}` : noneEntered;
}

/** Pence as pounds for display: 350 → "3.50". */
export function formatPounds(pence: number): string {
  return (pence / 100).toFixed(2);
}

/** Optional text: trimmed, or null when empty. */
export function optionalText(text: string): string | null {
  const s = text.trim();
  return s === '' ? null : s;
}

export type DrinkProblem = 'error-volume' | 'error-abv' | 'error-count';

/** The first thing wrong with a drink's numbers, as a voiced message id (same rules as the API). */
export function drinkProblems(volumeMl: number | null, abv: number | null, count: number | null): {
  volume?: DrinkProblem;
  abv?: DrinkProblem;
  count?: DrinkProblem;
} {
  const out: { volume?: DrinkProblem; abv?: DrinkProblem; count?: DrinkProblem } = {};
  if (volumeMl === null || !(volumeMl > 0 && volumeMl <= 5000)) out.volume = 'error-volume';
  if (abv === null || !(abv >= 0 && abv <= 100)) out.abv = 'error-abv';
  if (count === null || !Number.isInteger(count) || count < 1 || count > 100) out.count = 'error-count';
  return out;
}

// ---------------------------------------------------------------- time

/**
 * The API's `i64` milliseconds are typed `bigint` by ts-rs, but JSON has no BigInt: send plain
 * numbers (safe up to 2^53, far beyond any date) and read them back with `Number()`.
 */
export function ms(n: number): bigint {
  return n as unknown as bigint;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local date as `YYYY-MM-DD`. */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Value for `<input type="datetime-local">` in local time: `YYYY-MM-DDTHH:MM`. */
export function localInputValue(msSinceEpoch: number): string {
  const d = new Date(msSinceEpoch);
  return `${isoDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Milliseconds from a `datetime-local` value (local time), or null. */
export function parseLocalInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const d = new Date(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  return Number.isNaN(d.getTime()) ? null : d.getTime();
}

/** A `YYYY-MM-DD` date as a local Date at midnight. */
export function parseIsoDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** `YYYY-MM-DD` plus `days` (negative goes back), by the calendar (summer time safe). */
export function addDays(date: string, days: number): string {
  const d = parseIsoDate(date);
  d.setDate(d.getDate() + days);
  return isoDate(d);
}

/** The Monday of the week containing `date` (`YYYY-MM-DD`). */
export function weekStart(date: string): string {
  const d = parseIsoDate(date);
  const fromMonday = (d.getDay() + 6) % 7;
  return addDays(date, -fromMonday);
}

/** Local-time bounds [from, to) of the Monday–Sunday week containing `date`, in ms. */
export function weekBounds(date: string): { from: number; to: number } {
  const start = weekStart(date);
  return { from: parseIsoDate(start).getTime(), to: parseIsoDate(addDays(start, 7)).getTime() };
}

/** 0 = Monday … 6 = Sunday for a moment in local time (the API's numbering). */
export function weekdayOf(msSinceEpoch: number): number {
  return (new Date(msSinceEpoch).getDay() + 6) % 7;
}


// ---------------------------------------------------------------- speech


/**
 * An insight as voiced fragments in speaking order; the text is the same fragments joined
 * with spaces, so what is read and what is heard always match.
 */
export function insightFragments(insight: Insight, aim: Aim | null = null): string[] {
  switch (insight.kind) {
    // A "Stop" goal has no units goal to go over: say what stopping means (a slip is not failure).
    case 'units_goal_met':
      return [aim === 'stop' ? 'insight-stop-goal-met' : 'insight-units-goal-met'];
    case 'units_goal_missed':
      return [aim === 'stop' ? 'insight-stop-goal-missed' : 'insight-units-goal-missed'];
    case 'urges_mostly':
      return ['insight-urges-mostly', `weekday-${insight.weekday}`, `part-${insight.part}`];
    case 'heaviest_day':
      return ['insight-heaviest-day', `weekday-${insight.weekday}`];
    default:
      return [`insight-${insight.kind.replace(/_/g, '-')}`];
  }
}

/** Join fragment texts into a sentence, ending it with a full stop if it has none. */
export function sentence(parts: string[]): string {
  const s = parts.join(' ').trim();
  return /[.!?]$/.test(s) ? s : s + '.';
}

/** The week's summary as heard: label then number, then the guideline. */
export function weekSummaryFragments(week: WeekView): string[] {
  return [
    'week-heard-units',
    numberMessage(week.total_units),
    'week-guideline',
    'week-heard-drink-free',
    numberMessage(week.drink_free_days),
    ...(week.urges > 0 ? ['week-heard-resisted', numberMessage(week.urges_resisted)] : []),
  ];
}

// ---------------------------------------------------------------- charts (hand-written SVG)

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  units: number;
  weekday: number;
  drinkFree: boolean;
  toCome: boolean;
}

/** Bars for units per day in a `width`×`height` plot area (value labels need room above). */
export function dayBars(days: DayView[], width: number, height: number): { bars: Bar[]; max: number } {
  const max = Math.max(4, ...days.map((d) => d.units));
  const slot = width / Math.max(1, days.length);
  const barWidth = slot * 0.6;
  const bars = days.map((d, i) => {
    const h = (d.units / max) * height;
    return {
      x: i * slot + (slot - barWidth) / 2,
      y: height - h,
      width: barWidth,
      height: h,
      units: d.units,
      weekday: d.weekday,
      drinkFree: d.drink_free && !d.to_come,
      toCome: d.to_come,
    };
  });
  return { bars, max };
}

/** Horizontal scale for the weekly total against the guideline and goal. */
export function totalScale(total: number, guideline: number, goal: number | null, width: number) {
  const max = Math.max(total, guideline, goal ?? 0) * 1.15 || 1;
  const x = (v: number) => (v / max) * width;
  return { total: x(total), guideline: x(guideline), goal: goal === null ? null : x(goal) };
}

// ---------------------------------------------------------------- AUDIT

export const AUDIT_MAX = { audit: 40, audit_c: 12 } as const;
