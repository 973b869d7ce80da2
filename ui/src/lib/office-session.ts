// An office session's calls (hub-served UI only): the names to tap, PIN sign-in, choosing a PIN,
// sign-out, and the idle timer that signs out. Apart from office.ts, which the start needs, so
// that these load with the screens that use them (issue 12 point 6).
import type { OfficeChoosePinRequest, OfficeNames, OfficeSessionView, OfficeSignInRequest } from './api-types';
import { office, SIGNED_OUT_FLAG } from './office';

export function officeNames(): Promise<OfficeNames> {
  return office<OfficeNames>('names');
}

export function signIn(request: OfficeSignInRequest): Promise<OfficeSessionView> {
  return office<OfficeSessionView>('sign-in', request);
}

export function choosePin(request: OfficeChoosePinRequest): Promise<OfficeSessionView> {
  return office<OfficeSessionView>('choose-pin', request);
}

/**
 * Sign out and leave nothing readable: the hub ends the session and answers with
 * Clear-Site-Data; this also empties storage itself, then reloads the page from scratch
 * (replacing this history entry), so no screen of theirs stays in memory.
 */
export async function signOut(): Promise<void> {
  try {
    await office('sign-out', {});
  } catch {
    /* the hub may be gone; the session then expires by itself and the page still reloads */
  }
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    /* storage may be unavailable */
  }
  location.replace(`./?${SIGNED_OUT_FLAG}=1`);
}

/**
 * Call `onidle` after `ms` without a touch, click, scroll or key press, and `onactive` on each
 * of them; returns a stop function.
 */
export function watchIdle(ms: number, onidle: () => void, onactive?: () => void): () => void {
  let timer = setTimeout(onidle, ms);
  const reset = (): void => {
    clearTimeout(timer);
    timer = setTimeout(onidle, ms);
    onactive?.();
  };
  const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
  for (const e of events) window.addEventListener(e, reset, { passive: true });
  return () => {
    clearTimeout(timer);
    for (const e of events) window.removeEventListener(e, reset);
  };
}
