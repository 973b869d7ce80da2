import { describe, expect, it } from 'vitest';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { HELPLINES, numberIn } from './helplines';
import EN from '../../../content/locales/en-GB/ui-diary.ftl?raw';
import CY from '../../../content/locales/cy/ui-diary.ftl?raw';

function words(locale: string): FluentBundle {
  const b = new FluentBundle(locale, { useIsolating: false });
  b.addResource(new FluentResource(locale === 'cy' ? CY : EN));
  return b;
}

describe('helplines', () => {
  for (const locale of ['en-GB', 'cy']) {
    it(`say in ${locale} the very number the link dials`, () => {
      const b = words(locale);
      for (const h of HELPLINES) {
        const message = b.getMessage(h.id);
        expect(message?.value, h.id).toBeTruthy();
        const text = b.formatPattern(message!.value!);
        expect(numberIn(text), `${h.id}: ${text}`).toBe(h.dial);
      }
    });
  }

  it('are the national numbers checked on 2 December 2026', () => {
    expect(HELPLINES.map((h) => h.dial)).toEqual(['999', '111', '03001231110', '03001236600']);
  });

  it('read a number at the end of a line', () => {
    expect(numberIn('Drinkline, for alcohol: 0300 123 1110')).toBe('03001231110');
    expect(numberIn('Emergency: call 999')).toBe('999');
    expect(numberIn('No number here')).toBeNull();
  });
});
