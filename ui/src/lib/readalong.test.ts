import { describe, expect, it } from 'vitest';
import { sentenceAt, splitText } from './readalong';
import type { SentenceTiming } from './api-types';

const s = (text: string, start_ms: number, end_ms: number): SentenceTiming => ({ text, start_ms, end_ms });
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
