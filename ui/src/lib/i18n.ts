// UI words through Fluent: the chosen language first, then en-GB (per message), then the
// built-in en-GB defaults, then the message id itself. Never throws.
// The built-in defaults are parsed at build time (`?body`, vite.config.ts); the FTL parser, for
// the words the API sends, is its own chunk (`loadParser`), off the initial JavaScript.
import { FluentBundle, type FluentResource, type FluentVariable } from '@fluent/bundle';
import type { UiStrings, VoiceView } from './api-types';
import DEFAULT_BODY from './default-strings.ftl?body';
import { loadOnce } from './once';

export const SOURCE_LOCALE = 'en-GB';

export type Args = Record<string, FluentVariable>;

/** Fluent source to messages: `new FluentResource(ftl)`. */
export type Parse = (ftl: string) => FluentResource;

/** The built-in en-GB defaults, as FluentResource holds them (addResource reads only `body`). */
export const BUILTIN: FluentResource = { body: DEFAULT_BODY };

/** The FTL parser, fetched once (a local chunk); a failed fetch is tried again next time. */
export const loadParser: () => Promise<Parse> = loadOnce(() => import('./ftl-parse').then((m) => m.parseFtl));

function bundle(locale: string, resource: FluentResource | null): FluentBundle {
  const b = new FluentBundle([locale, SOURCE_LOCALE], { useIsolating: false });
  if (resource) {
    const errors = b.addResource(resource);
    if (errors.length > 0) console.warn(`Waymark: ${errors.length} problem(s) in ${locale} UI strings`, errors);
  }
  return b;
}

export class Strings {
  readonly locale: string;
  private readonly bundles: FluentBundle[];
  private readonly voices: Record<string, VoiceView>;

  /**
   * `ui` is what `call('ui_strings', …)` returned, or null when it could not be had; `parse`
   * (from `loadParser`) reads its Fluent source and must be given with it.
   */
  constructor(ui: null);
  constructor(ui: UiStrings | null, parse: Parse, builtin?: FluentResource);
  constructor(ui: UiStrings | null, parse?: Parse, builtin: FluentResource = BUILTIN) {
    this.locale = ui?.locale ?? SOURCE_LOCALE;
    this.bundles = [];
    if (ui && parse) {
      const read = (ftl: string) => (ftl ? parse(ftl) : null);
      this.bundles.push(bundle(ui.locale, read(ui.ftl)));
      if (ui.locale !== SOURCE_LOCALE || ui.fallback_ftl !== ui.ftl) {
        this.bundles.push(bundle(SOURCE_LOCALE, read(ui.fallback_ftl)));
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
