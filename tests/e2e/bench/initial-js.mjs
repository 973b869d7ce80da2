// Initial JavaScript of the built UI (issue 12 point 6): what the browser must load before the
// home screen can run: the entry script of `ui/dist/index.html`, every chunk it names in a
// `<link rel="modulepreload">`, and every chunk those import statically (`import … from "./x.js"`),
// followed to the end. Dynamic `import()`s (the screens of lib/screens.ts, the audio backend) are
// not followed: they load when first needed. Builds nothing; run `cd ui && npm run build` first.
//   node tests/e2e/bench/initial-js.mjs [ui/dist]
//
// Sizes are gzip at zlib's default level (6), which is what Vite's build report shows, and at
// level 9 (`gzip -9`); both in KiB (1024 bytes). Each chunk is compressed on its own, as served.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(process.argv[2] ?? path.join(here, '../../../ui/dist'));
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');

const attr = (tag, name) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
const starts = [];
for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
  if (attr(tag, 'type') === 'module' && attr(tag, 'src')) starts.push(attr(tag, 'src'));
}
for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
  if (attr(tag, 'rel') === 'modulepreload' && attr(tag, 'href')) starts.push(attr(tag, 'href'));
}
if (starts.length === 0) throw new Error(`no module script in ${path.join(dist, 'index.html')}`);

/** Static imports of a minified chunk: `import{…}from"./x.js"`, `import"./x.js"`, `export … from`. */
function staticImports(code) {
  const found = [];
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["']([^"']+\.js)["']/g)) {
    found.push(m[1]);
  }
  return found;
}

const seen = new Map();
const queue = starts.map((s) => path.resolve(dist, s));
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  const code = fs.readFileSync(file);
  seen.set(file, code);
  for (const spec of staticImports(code.toString('utf8'))) queue.push(path.resolve(path.dirname(file), spec));
}

const kib = (n) => (n / 1024).toFixed(2).padStart(7);
let raw = 0;
let gz6 = 0;
let gz9 = 0;
console.log('    raw KiB  gzip KiB  gzip -9 KiB  chunk');
for (const [file, code] of seen) {
  const a = zlib.gzipSync(code).length;
  const b = zlib.gzipSync(code, { level: 9 }).length;
  raw += code.length;
  gz6 += a;
  gz9 += b;
  console.log(`  ${kib(code.length)}   ${kib(a)}      ${kib(b)}  ${path.relative(dist, file)}`);
}
console.log(`  ${kib(raw)}   ${kib(gz6)}      ${kib(gz9)}  total initial JavaScript (${seen.size} chunks)`);
