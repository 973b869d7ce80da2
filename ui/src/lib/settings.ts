// Settings kept on this device that the audio player needs before any screen exists: the
// reading speed. (Language and listen mode live in state.svelte.ts with the other settings.)
export const SPEEDS = [0.75, 1, 1.25, 1.5] as const;
export type Speed = (typeof SPEEDS)[number];

const SPEED_KEY = 'waymark.speed.v1';

/** The saved reading speed, or 1 when none was saved (or it is not one of `SPEEDS`). */
export function loadSpeed(): Speed {
  try {
    const raw = Number(globalThis.localStorage?.getItem(SPEED_KEY));
    return (SPEEDS as readonly number[]).includes(raw) ? (raw as Speed) : 1;
  } catch {
    return 1;
  }
}

export function saveSpeed(speed: Speed): void {
  try {
    globalThis.localStorage?.setItem(SPEED_KEY, String(speed));
  } catch {
    /* private mode or storage full: the speed lasts for this visit only */
  }
}

/** The speed after `speed` in `SPEEDS`, going back to the slowest after the fastest. */
export function nextSpeed(speed: number): Speed {
  const i = SPEEDS.findIndex((s) => s === speed);
  return SPEEDS[(i + 1) % SPEEDS.length];
}

/** "0.75×", "1×", "1.25×", "1.5×" (numbers read the same in English and Welsh). */
export function speedLabel(speed: number): string {
  return `${speed}×`;
}
