// Unsaved text survives a reload: what a person types into a form is kept in sessionStorage
// (this tab only, cleared by office sign-out's Clear-Site-Data) under the screen it belongs to,
// put back when that screen is shown again, and forgotten once anything is saved. While some is
// kept, closing or reloading the page asks first (`beforeunload`).
//
// Decided: moving between screens inside the app keeps the text (coming back shows it again),
// so only leaving the page warns. Never kept: anything on the office sign-in, connect and
// facilitator screens (PINs, pairing codes) — only the participant's own forms are recorded
// (App decides by screen), and only text fields and text areas with a `data-testid`.
//
// App loads this module once its start is done, or with the first screen that keeps text
// (issue 12 point 6: none of it is needed to show the home screen).
import { SAVED_EVENT } from './transport';

const PREFIX = 'waymark.draft.';

interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export class Drafts {
  constructor(private readonly store: () => KeyValueStore | null = () => globalThis.sessionStorage ?? null) {}

  private read(screen: string): Record<string, string> {
    try {
      const raw = this.store()?.getItem(PREFIX + screen);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  }

  /** Keep `value` of field `field` on `screen` (an empty value forgets the field). */
  record(screen: string, field: string, value: string): void {
    const fields = this.read(screen);
    if (value === '') delete fields[field];
    else fields[field] = value;
    try {
      if (Object.keys(fields).length === 0) this.store()?.removeItem(PREFIX + screen);
      else this.store()?.setItem(PREFIX + screen, JSON.stringify(fields));
    } catch {
      /* storage full or private mode: this visit only */
    }
  }

  /** What was typed on `screen` and not saved. */
  fields(screen: string): Record<string, string> {
    return this.read(screen);
  }

  /** True if any screen has unsaved text. */
  any(): boolean {
    const s = this.store();
    if (!s) return false;
    for (let i = 0; i < s.length; i++) if (s.key(i)?.startsWith(PREFIX)) return true;
    return false;
  }

  /** Forget a screen's unsaved text (it was saved). */
  forget(screen: string): void {
    try {
      this.store()?.removeItem(PREFIX + screen);
    } catch {
      /* nothing kept */
    }
  }

  /** Forget every screen's unsaved text. */
  clear(): void {
    const s = this.store();
    if (!s) return;
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(PREFIX)) keys.push(k);
    }
    for (const k of keys) s.removeItem(k);
  }
}

export const drafts = new Drafts();


/**
 * Keep the text typed on `page` under the screen `screen()` names (null: nothing is kept there),
 * forget a screen's text once something is saved, and ask before the page is left while some is
 * kept. Returns the function that puts a screen's unsaved text back as its fields appear (some
 * load after the screen); `null` only stops putting back the last screen's.
 */
export function keepUnsavedText(page: () => HTMLElement | undefined, screen: () => string | null): (key: string | null) => void {
  document.addEventListener('input', (e) => {
    const el = e.target;
    const text =
      el instanceof HTMLTextAreaElement ||
      (el instanceof HTMLInputElement && ['text', 'search', 'datetime-local'].includes(el.type));
    const key = screen();
    const field = text ? (el as HTMLInputElement).dataset.testid : undefined;
    if (key && field) drafts.record(key, field, (el as HTMLInputElement).value);
  });

  window.addEventListener(SAVED_EVENT, () => {
    const key = screen();
    if (key) drafts.forget(key);
  });

  window.addEventListener('beforeunload', (e) => {
    if (drafts.any()) {
      e.preventDefault();
      e.returnValue = '';
    }
  });

  let restoring: MutationObserver | null = null;

  return (key) => {
    restoring?.disconnect();
    restoring = null;
    const pending = new Map(Object.entries(key ? drafts.fields(key) : {}));
    const main = page();
    if (!main || pending.size === 0) return;
    const apply = (): void => {
      for (const [field, value] of pending) {
        const el = main.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="${CSS.escape(field)}"]`);
        if (!el) continue;
        pending.delete(field);
        if (el.value !== value) {
          el.value = value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }
      if (pending.size === 0) {
        restoring?.disconnect();
        restoring = null;
      }
    };
    apply();
    if (pending.size === 0) return;
    const watching = new MutationObserver(apply);
    watching.observe(main, { childList: true, subtree: true });
    restoring = watching;
    setTimeout(() => {
      if (restoring === watching) {
        watching.disconnect();
        restoring = null;
      }
    }, 5000);
  };
}
