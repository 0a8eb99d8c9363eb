// Prints the gzipped size of the bundle in a directory (default dist/): the wasm alone, and the
// whole app (wasm + JS + CSS + HTML + icon). The samples are compiled into the wasm.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] || 'dist';
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let total = 0;
let totalGz = 0;
for (const name of readdirSync(dir).sort()) {
  const path = join(dir, name);
  if (!statSync(path).isFile()) continue;
  const bytes = readFileSync(path);
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += bytes.length;
  totalGz += gz;
  const label = extname(name) === '.wasm' ? 'wasm' : extname(name).slice(1);
  console.log(`size: ${label.padEnd(5)} ${name.padEnd(44)} ${kb(bytes.length).padStart(10)}  gzipped ${kb(gz).padStart(9)}`);
}
console.log(`size: total ${kb(total)}, gzipped ${kb(totalGz)}`);
