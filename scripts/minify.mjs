// trunk post_build hook (run last, after pwa.mjs): minifies every JavaScript and CSS file of the
// build in place with esbuild (package.json pins it), since trunk 0.21's own minifier fails on
// wasm-bindgen's module. File names keep trunk's hashes (of the unminified content, so still one
// name per content), the `integrity` (SRI) attributes trunk wrote into index.html are recomputed
// from the files' bytes, and the service worker's cache name (pwa.mjs, from the unminified content)
// still changes with every change of any file. Usage: TRUNK_STAGING_DIR=<dir> node scripts/minify.mjs
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify: no TRUNK_STAGING_DIR and no directory argument');
  process.exit(2);
}
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
let before = 0;
let after = 0;
for (const name of readdirSync(dir).sort()) {
  const loader = name.match(/\.(js|css)$/)?.[1];
  if (!loader) continue;
  const path = join(dir, name);
  const source = readFileSync(path, 'utf8');
  // `target` left unset: esbuild keeps the syntax it is given (the glue's classes, `await`).
  const { code } = transformSync(source, { loader, minify: true, legalComments: 'none' });
  writeFileSync(path, code);
  before += Buffer.byteLength(source);
  after += Buffer.byteLength(code);
}
// Every SRI attribute is written anew from the file it names, so none can be left stale.
let checked = 0;
html = html.replace(/<link\b[^>]*>/g, (tag) => {
  const href = tag.match(/\bhref="\/([^"]+)"/)?.[1];
  if (!href || !/\bintegrity="/.test(tag)) return tag;
  checked += 1;
  const sri = `sha384-${createHash('sha384').update(readFileSync(join(dir, href))).digest('base64')}`;
  return tag.replace(/\bintegrity="[^"]*"/, `integrity="${sri}"`);
});
writeFileSync(htmlPath, html);
console.log(
  `minify: JS and CSS ${(before / 1024).toFixed(1)} KB -> ${(after / 1024).toFixed(1)} KB; ${checked} integrity attributes`,
);
