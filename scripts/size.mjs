// Prints the gzipped size of the bundle in a directory (default dist/): the wasm alone, and the
// whole app (wasm + JS + CSS + HTML + icon). The samples are compiled into the wasm.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] || 'dist';
const SINGLE = 'findings-viewer.html'; // the one-file form, reported on its own below
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let total = 0;
let totalGz = 0;
for (const name of readdirSync(dir).sort()) {
  const path = join(dir, name);
  if (!statSync(path).isFile() || name === SINGLE) continue;
  const bytes = readFileSync(path);
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += bytes.length;
  totalGz += gz;
  const label = extname(name) === '.wasm' ? 'wasm' : extname(name).slice(1);
  console.log(`size: ${label.padEnd(5)} ${name.padEnd(44)} ${kb(bytes.length).padStart(10)}  gzipped ${kb(gz).padStart(9)}`);
}
console.log(`size: total ${kb(total)}, gzipped ${kb(totalGz)}`);

// Issue 6 budget: what a first visit transfers, gzipped: every file of the bundle but the single
// file (the service worker precaches them all, icons/ included), with and without the two samples
// compiled into the wasm (their text is cut out of the wasm bytes before compressing).
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const top = readdirSync(dir).filter((n) => statSync(join(dir, n)).isFile() && n !== SINGLE);
const icons = join(dir, 'icons');
const iconFiles = statSync(icons, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(icons).map((n) => join('icons', n)) : [];
const iconsGz = iconFiles.reduce((sum, n) => sum + gz(readFileSync(join(dir, n))), 0);
const pageGz = totalGz + iconsGz;
const wasmName = top.find((n) => n.endsWith('.wasm'));
if (wasmName) {
  let wasm = readFileSync(join(dir, wasmName));
  const samples = new URL('../assets/samples/', import.meta.url);
  for (const name of readdirSync(samples).sort()) {
    const text = readFileSync(new URL(name, samples));
    const at = wasm.indexOf(text);
    if (at < 0) {
      console.log(`size: sample ${name} not found verbatim in the wasm`);
      continue;
    }
    wasm = Buffer.concat([wasm.subarray(0, at), wasm.subarray(at + text.length)]);
  }
  const samplesGz = gz(readFileSync(join(dir, wasmName))) - gz(wasm);
  console.log(`size: icons/ ${kb(iconsGz)} gzipped (precached for installing)`);
  console.log(`size: first visit (every file, icons/ included), gzipped: ${kb(pageGz)} with samples, ${kb(pageGz - samplesGz)} without (samples ${kb(samplesGz)}; budget 250 KB without)`);
}
try {
  const one = readFileSync(join(dir, SINGLE));
  console.log(`size: single file ${SINGLE} ${kb(one.length)} (gzipped ${kb(gz(one))}; wasm inside gzipped + base64)`);
} catch {
  console.log(`size: no ${SINGLE} (scripts/single-file.mjs makes it)`);
}
