// App-wide reactive state shared by the screens: the words in use, the audio player's state and
// the participant's settings (kept in localStorage on this device).
import { Player, type PlayerSnapshot } from './audio';
import { Strings, SOURCE_LOCALE } from './i18n';

const SETTINGS_KEY = 'waymark.settings.v1';

interface Settings {
  locale: string;
  autoplay: boolean;
}

function loadSettings(): Settings {
  const defaults: Settings = { locale: SOURCE_LOCALE, autoplay: true };
  try {
    const raw = globalThis.localStorage?.getItem(SETTINGS_KEY);
    if (!raw) return defaults;
    const parsed = JSON.parse(raw) as Partial<Settings>;
    return {
      locale: typeof parsed.locale === 'string' ? parsed.locale : defaults.locale,
      autoplay: typeof parsed.autoplay === 'boolean' ? parsed.autoplay : defaults.autoplay,
    };
  } catch {
    return defaults;
  }
}

export const settings: Settings = $state(loadSettings());

export function saveSettings(): void {
  try {
    globalThis.localStorage?.setItem(SETTINGS_KEY, JSON.stringify($state.snapshot(settings)));
  } catch {
    /* private mode or storage full: settings last for this visit only */
  }
}

export const i18n: { strings: Strings; locales: string[] } = $state({ strings: new Strings(null), locales: [] });

/** Shorthand for the current words. */
export function t(id: string, args?: Parameters<Strings['t']>[1]): string {
  return i18n.strings.t(id, args);
}

export const player = new Player();

export const audio: PlayerSnapshot = $state({ ...player.current });
player.subscribe((s) => Object.assign(audio, s));

/** Names of languages in their own words; the switch shows these, never translated. */
export const AUTONYMS: Record<string, string> = {
  'en-GB': 'English',
  en: 'English',
  cy: 'Cymraeg',
  'cy-GB': 'Cymraeg',
};
