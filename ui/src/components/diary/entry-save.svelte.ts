// Saving a diary entry with its Undo (the toast, toast.svelte.ts). Apart from the toast, which is
// on every screen, so that only the diaries' own chunks carry it (issue 12 point 6).
import type { EntrySaved } from '../../lib/api-types';
import { call, toApiError } from '../../lib/transport';
import { diaryChanged, showToast } from './toast.svelte';

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
