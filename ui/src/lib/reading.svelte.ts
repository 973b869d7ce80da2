// What every reader of one clip works out the same way (the step reader, the presenter, live
// follow): the text cut into the clip's sentences, whether the shared player holds this clip,
// and the sentence being read. `ReadAlong.svelte` draws it.
import type { SentenceTiming, VoiceView } from './api-types';
import { sentenceAt, splitText, type Piece } from './readalong';
import { audio } from './state.svelte';

export interface Reading {
  readonly sentences: readonly SentenceTiming[];
  readonly pieces: Piece[];
  /** The shared player holds this clip (playing, paused or stopped at its end). */
  readonly mine: boolean;
  /** This clip is playing or paused: the read-along marks follow it. */
  readonly reading: boolean;
  /** Index of the sentence being read, or -1. */
  readonly current: number;
  /** The clip being read (its `src`), or null when it is not. */
  readonly clip: string | null;
}

/** Follow the clip `voice()` of the text `text()`; both are read reactively. */
export function readingOf(text: () => string | null | undefined, voice: () => VoiceView | null | undefined): Reading {
  const sentences = $derived(voice()?.sentences ?? []);
  const pieces = $derived.by(() => {
    const words = text();
    return words == null ? [] : splitText(words, sentences);
  });
  const mine = $derived(!!voice() && audio.src === voice()?.src);
  const reading = $derived(mine && audio.state !== 'stopped');
  const current = $derived(reading ? sentenceAt(sentences, audio.positionMs) : -1);
  return {
    get sentences() {
      return sentences;
    },
    get pieces() {
      return pieces;
    },
    get mine() {
      return mine;
    },
    get reading() {
      return reading;
    },
    get current() {
      return current;
    },
    get clip() {
      return reading ? (voice()?.src ?? null) : null;
    },
  };
}
