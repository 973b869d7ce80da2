// One typed way to call the Waymark API, the same in the app (Tauri IPC) and in an office browser
// (HTTP to the hub). See crates/api: every use-case is a Tauri command and `POST /api/<name>`.
import { CODES } from './api-types';
import type { AudioCommands, Code, Commands, HubCommands, SyncCommands } from './api-types';

/** `network` is ours: the hub could not be reached at all (no answer, not JSON). */
export type ErrorCode = Code | 'network';

export class ApiError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

// Every `Code`, generated from Rust.
const KNOWN_CODES: readonly string[] = CODES;

/**
 * True for the app's own pages inside the Tauri app (desktop or mobile webview). A page the hub
 * serves is a browser page even in the app's window (the facilitator's app hosting the hub):
 * the app's pages come from its own protocol (`tauri://localhost`, or `http://tauri.localhost`
 * on Windows and Android).
 */
export function inTauri(): boolean {
  if (typeof window === 'undefined' || !('__TAURI_INTERNALS__' in window)) return false;
  return location.protocol === 'tauri:' || location.hostname === 'tauri.localhost';
}

/** Turn whatever a failed call produced into an ApiError. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (typeof e === 'object' && e !== null && 'message' in e) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    const known = typeof code === 'string' && KNOWN_CODES.includes(code);
    return new ApiError(known ? (code as Code) : 'internal', String(message));
  }
  if (typeof e === 'string') {
    // Tauri may hand back a JSON string.
    try {
      const parsed: unknown = JSON.parse(e);
      if (typeof parsed === 'object' && parsed !== null && 'message' in parsed) return toApiError(parsed);
    } catch {
      /* not JSON: use as is */
    }
    return new ApiError('internal', e);
  }
  return new ApiError('internal', String(e));
}

/**
 * Tauri's IPC, as `invoke` of `@tauri-apps/api/core` reaches it (that function is this one
 * line). The module itself is loaded only for the live session's Channel (`followInApp`), so a
 * browser, and the app's first screen, do without it (issue 12 point 6).
 */
interface TauriInternals {
  invoke<R>(cmd: string, args: Record<string, unknown>): Promise<R>;
}

async function viaTauri<R>(name: string, request: unknown): Promise<R> {
  try {
    const tauri = (window as unknown as { __TAURI_INTERNALS__: TauriInternals }).__TAURI_INTERNALS__;
    return await tauri.invoke<R>(name, { request });
  } catch (e) {
    throw toApiError(e);
  }
}

/**
 * In the app: call a streaming command (`live_follow`) that answers with the state now and then
 * sends every change through a Tauri Channel. `on` gets the first state and each change until the
 * returned function is called.
 */
export async function followInApp<T>(name: 'live_follow', on: (value: T) => void): Promise<() => void> {
  const { Channel, invoke } = await import('@tauri-apps/api/core');
  let listening = true;
  const channel = new Channel<T>();
  channel.onmessage = (value) => {
    if (listening) on(value);
  };
  try {
    const first = await invoke<T>(name, { request: {}, onEvent: channel });
    on(first);
  } catch (e) {
    throw toApiError(e);
  }
  return () => {
    listening = false;
  };
}

/**
 * JSON over HTTP to the hub that served this page: GET without a body, POST with one. Cookies
 * go only to the same origin; nothing is cached.
 */
export async function httpJson<R>(url: string, body?: unknown): Promise<R> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (e) {
    throw new ApiError('network', e instanceof Error ? e.message : String(e));
  }
  let parsed: unknown;
  try {
    parsed = await response.json();
  } catch {
    throw new ApiError(response.ok ? 'internal' : 'network', `The hub answered ${response.status} without JSON.`);
  }
  if (!response.ok) throw toApiError(parsed);
  return parsed as R;
}

/** Fired when the hub says an office session is over (timed out or signed out elsewhere). */
export const SIGNED_OUT_EVENT = 'waymark:signed-out';

async function viaHttp<R>(name: string, request: unknown, prefix = './api/'): Promise<R> {
  try {
    return await httpJson<R>(prefix + name, request);
  } catch (e) {
    if (e instanceof ApiError && e.code === 'unauthorized' && prefix === './api/') {
      window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
    }
    throw e;
  }
}

/** Sent on `window` after one of {@link SAVING_COMMANDS} succeeded (lib/drafts.ts then forgets the screen's unsaved text). */
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

/** Call a use-case by name with its request; resolves to its response or throws an ApiError. */
export function call<K extends keyof Commands>(
  name: K,
  request: Commands[K]['request'],
): Promise<Commands[K]['response']> {
  const answer: Promise<Commands[K]['response']> = inTauri() ? viaTauri(name, request) : viaHttp(name, request);
  if (SAVING_COMMANDS.has(name)) {
    void answer.then(
      () => globalThis.dispatchEvent?.(new Event(SAVED_EVENT)),
      () => {},
    );
  }
  return answer;
}

/** App-only native audio commands (there is no hub route for these). */
export function callAudio<K extends keyof AudioCommands>(
  name: K,
  request: AudioCommands[K]['request'],
): Promise<AudioCommands[K]['response']> {
  return viaTauri(name, request);
}

/** App-only pairing and sync with the office hub (network; there is no hub route for these). */
export function callSync<K extends keyof SyncCommands>(
  name: K,
  request: SyncCommands[K]['request'],
): Promise<SyncCommands[K]['response']> {
  return viaTauri(name, request);
}

/** A facilitator use-case: `POST ./hub/api/<name>`, served only to the hub's own machine. */
export function callHub<K extends keyof HubCommands>(
  name: K,
  request: HubCommands[K]['request'],
): Promise<HubCommands[K]['response']> {
  return viaHttp(name, request, './hub/api/');
}

/** True when this page is the hub's own screen (loopback), where the facilitator's routes answer. */
export async function facilitatorAvailable(): Promise<boolean> {
  if (inTauri()) return false;
  try {
    await callHub('list_groups', {});
    return true;
  } catch {
    return false;
  }
}
