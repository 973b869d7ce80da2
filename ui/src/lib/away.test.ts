import { describe, expect, it } from 'vitest';
import { LOCK_AFTER_MS, lockWhenBackFromAway, type Visibility } from './away';

/** A page whose visibility the test sets, firing the change event as a browser does. */
function page(state = 'visible') {
  const listeners: (() => void)[] = [];
  const doc = {
    visibilityState: state,
    addEventListener: (_: 'visibilitychange', l: () => void) => listeners.push(l),
  };
  const set = (s: string) => {
    doc.visibilityState = s;
    listeners.forEach((l) => l());
  };
  return { doc: doc as Visibility, set };
}

describe('the app lock after time away', () => {
  it('locks when the app comes back after three minutes or more, not before', () => {
    let t = 0;
    let locks = 0;
    const { doc, set } = page();
    lockWhenBackFromAway(doc, () => locks++, () => t);
    set('hidden');
    t += LOCK_AFTER_MS - 1;
    set('visible');
    expect(locks).toBe(0);
    set('hidden');
    t += LOCK_AFTER_MS;
    set('visible');
    expect(locks).toBe(1);
  });

  it('counts from the first time it went away, and never counts time in front', () => {
    let t = 0;
    let locks = 0;
    const { doc, set } = page();
    const away = lockWhenBackFromAway(doc, () => locks++, () => t);
    t += 10 * LOCK_AFTER_MS; // in front all this while
    set('hidden');
    t += LOCK_AFTER_MS / 2;
    set('hidden'); // a second "hidden" (e.g. a minimised window) does not restart the clock
    t += LOCK_AFTER_MS / 2;
    expect(away()).toBe(LOCK_AFTER_MS);
    set('visible');
    expect(locks).toBe(1);
    expect(away()).toBe(0);
  });

  it('an app started in the background counts from its start', () => {
    let t = 5;
    let locks = 0;
    const { doc, set } = page('hidden');
    lockWhenBackFromAway(doc, () => locks++, () => t);
    t += LOCK_AFTER_MS;
    set('visible');
    expect(locks).toBe(1);
  });
});
