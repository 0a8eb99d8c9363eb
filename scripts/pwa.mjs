// trunk post_build hook (run after externalize-loader.mjs): makes the bundle an installable,
// offline-capable app. Copies the web app manifest, icons, the service-worker registration script
// and its bar's stylesheet (assets/pwa/) into the build, links them from index.html, and writes
// /sw.js from assets/pwa/sw.js with the precache list (every file of the build but sw.js) and a
// cache name made from the hash of all their names and contents, so each build has its own cache.
// Usage: TRUNK_STAGING_DIR=<dir> node scripts/pwa.mjs   (or pass the dir)
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('pwa: no TRUNK_STAGING_DIR and no directory argument');
  process.exit(2);
}
const src = new URL('../assets/pwa/', import.meta.url);
const read = (name) => readFileSync(new URL(name, src));
const short = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

mkdirSync(join(dir, 'icons'), { recursive: true });
for (const icon of ['icon.svg', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png']) {
  copyFileSync(new URL(icon, src), join(dir, 'icons', icon));
}
copyFileSync(new URL('manifest.webmanifest', src), join(dir, 'manifest.webmanifest'));
const hashed = (name, ext) => {
  const bytes = read(name);
  const out = `${name.replace(/\.[a-z]+$/, '')}-${short(bytes)}.${ext}`;
  writeFileSync(join(dir, `pwa-${out}`), bytes);
  return `pwa-${out}`;
};
const registerJs = hashed('register.js', 'js');
const updateCss = hashed('update.css', 'css');

const htmlPath = join(dir, 'index.html');
const html = readFileSync(htmlPath, 'utf8');
if (!html.includes('</head>') || html.includes('rel="manifest"')) {
  console.error(`pwa: ${htmlPath} has no </head> or is already linked`);
  process.exit(1);
}
const tags = [
  '<link rel="manifest" href="/manifest.webmanifest"/>',
  '<meta name="theme-color" content="#1f4e79"/>',
  '<link rel="apple-touch-icon" href="/icons/icon-192.png"/>',
  `<link rel="stylesheet" href="/${updateCss}"/>`,
  `<script src="/${registerJs}" defer></script>`,
].join('\n    ');
writeFileSync(htmlPath, html.replace('</head>', `    ${tags}\n  </head>`));

const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
};
walk(dir);
const hash = createHash('sha256');
const precache = [];
for (const file of files) {
  const rel = relative(dir, file).split(sep).join('/');
  if (rel === 'sw.js' || rel === 'findings-viewer.html') continue;
  precache.push(`/${rel}`);
  hash.update(rel).update('\0').update(readFileSync(file)).update('\0');
}
const cache = `findings-viewer-${hash.digest('hex').slice(0, 16)}`;
const sw = read('sw.js')
  .toString('utf8')
  .replace("'__FV_CACHE__'", JSON.stringify(cache))
  .replace('__FV_PRECACHE__', JSON.stringify(precache, null, 2));
if (sw.includes('__FV_')) {
  console.error('pwa: a placeholder is left in sw.js');
  process.exit(1);
}
writeFileSync(join(dir, 'sw.js'), sw);
console.log(`pwa: sw.js precaches ${precache.length} files in cache ${cache}`);
