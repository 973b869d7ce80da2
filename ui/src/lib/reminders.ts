// What the in-app reminder banner says aloud: the same message as the lock screen, in voiced
// fragments ("Your group is today, at" + the time), or the diary reminder itself.
import type { ReminderNotice } from './api-types';
import { spokenNumber } from './schedule';

export function noticeHeard(n: ReminderNotice, missed: boolean): string[] {
  const lead = missed ? ['rem-missed'] : [];
  if (n.message === 'diary') return [...lead, 'reminder-diary'];
  const [h, m] = (n.time ?? '').split(':').map(Number);
  const time = Number.isFinite(h) && Number.isFinite(m) ? [spokenNumber(h), m === 0 ? 'time-oclock' : spokenNumber(m)] : [];
  return [...lead, n.message === 'group_tomorrow' ? 'rem-heard-tomorrow' : 'rem-heard-today', ...time];
}
