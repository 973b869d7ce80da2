// Generated from crates/api/src/dto.rs by `cargo xtask bindings`. Do not edit by hand.

export type Code = "invalid_input" | "not_found" | "database_unavailable" | "internal";

export type Error = { code: Code, message: string, };

export type StatusRequest = Record<symbol, never>;

export type StatusView = { version: string, locales: Array<string>, database: DatabaseStatus, };

export type DatabaseStatus = { "state": "ok" } | { "state": "unavailable", path: string, reason: string, };

export type UiStringsRequest = { locale: string, };

export type UiStrings = { locale: string, ftl: string, fallback_ftl: string, voices: { [key in string]: VoiceView }, };

export type ListSessionsRequest = { locale: string, };

export type SessionList = { sessions: Array<SessionSummary>, };

export type SessionSummary = { id: string, number: number, title: string, title_voice: VoiceView | null, step_count: number, steps_completed: number, 
/**
 * Index of the step to open: the first not yet completed (0 when none or all are done).
 */
resume_step: number, };

export type GetStepRequest = { locale: string, session_id: string, step_index: number, };

export type StepView = { session_id: string, session_title: string, step_id: string, step_index: number, step_count: number, kind: string, text: string, voice: VoiceView | null, completed: boolean, };

export type CompleteStepRequest = { session_id: string, step_id: string, };

export type StepCompleted = { session_id: string, steps_completed: number, step_count: number, session_complete: boolean, };

export type VoiceView = { 
/**
 * Path under the audio root, `<locale>/<file>`: the hub serves it at `/audio/<src>`, the app
 * plays it natively by the same name.
 */
src: string, duration_ms: number, sentences: Array<SentenceTiming>, };

export type SentenceTiming = { text: string, start_ms: number, end_ms: number, };

export type AudioPlayRequest = { 
/**
 * A [`VoiceView::src`].
 */
src: string, 
/**
 * Where to start, in milliseconds from the beginning.
 */
start_ms: number, 
/**
 * Playback speed, 0.75 to 1.5.
 */
rate: number, };

export type AudioControlRequest = Record<symbol, never>;

export type PlaybackState = "playing" | "paused" | "stopped";

export type AudioStatus = { state: PlaybackState, src: string | null, 
/**
 * Position in the clip, in milliseconds of the recording (not of wall time at other speeds).
 */
position_ms: number, 
/**
 * False when no sound device was found: the words still highlight on time, silently.
 */
speaker: boolean, };

/** Every use-case by name: the Tauri command and the hub route `POST /api/<name>`. */
export interface Commands {
  status: { request: StatusRequest; response: StatusView };
  ui_strings: { request: UiStringsRequest; response: UiStrings };
  list_sessions: { request: ListSessionsRequest; response: SessionList };
  get_step: { request: GetStepRequest; response: StepView };
  complete_step: { request: CompleteStepRequest; response: StepCompleted };
}

/** App-only commands: native voice-over playback through rodio. */
export interface AudioCommands {
  audio_play: { request: AudioPlayRequest; response: AudioStatus };
  audio_pause: { request: AudioControlRequest; response: AudioStatus };
  audio_resume: { request: AudioControlRequest; response: AudioStatus };
  audio_stop: { request: AudioControlRequest; response: AudioStatus };
  audio_status: { request: AudioControlRequest; response: AudioStatus };
}
