import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SentenceAnnouncer, sentenceAt, splitText, splitWords, wordAt } from './readalong';
import type { SentenceTiming } from './api-types';

const s = (text: string, start_ms: number, end_ms: number): SentenceTiming => ({ text, start_ms, end_ms, words: [] });
// Two sentences back to back, a silent gap, then a third.
const timings = [s('One.', 100, 1000), s('Two.', 1000, 2000), s('Three.', 2500, 3000)];

describe('sentenceAt', () => {
  it('is -1 for no sentences', () => {
    expect(sentenceAt([], 0)).toBe(-1);
    expect(sentenceAt([], 500)).toBe(-1);
  });
  it('is -1 before the first sentence starts', () => {
    expect(sentenceAt(timings, 0)).toBe(-1);
    expect(sentenceAt(timings, 99)).toBe(-1);
    expect(sentenceAt(timings, -5)).toBe(-1);
  });
  it('includes the start and excludes the end', () => {
    expect(sentenceAt(timings, 100)).toBe(0);
    expect(sentenceAt(timings, 999)).toBe(0);
    expect(sentenceAt(timings, 1000)).toBe(1);
    expect(sentenceAt(timings, 1999)).toBe(1);
  });
  it('keeps the earlier sentence through a silent gap', () => {
    expect(sentenceAt(timings, 2000)).toBe(1);
    expect(sentenceAt(timings, 2499)).toBe(1);
    expect(sentenceAt(timings, 2500)).toBe(2);
  });
  it('is -1 at and after the end of the last sentence', () => {
    expect(sentenceAt(timings, 2999)).toBe(2);
    expect(sentenceAt(timings, 3000)).toBe(-1);
    expect(sentenceAt(timings, 1e9)).toBe(-1);
  });
  it('handles one sentence and fractional positions', () => {
    const one = [s('Only.', 0, 500)];
    expect(sentenceAt(one, 0)).toBe(0);
    expect(sentenceAt(one, 499.9)).toBe(0);
    expect(sentenceAt(one, 500)).toBe(-1);
  });
  it('is -1 for positions that are not numbers', () => {
    expect(sentenceAt(timings, Number.NaN)).toBe(-1);
    expect(sentenceAt(timings, Number.POSITIVE_INFINITY)).toBe(-1);
  });
  it('resolves an overlap to the later sentence once it starts', () => {
    const overlap = [s('A.', 0, 1200), s('B.', 1000, 2000)];
    expect(sentenceAt(overlap, 999)).toBe(0);
    expect(sentenceAt(overlap, 1000)).toBe(1);
  });
});

describe('splitText', () => {
  it('keeps the text between sentences, line breaks included', () => {
    const text = 'One.  Two.\n\nThree.';
    const pieces = splitText(text, timings);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.kind === 'sentence').map((p) => p.text)).toEqual(['One.', 'Two.', 'Three.']);
  });
  it('falls back to the whole text without timings', () => {
    expect(splitText('Hello there.', null)).toEqual([{ kind: 'gap', text: 'Hello there.' }]);
    expect(splitText('Hello there.', [])).toEqual([{ kind: 'gap', text: 'Hello there.' }]);
    expect(splitText('', [])).toEqual([]);
  });
  it('joins the sentences when they do not match the text', () => {
    const pieces = splitText('Something else entirely.', timings);
    expect(pieces.map((p) => p.text).join('')).toBe('One. Two. Three.');
  });
});

// "Don't stop, now." spoken from 1000 to 2400 ms: three words with pauses between them.
const timed: SentenceTiming = {
  text: "Don't stop, now.",
  start_ms: 1000,
  end_ms: 2400,
  words: [
    { word: "Don't", from_ms: 1000, to_ms: 1300 },
    { word: 'stop', from_ms: 1400, to_ms: 1700 },
    { word: 'now', from_ms: 1900, to_ms: 2300 },
  ],
};

