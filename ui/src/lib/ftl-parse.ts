// Fluent's FTL parser, in a chunk of its own (issue 12 point 6): the built-in en-GB defaults are
// parsed at build time (`?body` imports, vite.config.ts), so only the words the API sends at
// start (`ui_strings`) need it, and the start loads it while that call is under way.
import { FluentResource } from '@fluent/bundle';

export function parseFtl(ftl: string): FluentResource {
  return new FluentResource(ftl);
}
