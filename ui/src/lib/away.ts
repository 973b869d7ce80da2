// The app lock after time in the background (issue 11 point 1): when the page comes back after
// `afterMs` or more hidden, `lock` is called once. Time spent visible never counts, and a page
// hidden again before it was back does not reset the start of its time away.

/** What this needs of `document`: its visibility and its change event. */
export interface Visibility {
  readonly visibilityState: DocumentVisibilityState | string;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
}

/** Minutes away after which the lock is asked again: three. */
export const LOCK_AFTER_MS = 3 * 60_000;

/**
 * Watch `doc` and call `lock()` when it is shown again after `afterMs` hidden. `now` gives the
 * time (ms). Returns a function saying how long the page has been away (0 while shown).
 */
export function lockWhenBackFromAway(
  doc: Visibility,
  lock: () => void,
  now: () => number = Date.now,
  afterMs: number = LOCK_AFTER_MS,
): () => number {
  let awaySince = doc.visibilityState === 'hidden' ? now() : 0;
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') {
      if (!awaySince) awaySince = now();
      return;
    }
    const away = awaySince ? now() - awaySince : 0;
    awaySince = 0;
    if (away >= afterMs) lock();
  });
  return () => (awaySince ? now() - awaySince : 0);
}
