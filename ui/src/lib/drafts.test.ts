import { describe, expect, it } from 'vitest';
import { Drafts } from './drafts';
import { SAVING_COMMANDS } from './transport';

function memory() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    key: (i: number) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
    m,
  };
}

describe('unsaved text', () => {
  it('is kept per screen and field, and an emptied field is forgotten', () => {
    const store = memory();
    const d = new Drafts(() => store);
    expect(d.any()).toBe(false);
    d.record('step:s01:2', 'reflect-input', 'I felt');
    d.record('step:s01:2', 'reflect-input', 'I felt fine');
    d.record('diary:drink:beer', 'drink-where', 'Home');
    expect(d.fields('step:s01:2')).toEqual({ 'reflect-input': 'I felt fine' });
    expect(d.any()).toBe(true);
    d.record('diary:drink:beer', 'drink-where', '');
    expect(d.fields('diary:drink:beer')).toEqual({});
    expect([...store.m.keys()]).toEqual(['waymark.draft.step:s01:2']);
  });

  it('is forgotten for a screen once saved, and survives damaged storage', () => {
    const store = memory();
    const d = new Drafts(() => store);
    d.record('my-plan', 'plan-input-a-b', 'Call Sam');
    d.record('step:s02:1', 'reflect-input', 'x');
    d.forget('my-plan');
    expect(d.fields('my-plan')).toEqual({});
    expect(d.any()).toBe(true);
    store.setItem('waymark.draft.bad', '{not json');
    expect(d.fields('bad')).toEqual({});
    d.clear();
    expect(d.any()).toBe(false);
  });

  it('works without storage at all', () => {
    const d = new Drafts(() => null);
    d.record('a', 'b', 'c');
    expect(d.fields('a')).toEqual({});
    expect(d.any()).toBe(false);
  });

  it('counts only writes as saving', () => {
    expect(SAVING_COMMANDS.has('answer_step')).toBe(true);
    expect(SAVING_COMMANDS.has('get_step')).toBe(false);
  });
});
