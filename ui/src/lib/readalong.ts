// Read-along: which sentence is being spoken at a position in the recording.
import type { SentenceTiming, WordTiming } from './api-types';

/**
 * Index of the sentence to highlight at `positionMs` (milliseconds of the recording), or -1.
 *
 * A sentence covers `[start_ms, end_ms)`. In a silent gap between two sentences the earlier one
 * stays highlighted, so the highlight does not flicker off between sentences. Before the first
 * sentence starts, at or after the last one ends, for an empty list or a position that is not a
 * finite number, the answer is -1. Sentences are expected in order; overlaps resolve to the later
 * sentence once it has started.
 */
export function sentenceAt(sentences: readonly SentenceTiming[], positionMs: number): number {
  if (!Number.isFinite(positionMs)) return -1;
  const found = lastStarted(sentences, (s) => s.start_ms, positionMs);
  if (found === -1) return -1;
  const last = sentences.length - 1;
  if (found === last && positionMs >= sentences[last].end_ms) return -1;
  return found;
}

/** A piece of step text: a timed sentence (with its index) or the text between sentences. */
export type Piece = { kind: 'sentence'; index: number; text: string } | { kind: 'gap'; text: string };

/**
 * Split `text` into the timed sentences and the text between them (spaces, line breaks), so the
 * words on screen are exactly the step's text. If a sentence cannot be found in order, the
 * sentences alone are shown, joined by spaces; with no timings the whole text is one gap.
 */
export function splitText(text: string, sentences: readonly SentenceTiming[] | null | undefined): Piece[] {
  if (!sentences || sentences.length === 0) return text ? [{ kind: 'gap', text }] : [];
  const pieces: Piece[] = [];
  let cursor = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i].text.trim();
    const at = s ? text.indexOf(s, cursor) : -1;
    if (at < 0) return joined(sentences);
    if (at > cursor) pieces.push({ kind: 'gap', text: text.slice(cursor, at) });
    pieces.push({ kind: 'sentence', index: i, text: s });
    cursor = at + s.length;
  }
  if (cursor < text.length) pieces.push({ kind: 'gap', text: text.slice(cursor) });
  return pieces;
}

function joined(sentences: readonly SentenceTiming[]): Piece[] {
  const pieces: Piece[] = [];
  sentences.forEach((s, i) => {
    if (i > 0) pieces.push({ kind: 'gap', text: ' ' });
    pieces.push({ kind: 'sentence', index: i, text: s.text.trim() });
  });
  return pieces;
}

/**
 * Index of the word to mark at `positionMs`: the word being said, or in the pause after a word
 * the last one said (so the mark does not flicker between words), or -1 before the first word,
 * for a sentence without word timings or a position that is not a finite number. Words are
 * expected in order (the content check guarantees it for the shipped clips).
 */
export function wordAt(sentence: SentenceTiming | null | undefined, positionMs: number): number {
  if (!Number.isFinite(positionMs)) return -1;
  return lastStarted(sentence?.words ?? [], (w) => w.from_ms, positionMs);
}

/** Index of the last of `items` (in order) that starts at or before `positionMs`, or -1 if none has begun. */
function lastStarted<T>(items: readonly T[], start: (item: T) => number, positionMs: number): number {
  let found = -1;
  for (let i = 0; i < items.length; i++) {
    if (start(items[i]) <= positionMs) found = i;
    else break;
  }
  return found;
}

/** A piece of one sentence: a timed word (with its index) or the text between words. */
export type WordPiece = { kind: 'word'; index: number; text: string } | { kind: 'gap'; text: string };

/**
 * Split a displayed sentence into spans, one per timed word, keeping every character of `text`
 * (spaces and punctuation stay in the spans or the gaps between them). A word is a
 * whitespace-separated token with a letter or digit in it, as the content loader counts them, so
 * "Don't," is one word and a lone dash is a gap. If the count of words differs from the count of
 * timings (a sentence with no timings, or a recording that does not match the text), the whole
 * sentence is one gap: the reader marks the sentence and no word.
 */
export function splitWords(text: string, words: readonly WordTiming[] | null | undefined): WordPiece[] {
  if (!text) return [];
  const tokens = [...text.matchAll(/\S+/g)].filter((m) => /[\p{L}\p{N}]/u.test(m[0]));
  if (!words || words.length === 0 || tokens.length !== words.length) return [{ kind: 'gap', text }];
  const pieces: WordPiece[] = [];
  let cursor = 0;
  tokens.forEach((m, index) => {
    const at = m.index ?? 0;
    if (at > cursor) pieces.push({ kind: 'gap', text: text.slice(cursor, at) });
    pieces.push({ kind: 'word', index, text: m[0] });
    cursor = at + m[0].length;
  });
  if (cursor < text.length) pieces.push({ kind: 'gap', text: text.slice(cursor) });
  return pieces;
}

/**
 * What a polite live region should say while a clip plays: each sentence's text the first time
 * it is reached, and nothing for words or for a sentence already said, so a screen reader hears
 * at most one announcement per sentence of a clip. A new clip (`key`) starts afresh.
 */
export class SentenceAnnouncer {
  #key: string | null = null;
  #said = new Set<number>();

  /** The text to announce now, or null when there is nothing new to say. */
  next(key: string | null, index: number, text: string | undefined): string | null {
    if (key !== this.#key) {
      this.#key = key;
      this.#said.clear();
    }
    if (key === null || index < 0 || !text || this.#said.has(index)) return null;
    this.#said.add(index);
    return text;
  }

  /** How many announcements this clip has had. */
  get count(): number {
    return this.#said.size;
  }
}
