// Pure helpers for the office-hub screens: reading a pairing link, checking a typed code, and
// "how long ago" in words. No IO here, so they are unit-tested (sync.test.ts).
import type { Args } from './i18n';

/** What a `waymark://pair?v=1&addr=…&fp=…&t=…` link carries (the QR code's content). */
export interface Invite {
  address: string;
  fingerprint: string;
  token: string;
}

/** Read a pasted pairing link; `null` if it is not a Waymark pairing link. */
export function parseInvite(text: string): Invite | null {
  const link = text.trim();
  const prefix = 'waymark://pair?';
  if (!link.startsWith(prefix)) return null;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(link.slice(prefix.length));
  } catch {
    return null;
  }
  const address = params.get('addr');
  const fingerprint = params.get('fp')?.toLowerCase() ?? '';
  const token = params.get('t');
  if (params.get('v') !== '1' || !address || !token) return null;
  if (!/^[0-9a-f]{64}$/.test(fingerprint)) return null;
  return { address, fingerprint, token };
}

/** The 6 digits of a typed code ("123 456" and "123-456" are fine), or `null`. */
export function codeDigits(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** A hub address looks like `host:port`. */
export function looksLikeAddress(text: string): boolean {
  const m = /^([^\s/:]+|\[[0-9a-fA-F:]+\]):(\d{1,5})$/.exec(text.trim());
  return !!m && Number(m[2]) > 0 && Number(m[2]) < 65536;
}

/** First 8 hex characters of a fingerprint, in two groups of 4 for reading aloud. */
export function shortFingerprint(fingerprint: string): string {
  const short = fingerprint.slice(0, 8).toUpperCase();
  return short.length > 4 ? `${short.slice(0, 4)} ${short.slice(4)}` : short;
}

/** "How long ago" as a message id and its arguments (`sync-ago-*` in ui-sync.ftl). */
export function agoMessage(thenMs: number, nowMs: number): { id: string; args?: Args } {
  const minutes = Math.floor(Math.max(0, nowMs - thenMs) / 60_000);
  if (minutes < 1) return { id: 'sync-ago-now' };
  if (minutes < 60) return { id: 'sync-ago-minutes', args: { n: minutes } };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { id: 'sync-ago-hours', args: { n: hours } };
  return { id: 'sync-ago-days', args: { n: Math.floor(hours / 24) } };
}

/** Base64 of a UTF-8 string (for an SVG `data:` URL). */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
