// The in-app "router": which screen is showing. No URLs: each screen is a history entry
// (`history.state`), so Back and reload keep the place (App.svelte).
import type { VoiceView } from './api-types';
import type { DiaryScreen } from '../components/diary/screens';

/** What a screen needs to know about the session it shows. */
export interface SessionRef {
  id: string;
  number: number;
  title: string;
  titleVoice: VoiceView | null;
}

export type View =
  | { name: 'loading' }
  | { name: 'error-db'; path: string; reason: string; problem?: string }
  | { name: 'locked' }
  | { name: 'privacy' }
  | { name: 'error'; message: string }
  | { name: 'home' }
  | { name: 'step'; session: SessionRef; index: number }
  | { name: 'complete'; session: SessionRef }
  | { name: 'my-plan' }
  | { name: 'diary-area'; screen: DiaryScreen }
  | { name: 'connect' }
  | { name: 'sharing' }
  | { name: 'facilitator' }
  | { name: 'office-sign-in' }
  | { name: 'live' }
  | { name: 'presenter' }
  | { name: 'my-record' };
