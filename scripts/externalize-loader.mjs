// trunk post_build hook: move the inline <script type="module"> loader that trunk 0.21 injects
// into index.html out into its own content-hashed file, so the page's Content-Security-Policy can
// say `script-src 'self' 'wasm-unsafe-eval'` with no 'unsafe-inline' and no hash/nonce.
// Usage: TRUNK_STAGING_DIR=<dir> node scripts/externalize-loader.mjs   (or pass the dir)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalize-loader: no TRUNK_STAGING_DIR and no directory argument');
  process.exit(2);
}
const base = process.env.TRUNK_PUBLIC_URL || '/';
const htmlPath = join(dir, 'index.html');
const html = readFileSync(htmlPath, 'utf8');
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g;
let count = 0;
const out = html.replace(inline, (_, body) => {
  count += 1;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `loader-${hash}.js`;
  writeFileSync(join(dir, name), body.trim() + '\n');
  return `<script type="module" src="${base}${name}"></script>`;
});
if (count !== 1) {
  console.error(`externalize-loader: expected 1 inline module script in ${htmlPath}, found ${count}`);
  process.exit(1);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(out)) {
  console.error('externalize-loader: an inline <script> is left in index.html');
  process.exit(1);
}
writeFileSync(htmlPath, out);
console.log(`externalize-loader: loader moved to its own file in ${dir}`);
