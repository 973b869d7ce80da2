// The live group session, for a participant's screen: the same calls in the app and in an
// office browser, over different transports.
//
// - In the app, the Rust side holds the hub's push stream over the pinned HTTPS and sends each
//   change through a Tauri Channel (`live_follow`); join and the nameless tally go through the
//   app's `live_join` / `live_answer` commands.
// - In an office browser (signed in with a PIN), the page follows its own origin's
//   `./live/v1/events` (Server-Sent Events; the browser reconnects by itself) and posts to
//   `./live/v1/join` and `./live/v1/answer` with the session cookie.
//
// Either way the participant's own records (the steps followed, their answer) are written by the
// ordinary commands (`follow_live_step`, `answer_step`), so they are theirs as ever.
import type { LiveAnswered, LiveAnswerRequest, LiveNowView, LiveSummary } from './api-types';
import { ApiError, callSync, followInApp, httpJson, inTauri } from './transport';

export type LiveListener = (now: LiveNowView) => void;

/**
 * Follow the group's live session: `on` gets the state now and then every change, with
 * `connected: false` while the hub cannot be reached (the last step is kept). Returns a function
 * that stops listening. Rejects if this device cannot follow at all (an app not paired).
 */
export async function followLive(on: LiveListener): Promise<() => void> {
  if (inTauri()) return followInApp<LiveNowView>('live_follow', on);
  let last: LiveSummary | null = null;
  const source = new EventSource('./live/v1/events', { withCredentials: true });
  source.addEventListener('live', (event) => {
    try {
      last = JSON.parse((event as MessageEvent<string>).data) as LiveSummary | null;
      on({ live: last, connected: true });
    } catch {
      /* a push that is not JSON: ignore it; the next one says the state again */
    }
  });
  source.onerror = () => {
    // The browser reconnects by itself; the first push after that is the state now.
    on({ live: last, connected: false });
  };
  return () => source.close();
}

export function joinLive(liveId: string): Promise<LiveSummary> {
  if (inTauri()) return callSync('live_join', { live_id: liveId });
  return httpJson<LiveSummary>('./live/v1/join', { live_id: liveId });
}

/** One more for this answer on the room's tally, with no name. */
export function answerLive(request: LiveAnswerRequest): Promise<LiveAnswered> {
  if (inTauri()) return callSync('live_answer', request);
  return httpJson<LiveAnswered>('./live/v1/answer', request);
}

/** True if following failed only because this device has no hub (an unpaired app). */
export function noHub(e: unknown): boolean {
  return e instanceof ApiError && e.code === 'invalid_input';
}
