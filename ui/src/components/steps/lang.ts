// Which language a piece of text is really in, so it can be marked up (`lang`) for screen
// readers and speech: text the chosen language lacks falls back to English.
import type { VoiceView } from '../../lib/api-types';
import { SOURCE_LOCALE } from '../../lib/i18n';
import { i18n } from '../../lib/state.svelte';

/**
 * Content text (steps, choices, prompts) from the API. The API does not say which locale a
 * text came from, but its voice-over path does (`<locale>/<file>`): the API falls back to the
 * English recording exactly when the chosen language has no recording of that message, and
 * `cargo xtask voice` records every message a language has. So the voice's locale is the
 * text's, and `lang` is set only when it differs from the UI's.
 *
 * Known gap: today `Api::voice` asks `Content::audio`, which itself falls back to English, so
 * every path names the requested locale and this returns undefined. It starts working, with no
 * change here, once the API names the locale of the file it actually found.
 */
export function voiceLang(voice: VoiceView | null | undefined): string | undefined {
  const locale = voice?.src.split('/')[0];
  return locale && locale !== i18n.strings.locale ? locale : undefined;
}

/** UI words: `en-GB` when the chosen language lacks message `id` and English is shown. */
export function uiLang(id: string): string | undefined {
  return i18n.strings.locale !== SOURCE_LOCALE && !i18n.strings.has(id) ? SOURCE_LOCALE : undefined;
}

/** The session number in a session id such as `s05` (0 if there is none). */
export function sessionNumber(sessionId: string): number {
  return Number(sessionId.replace(/\D+/g, '')) || 0;
}

/**
 * The longest answer a text box takes (the API's limit). A box that reaches it says so
 * (`text-full`), so pasted text is never cut without a word.
 */
export const MAX_ANSWER = 2000;
