// Words of the privacy screens that are said aloud when they appear (a wait after wrong PINs,
// a saved PIN): spoken whether or not listen mode is on, because they change what to do next.
import { say } from '../diary/say';

/** The message for a wait of `seconds` (see `vault::wait_after`). */
export function waitMessage(seconds: number): string {
  return [30, 60, 300, 900, 3600].includes(seconds) ? `lock-wait-${seconds}` : 'lock-wait-3600';
}

export function sayNow(id: string): void {
  say([id]);
}
