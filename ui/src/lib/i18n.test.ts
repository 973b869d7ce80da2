import { describe, expect, it } from 'vitest';
import { BUILTIN, Strings, loadParser } from './i18n';
import { parseFtl } from './ftl-parse';
import { FluentResource } from '@fluent/bundle';
import type { UiStrings, VoiceView } from './api-types';

const voice: VoiceView = { src: 'cy/home-title.ogg', duration_ms: 900, sentences: [] };

const english = `
home-title = Your sessions
session-progress = { $done } of { $total } steps done
only-english = Only in English
`;
const welsh = `
home-title = Eich sesiynau
session-progress = { $done } o { $total } cam wedi'u gwneud
`;
const builtin = `
home-title = Built-in title
only-builtin = Only built in
`;

function ui(locale: string, ftl: string, fallback_ftl: string): UiStrings {
  return { locale, ftl, fallback_ftl, voices: { 'home-title': voice } };
}

describe('Strings', () => {
  it('uses the chosen language first', () => {
    const s = new Strings(ui('cy', welsh, english), parseFtl, parseFtl(builtin));
    expect(s.t('home-title')).toBe('Eich sesiynau');
    expect(s.t('session-progress', { done: 2, total: 5 })).toBe("2 o 5 cam wedi'u gwneud");
    expect(s.has('home-title')).toBe(true);
  });
  it('falls back to en-GB per message', () => {
    const s = new Strings(ui('cy', welsh, english), parseFtl, parseFtl(builtin));
    expect(s.t('only-english')).toBe('Only in English');
    expect(s.has('only-english')).toBe(false);
  });
  it('then to the built-in words, then to the id', () => {
    const s = new Strings(ui('cy', welsh, english), parseFtl, parseFtl(builtin));
    expect(s.t('only-builtin')).toBe('Only built in');
    expect(s.t('no-such-message')).toBe('no-such-message');
  });
  it('puts no isolation marks around arguments', () => {
    const s = new Strings(ui('en-GB', english, english), parseFtl, parseFtl(builtin));
    expect(s.t('session-progress', { done: 1, total: 3 })).toBe('1 of 3 steps done');
  });
  it('still gives words when an argument is missing', () => {
    const s = new Strings(ui('en-GB', english, english), parseFtl, parseFtl(builtin));
    expect(s.t('session-progress')).toContain('steps done');
  });
  it('works with no strings from the API at all', () => {
    const s = new Strings(null);
    expect(s.locale).toBe('en-GB');
    expect(s.t('home-title')).toBe('Your sessions');
    expect(s.t('error-db-body', { path: '/x/hub.db' })).toContain('/x/hub.db');
    expect(s.voice('home-title')).toBeUndefined();
  });
  it('survives broken Fluent source', () => {
    const s = new Strings(ui('cy', 'home-title = \n = = broken {', english), parseFtl, parseFtl(builtin));
    expect(s.t('home-title')).toBe('Your sessions');
  });
  it('gives the voice for a message', () => {
    const s = new Strings(ui('cy', welsh, english), parseFtl, parseFtl(builtin));
    expect(s.voice('home-title')).toEqual(voice);
    expect(s.voice('toString')).toBeUndefined();
  });
  it('reads the built-in words parsed at build time as the parser reads them', async () => {
    const { default: text } = await import('./default-strings.ftl?raw');
    expect(BUILTIN.body).toEqual(new FluentResource(text).body);
    expect(BUILTIN.body.length).toBeGreaterThan(10);
  });
  it('loads the parser once', async () => {
    const parse = await loadParser();
    expect(await loadParser()).toBe(parse);
    expect(parse('a = b').body).toEqual([{ id: 'a', value: 'b', attributes: {} }]);
  });
  it('keeps the built-in words beneath the API ones', () => {
    const s = new Strings(ui('cy', welsh, english), parseFtl);
    expect(s.t('home-title')).toBe('Eich sesiynau');
    expect(s.t('error-db-body', { path: '/x/hub.db' })).toContain('/x/hub.db');
  });
});
