import { describe, expect, it } from 'vitest';
import { agoMessage, base64Utf8, codeDigits, looksLikeAddress, parseInvite, shortFingerprint } from './sync';

const fp = 'ab'.repeat(32);

describe('pairing links', () => {
  it('reads a link the hub made', () => {
    const link = `waymark://pair?v=1&addr=192.168.1.5%3A8471&fp=${fp.toUpperCase()}&t=tok-_x`;
    expect(parseInvite(link)).toEqual({ address: '192.168.1.5:8471', fingerprint: fp, token: 'tok-_x' });
    expect(parseInvite(`  ${link}\n`)).not.toBeNull();
  });

  it('refuses anything else', () => {
    expect(parseInvite('https://example.invalid/?t=1')).toBeNull();
    expect(parseInvite(`waymark://pair?v=2&addr=a:1&fp=${fp}&t=x`)).toBeNull();
    expect(parseInvite('waymark://pair?v=1&addr=a:1&fp=short&t=x')).toBeNull();
    expect(parseInvite(`waymark://pair?v=1&fp=${fp}&t=x`)).toBeNull();
  });
});

describe('typed codes and addresses', () => {
  it('accepts six digits with spaces or a dash', () => {
    expect(codeDigits('123456')).toBe('123456');
    expect(codeDigits(' 123 456 ')).toBe('123456');
    expect(codeDigits('123-456')).toBe('123456');
    expect(codeDigits('12345')).toBeNull();
    expect(codeDigits('12345a')).toBeNull();
  });

  it('wants host and port', () => {
    expect(looksLikeAddress('192.168.1.20:8472')).toBe(true);
    expect(looksLikeAddress('hub.local:443')).toBe(true);
    expect(looksLikeAddress('192.168.1.20')).toBe(false);
    expect(looksLikeAddress('https://x:1')).toBe(false);
    expect(looksLikeAddress('x:70000')).toBe(false);
  });

  it('shows the first 8 fingerprint characters in two groups', () => {
    expect(shortFingerprint('0123abcd' + 'f'.repeat(56))).toBe('0123 ABCD');
  });
});

describe('how long ago', () => {
  const now = 1_800_000_000_000;
  it('picks the largest whole unit', () => {
    expect(agoMessage(now - 10_000, now)).toEqual({ id: 'sync-ago-now' });
    expect(agoMessage(now - 5 * 60_000, now)).toEqual({ id: 'sync-ago-minutes', args: { n: 5 } });
    expect(agoMessage(now - 3 * 3_600_000, now)).toEqual({ id: 'sync-ago-hours', args: { n: 3 } });
    expect(agoMessage(now - 50 * 3_600_000, now)).toEqual({ id: 'sync-ago-days', args: { n: 2 } });
    expect(agoMessage(now + 60_000, now)).toEqual({ id: 'sync-ago-now' });
  });
});

describe('svg data urls', () => {
  it('encodes UTF-8', () => {
    expect(base64Utf8('<svg/>')).toBe(btoa('<svg/>'));
    expect(atob(base64Utf8('é'))).toBe('\u00c3\u00a9');
  });
});
