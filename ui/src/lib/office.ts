// Office sign-in on shared equipment (hub-served UI only): who is signed in on this browser, as
// the start needs to know. The session lives in an HttpOnly cookie the hub sets; this page never
// sees the token and keeps nothing of the participant's. The names to tap, PIN sign-in and
// sign-out are office-session.ts, loaded with the screens that use them (issue 12 point 6).
import type { OfficeStatus } from './api-types';
import { httpJson, inTauri } from './transport';

/** A call to the hub's office routes. */
export function office<R>(path: string, body?: unknown): Promise<R> {
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

/** The query flag the page reloads with after signing out, so it can say so. */
export const SIGNED_OUT_FLAG = 'signed-out';

/** True once, right after a sign-out reload; removes the flag from the address bar. */
export function justSignedOut(): boolean {
  const params = new URLSearchParams(location.search);
  if (!params.has(SIGNED_OUT_FLAG)) return false;
  history.replaceState(null, '', location.pathname);
  return true;
}
