import { FluentResource } from '@fluent/bundle';
import { readFileSync } from 'node:fs';

// `import body from './x.ftl?body'`: the file's messages parsed here, at build time, as
// `new FluentResource(text).body` (plain data), so the start needs no FTL parser for the built-in
// words (issue 12 point 6; lib/i18n.ts). A message the parser cannot read fails the build.
/** @returns {import('vite').Plugin} */
export function ftlBody() {
  return {
    name: 'waymark-ftl-body',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('.ftl?body')) return null;
      const file = id.slice(0, -'?body'.length);
      this.addWatchFile(file);
      const text = readFileSync(file, 'utf8');
      const { body } = new FluentResource(text);
      const written = text.match(/^-?[a-zA-Z][\w-]* *=/gm)?.length ?? 0;
      if (body.length !== written) {
        const read = new Set(body.map((entry) => entry.id));
        const lost = (text.match(/^-?[a-zA-Z][\w-]*(?= *=)/gm) ?? []).filter((name) => !read.has(name));
        this.error(`${file}: ${written - body.length} message(s) not read: ${lost.join(', ')}`);
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(body))});`;
    },
  };
}
