// Which diary, goal, progress or AUDIT screen is showing (one App view: `diary-area`).
import type { DiaryEntryView, DrinkType } from '../../lib/api-types';

export type DiaryScreen =
  | { name: 'drink'; type?: DrinkType; entry?: DiaryEntryView }
  | { name: 'drug'; entry?: DiaryEntryView }
  | { name: 'urge'; entry?: DiaryEntryView }
  | { name: 'surf' }
  | { name: 'list'; date?: string }
  | { name: 'week'; date?: string }
  | { name: 'month' }
  | { name: 'reminders' }
  | { name: 'goal' }
  | { name: 'audit' }
  | { name: 'export' };
