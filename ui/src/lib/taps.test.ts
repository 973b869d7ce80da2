import { describe, expect, it } from 'vitest';
import { HELD_CLASS, SETTLE_MS, SHOW_CHOICE_MS, TapHold } from './taps';

function fake() {
  let now = 1000;
  const classes = new Set<string>();
  const timers: { at: number; fn: () => void }[] = [];
  const hold = new TapHold(
    () => ({ classList: { add: (c: string) => classes.add(c), remove: (c: string) => classes.delete(c) } }),
    () => now,
    (fn: () => void, ms: number) => {
      const t = { at: now + ms, fn };
      timers.push(t);
      return t;
    },
    (t: unknown) => {
      const i = timers.indexOf(t as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
  );
  const advance = (ms: number) => {
    now += ms;
    for (const t of [...timers].filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.fn();
    }
  };
  return { hold, classes, advance };
}

describe('holding taps after the screen changes', () => {
  it('holds the page for a moment, then lets taps through', () => {
    const { hold, classes, advance } = fake();
    hold.hold();
    expect(hold.held()).toBe(true);
    expect(classes.has(HELD_CLASS)).toBe(true);
    advance(SETTLE_MS - 1);
    expect(hold.held()).toBe(true);
    advance(1);
    expect(hold.held()).toBe(false);
    expect(classes.has(HELD_CLASS)).toBe(false);
  });

  it('a shorter hold never ends a longer one early', () => {
    const { hold, classes, advance } = fake();
    hold.hold(1000);
    advance(100);
    hold.hold(100);
    advance(200);
    expect(hold.held()).toBe(true);
    expect(classes.has(HELD_CLASS)).toBe(true);
    advance(700);
    expect(classes.has(HELD_CLASS)).toBe(false);
  });

  it('a choice that moves on is shown first, and the next screen is held after it', async () => {
    const { hold, advance } = fake();
    const seen: string[] = [];
    await hold.moveOn(
      () => {
        seen.push(`go held=${hold.held()}`);
      },
      async (ms) => {
        seen.push(`show ${ms}`);
        advance(ms);
      },
    );
    expect(seen).toEqual([`show ${SHOW_CHOICE_MS}`, 'go held=true']);
    advance(SETTLE_MS - 1);
    expect(hold.held()).toBe(true);
    advance(1);
    expect(hold.held()).toBe(false);
  });
});
