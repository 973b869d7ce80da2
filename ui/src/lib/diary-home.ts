// The diary helpers the home screen itself needs (its quick add, the next session's date, numbers
// said aloud), apart from lib/diary.ts so that Home's initial JavaScript does not carry the
// diaries' screens' helpers (issue 12 point 6). lib/diary.ts re-exports them.
import { DRINK_PRESETS } from './api-types';

/** One kind of drink: its typical strength (`null`: the person is asked) and UK sizes in ml. */
export type DrinkKind = (typeof DRINK_PRESETS)[number];

/** The drink diary's kinds, generated from Rust (`waymark_core::units::DRINK_PRESETS`). */
export const DRINKS: readonly DrinkKind[] = DRINK_PRESETS;

/** `utc_offset_minutes` for the weekly view: 60 in British Summer Time. */
export function utcOffsetMinutes(at: Date = new Date()): number {
  return -at.getTimezoneOffset();
}

/**
 * Messages with variables have no voice-over, so anything said with changing parts is played
 * as a playlist of voiced message ids. Whole numbers 0–30 are voiced (`number-<n>`); larger
 * ones are heard as "More than 30." (the exact figure is always in the text).
 */
export function numberMessage(n: number): string {
  const r = Math.round(n);
  return r >= 0 && r <= 30 ? `number-${r}` : 'number-over-30';
}
