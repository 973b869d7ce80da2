// UI words through Fluent: the chosen language first, then en-GB (per message), then the
// built-in en-GB defaults, then the message id itself. Never throws.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { UiStrings, VoiceView } from './api-types';
import DEFAULT_FTL from './default-strings.ftl?raw';

export const SOURCE_LOCALE = 'en-GB';

export type Args = Record<string, FluentVariable>;

function bundle(locale: string, ftl: string): FluentBundle {
  const b = new FluentBundle([locale, SOURCE_LOCALE], { useIsolating: false });
  if (ftl) {
    const errors = b.addResource(new FluentResource(ftl));
    if (errors.length > 0) console.warn(`Waymark: ${errors.length} problem(s) in ${locale} UI strings`, errors);
  }
  return b;
}

export class Strings {
  readonly locale: string;
  private readonly bundles: FluentBundle[];
  private readonly voices: Record<string, VoiceView>;

  /** `ui` is what `call('ui_strings', …)` returned, or null when it could not be had. */
  constructor(ui: UiStrings | null, builtin: string = DEFAULT_FTL) {
    this.locale = ui?.locale ?? SOURCE_LOCALE;
    this.bundles = [];
    if (ui) {
      this.bundles.push(bundle(ui.locale, ui.ftl));
      if (ui.locale !== SOURCE_LOCALE || ui.fallback_ftl !== ui.ftl) {
        this.bundles.push(bundle(SOURCE_LOCALE, ui.fallback_ftl));
      }
    }
    this.bundles.push(bundle(SOURCE_LOCALE, builtin));
    this.voices = ui?.voices ?? {};
  }

  /** The words for message `id`, formatted with `args`. */
  t(id: string, args?: Args): string {
    let imperfect: string | undefined;
    for (const b of this.bundles) {
      const message = b.getMessage(id);
      if (!message?.value) continue;
      const errors: Error[] = [];
      const text = b.formatPattern(message.value, args ?? null, errors);
      if (errors.length === 0) return text;
      imperfect ??= text;
    }
    return imperfect ?? id;
  }

  /** True if the chosen language (not a fallback) has message `id`. */
  has(id: string): boolean {
    return this.bundles.length > 1 && this.bundles[0].hasMessage(id);
  }

  /** The voice-over for message `id` in the chosen language, if there is one. */
  voice(id: string): VoiceView | undefined {
    return Object.prototype.hasOwnProperty.call(this.voices, id) ? this.voices[id] : undefined;
  }
}
