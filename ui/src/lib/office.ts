// Office sign-in on shared equipment (hub-served UI only): who is signed in on this browser,
// the names to tap, PIN sign-in and sign-out. The session lives in an HttpOnly cookie the hub
// sets; this page never sees the token and keeps nothing of the participant's.
import type {
  OfficeChoosePinRequest,
  OfficeNames,
  OfficeSessionView,
  OfficeSignInRequest,
  OfficeStatus,
} from './api-types';
import { httpJson, inTauri } from './transport';

function office<R>(path: string, body?: unknown): Promise<R> {
  return httpJson<R>(`./office/v1/${path}`, body);
}

/** Who is signed in here, and whether signing in is needed. `null` in the app (no office). */
export async function officeStatus(): Promise<OfficeStatus | null> {
  if (inTauri()) return null;
  try {
    return await office<OfficeStatus>('status');
  } catch {
    return null;
  }
}

export function officeNames(): Promise<OfficeNames> {
  return office<OfficeNames>('names');
}

export function signIn(request: OfficeSignInRequest): Promise<OfficeSessionView> {
  return office<OfficeSessionView>('sign-in', request);
}

export function choosePin(request: OfficeChoosePinRequest): Promise<OfficeSessionView> {
  return office<OfficeSessionView>('choose-pin', request);
}

/** The query flag the page reloads with after signing out, so it can say so. */
export const SIGNED_OUT_FLAG = 'signed-out';

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

/** True once, right after a sign-out reload; removes the flag from the address bar. */
export function justSignedOut(): boolean {
  const params = new URLSearchParams(location.search);
  if (!params.has(SIGNED_OUT_FLAG)) return false;
  history.replaceState(null, '', location.pathname);
  return true;
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
