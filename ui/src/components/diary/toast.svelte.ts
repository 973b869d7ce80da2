// The "Saved. Undo" message shown after a diary change; it stays until closed or replaced
// (no time limit, WCAG 2.2.1).
import { toApiError } from '../../lib/transport';
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
