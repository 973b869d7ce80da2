// A hub screen's calls: one at a time (`busy`), and why the last one failed, in plain words.
import { toApiError } from './transport';

export class Calls {
  /** A call is running: its buttons wait. */
  busy = $state(false);
  /** Why the last call failed, or null. */
  failed = $state<string | null>(null);

  /** Runs `work` unless a call is running, keeping `busy` and `failed`; true once it worked. */
  async run(work: () => Promise<void>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.failed = null;
    try {
      await work();
      return true;
    } catch (e) {
      this.failed = toApiError(e).message;
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** A (re)load: the screen is not busy meanwhile; `failed` says if it did not work. */
  async load(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (e) {
      this.failed = toApiError(e).message;
    }
  }
}
