// Voices for a list of UI message ids (those with voice-over; others are skipped).
import type { VoiceView } from '../../lib/api-types';
import { i18n, player, settings } from '../../lib/state.svelte';

export function voices(ids: string[]): VoiceView[] {
  return ids.map((id) => i18n.strings.voice(id)).filter((v): v is VoiceView => !!v);
}

/** Play messages one after another now. */
export function say(ids: string[]): void {
  const list = voices(ids);
  if (list.length > 0) player.playAll(list);
}

/** Play only when the person has "listen mode" (autoplay) on. */
export function sayIfListening(ids: string[]): void {
  if (settings.autoplay) say(ids);
}
