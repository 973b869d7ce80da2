// Read-along: which sentence is being spoken at a position in the recording.
import type { SentenceTiming } from './api-types';

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
  if (!Number.isFinite(positionMs) || sentences.length === 0) return -1;
  let found = -1;
  for (let i = 0; i < sentences.length; i++) {
    if (sentences[i].start_ms <= positionMs) found = i;
    else break;
  }
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
