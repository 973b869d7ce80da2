// A tap that moves the person on must not also land on the next screen: a double tap on an
// AUDIT answer used to save that answer and answer the next question with the option in the
// same place. So every screen change holds taps on the page for a moment (`pointer-events:
// none` under `.taps-held`, see app.css): a second tap lands on nothing. Keyboard and screen
// reader users are not held up (pointer-events does not stop them), and Playwright waits for
// the page to take taps again as it waits for any covered element.
//
// Decided: 400 ms after a change (a double tap's second tap comes within about 300 ms; a person
// reading a new screen takes longer than that to tap again), and on a choice that moves on by
// itself, 250 ms with the choice shown as picked before the next screen appears.

/** How long taps are held after the screen changes. */
export const SETTLE_MS = 400;
/** How long a picked choice is shown before the screen moves on by itself. */
export const SHOW_CHOICE_MS = 250;

export const HELD_CLASS = 'taps-held';

interface ClassTarget {
  classList: { add(name: string): void; remove(name: string): void };
}

/** Holds taps; one per page. `setTimer` and `root` are injectable for tests. */
export class TapHold {
  private timer: unknown;
  private until = 0;

  constructor(
    private readonly root: () => ClassTarget | null = () => globalThis.document?.documentElement ?? null,
    private readonly now: () => number = () => Date.now(),
    // Wrapped: a browser's setTimeout called as a method of another object throws.
    private readonly setTimer: (fn: () => void, ms: number) => unknown = (fn, ms) => setTimeout(fn, ms),
    private readonly clearTimer: (timer: unknown) => void = (timer) =>
      clearTimeout(timer as ReturnType<typeof setTimeout>),
  ) {}

  /** Hold taps for `ms` from now (a later hold never shortens an earlier one). */
  hold(ms: number = SETTLE_MS): void {
    const until = this.now() + ms;
    if (until <= this.until) return;
    this.until = until;
    this.root()?.classList.add(HELD_CLASS);
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      this.root()?.classList.remove(HELD_CLASS);
    }, ms);
  }

  /** True while taps are held. */
  held(): boolean {
    return this.now() < this.until;
  }

  /**
   * A choice that moves on by itself: taps are held at once, the caller has already shown the
   * choice as picked; after {@link SHOW_CHOICE_MS} `go` runs (the screen changes) and taps stay
   * held for {@link SETTLE_MS} more. A tap while held is ignored by the caller (`held()`).
   */
  async moveOn(go: () => void | Promise<void>, wait: (ms: number) => Promise<void> = sleep): Promise<void> {
    this.hold(SHOW_CHOICE_MS + SETTLE_MS);
    await wait(SHOW_CHOICE_MS);
    await go();
    this.hold(SETTLE_MS);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The page's one hold. */
export const taps = new TapHold();