describe('wordAt', () => {
  it('is -1 before the first word and for a sentence without word timings', () => {
    expect(wordAt(timed, 999)).toBe(-1);
    expect(wordAt(s('Croeso.', 0, 800), 400)).toBe(-1);
    expect(wordAt(null, 400)).toBe(-1);
    expect(wordAt(timed, Number.NaN)).toBe(-1);
  });
  it('marks the word being said, from its first millisecond', () => {
    expect(wordAt(timed, 1000)).toBe(0);
    expect(wordAt(timed, 1400)).toBe(1);
    expect(wordAt(timed, 2000)).toBe(2);
  });
  it('keeps the last word said through a pause and after the last word', () => {
    expect(wordAt(timed, 1350)).toBe(0);
    expect(wordAt(timed, 1800)).toBe(1);
    expect(wordAt(timed, 2399)).toBe(2);
    expect(wordAt(timed, 9000)).toBe(2);
  });
});

describe('wordAt with a playing clip (fake clock)', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  /** Position of a clip started at `fromMs` and played at `rate`, as the player reports it. */
  function play(fromMs: number, rate: number): () => number {
    const began = Date.now();
    return () => fromMs + (Date.now() - began) * rate;
  }

  function marksEvery100ms(position: () => number, steps: number): number[] {
    const seen: number[] = [];
    for (let i = 0; i < steps; i++) {
      seen.push(wordAt(timed, position()));
      vi.advanceTimersByTime(100);
    }
    return seen;
  }

  it('moves forward one word at a time at normal speed', () => {
    const seen = marksEvery100ms(play(900, 1), 15);
    expect(seen).toEqual([-1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
  });
  it('reaches each word sooner at 1.5x', () => {
    const position = play(1000, 1.5);
    vi.advanceTimersByTime(267); // 1000 + 400 ms of recording
    expect(wordAt(timed, position())).toBe(1);
    vi.advanceTimersByTime(333); // 1000 + 900 ms of recording
    expect(wordAt(timed, position())).toBe(2);
  });
  it('follows a seek back and a replay from the start', () => {
    let position = play(1900, 1);
    expect(wordAt(timed, position())).toBe(2);
    position = play(1400, 1); // seek back to "stop"
    expect(wordAt(timed, position())).toBe(1);
    position = play(0, 1); // say it again from the beginning
    expect(wordAt(timed, position())).toBe(-1);
    vi.advanceTimersByTime(1000);
    expect(wordAt(timed, position())).toBe(0);
  });
});

describe('splitWords', () => {
  it('gives one span per timed word and keeps every character', () => {
    const pieces = splitWords(timed.text, timed.words);
    expect(pieces).toEqual([
      { kind: 'word', index: 0, text: "Don't" },
      { kind: 'gap', text: ' ' },
      { kind: 'word', index: 1, text: 'stop,' },
      { kind: 'gap', text: ' ' },
      { kind: 'word', index: 2, text: 'now.' },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(timed.text);
  });
  it('leaves a lone dash between words as a gap', () => {
    const words = [
      { word: 'Stop', from_ms: 0, to_ms: 100 },
      { word: 'think', from_ms: 200, to_ms: 300 },
    ];
    const pieces = splitWords('Stop – think.', words);
    expect(pieces.filter((p) => p.kind === 'word').map((p) => p.text)).toEqual(['Stop', 'think.']);
    expect(pieces.map((p) => p.text).join('')).toBe('Stop – think.');
  });
  it('marks no word when there are no timings or the counts differ', () => {
    expect(splitWords('Croeso.', [])).toEqual([{ kind: 'gap', text: 'Croeso.' }]);
    expect(splitWords('Croeso.', undefined)).toEqual([{ kind: 'gap', text: 'Croeso.' }]);
    expect(splitWords('Two words.', timed.words)).toEqual([{ kind: 'gap', text: 'Two words.' }]);
    expect(splitWords('', timed.words)).toEqual([]);
  });
});

describe('SentenceAnnouncer', () => {
  it('says each sentence once per clip, however often the position is read', () => {
    const a = new SentenceAnnouncer();
    const said: (string | null)[] = [];
    for (const i of [-1, 0, 0, 0, 1, 1, 0, 1, 2, 2]) said.push(a.next('a.ogg', i, `s${i}`));
    expect(said.filter((x) => x !== null)).toEqual(['s0', 's1', 's2']);
    expect(a.count).toBe(3);
  });
  it('starts afresh for a new clip and says nothing when nothing plays', () => {
    const a = new SentenceAnnouncer();
    expect(a.next('a.ogg', 0, 'One.')).toBe('One.');
    expect(a.next(null, 0, 'One.')).toBeNull();
    expect(a.next('b.ogg', 0, 'Un.')).toBe('Un.');
  });
});
