// Unsaved text survives a reload: what a person types into a form is kept in sessionStorage
// (this tab only, cleared by office sign-out's Clear-Site-Data) under the screen it belongs to,
// put back when that screen is shown again, and forgotten once anything is saved. While some is
// kept, closing or reloading the page asks first (`beforeunload`).
//
// Decided: moving between screens inside the app keeps the text (coming back shows it again),
// so only leaving the page warns. Never kept: anything on the office sign-in, connect and
// facilitator screens (PINs, pairing codes) — only the participant's own forms are recorded
// (App decides by screen), and only text fields and text areas with a `data-testid`.

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

/** Sent on `window` after one of {@link SAVING_COMMANDS} succeeded. */
export const SAVED_EVENT = 'waymark-saved';

/** The use-cases that save something: after one succeeds, unsaved text is no longer unsaved. */
export const SAVING_COMMANDS: ReadonlySet<string> = new Set([
  'add_drink',
  'add_drug_use',
  'add_urge',
  'answer_step',
  'set_goal',
  'take_audit',
  'import_diary',
]);
