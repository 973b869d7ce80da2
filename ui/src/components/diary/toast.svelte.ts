// The "Saved. Undo" message shown after a diary change; it stays until closed or replaced
// (no time limit, WCAG 2.2.1).
import type { EntrySaved } from '../../lib/api-types';
import { call, toApiError } from '../../lib/transport';
import { sayIfListening } from './say';

export interface ToastState {
  /** Words shown. */
  text: string;
  /** Message ids heard. */
  heard: string[];
  undo: (() => Promise<unknown>) | null;
  error: string | null;
  serial: number;
  /** True until the screen changes once: the message is seen on the screen after a save. */
  fresh: boolean;
}

export const toast: { current: ToastState | null } = $state({ current: null });
let serial = 0;

export function showToast(text: string, heard: string[], undo: (() => Promise<unknown>) | null): void {
  toast.current = { text, heard, undo, error: null, serial: ++serial, fresh: true };
  // After the change of screen that usually follows (which stops any voice).
  setTimeout(() => sayIfListening(heard), 0);
}

export function closeToast(): void {
  toast.current = null;
}

/** The App calls this on every change of screen: a message lasts for one screen change. */
export function screenChanged(): void {
  if (toast.current?.fresh) toast.current.fresh = false;
  else toast.current = null;
}

export async function undoToast(undone: string, afterUndo?: () => void): Promise<void> {
  const current = toast.current;
  if (!current?.undo) return;
  try {
    await current.undo();
    showToast(undone, ['toast-undone'], null);
    afterUndo?.();
  } catch (e) {
    toast.current = { ...current, error: toApiError(e).message };
  }
}

/** Screens that show diary data re-load when this changes (after an undo). */
export const changes: { count: number } = $state({ count: 0 });
export function diaryChanged(): void {
  changes.count++;
}

/**
 * Saving one diary entry (any of the three diaries) the same way everywhere: `put` it, then
 * show "Saved" (`text` may add to it) with Undo — which puts back the version that was edited
 * (`old`), or deletes the new entry — and tell the diary screens to re-load. `saving` and
 * `failure` (the error message of a save that failed) are for the screen to show.
 */
export class EntrySave<T> {
  saving = $state(false);
  failure = $state<string | null>(null);
  #put: (entryId: string | null, value: T) => Promise<EntrySaved>;
  #entryId: string | null;
  #old: T | null;

  constructor(put: (entryId: string | null, value: T) => Promise<EntrySaved>, entryId: string | null, old: T | null) {
    this.#put = put;
    this.#entryId = entryId;
    this.#old = old;
  }

  /** Resolves to true once saved. */
  async save(value: T, text: (saved: EntrySaved) => string): Promise<boolean> {
    this.saving = true;
    try {
      const saved = await this.#put(this.#entryId, value);
      const old = this.#old;
      const undo =
        old !== null
          ? () => this.#put(saved.entry_id, old)
          : () => call('delete_entry', { entry_id: saved.entry_id });
      showToast(text(saved), ['toast-saved'], undo);
      diaryChanged();
      this.failure = null;
      return true;
    } catch (e) {
      this.failure = toApiError(e).message;
      return false;
    } finally {
      this.saving = false;
    }
  }
}
