// What costs bytes in the wasm: each section's size raw and gzipped, and — when the module keeps its
// "name" section — code bytes per crate and the largest functions (a small twiggy-like summary).
// The release bundle's wasm has no names; for those, rebuild one with them:
//   wasm-bindgen --target web --keep-debug --out-dir /tmp/fvbg target/wasm32-unknown-unknown/wasm-release/findings-viewer.wasm
//   wasm-opt -Oz -g --all-features /tmp/fvbg/findings-viewer_bg.wasm -o /tmp/named.wasm
// Usage: node scripts/wasm-sizes.mjs <file.wasm> [top=25]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const b = readFileSync(process.argv[2]);
const topN = Number(process.argv[3] || 25);
let p = 8;
const leb = () => {
  let r = 0;
  let s = 0;
  let x;
  do {
    x = b[p++];
    r += (x & 0x7f) * 2 ** s;
    s += 7;
  } while (x & 0x80);
  return r;
};
const limits = () => {
  const flags = b[p++];
  leb();
  if (flags & 1) leb();
};
const SECTION = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'];
let imports = 0;
// One import's type; counts the function imports, which come first in the function index space.
const importType = () => {
  const kind = b[p++];
  if (kind === 0) {
    leb();
    imports += 1;
  } else if (kind === 1) {
    p++;
    limits();
  } else if (kind === 2) limits();
  else p += 2;
};
const bodies = [];
const names = new Map();
while (p < b.length) {
  const id = b[p++];
  const size = leb();
  const end = p + size;
  let label = SECTION[id] || `#${id}`;
  const gz = gzipSync(b.subarray(p, end), { level: 9 }).length;
  if (id === 2) {
    for (let i = 0, n = leb(); i < n; i++) {
      // (not `p += leb()`: that reads p before leb() moves it)
      for (let k = 0; k < 2; k++) {
        const len = leb();
        p += len;
      }
      // binaryen's compact import groups (`--all-features`): 0x7f, then (name, type) pairs of one
      // module; 0x7e, then one type and the names sharing it.
      const form = b[p];
      if (form === 0x7f) {
        p++;
        for (let j = 0, m = leb(); j < m; j++) {
          const len = leb();
          p += len;
          importType();
        }
      } else if (form === 0x7e) {
        p++;
        const isFunc = b[p] === 0;
        importType();
        for (let j = 0, m = leb(); j < m; j++) {
          const len = leb();
          p += len;
          if (isFunc) imports += 1;
        }
        if (isFunc) imports -= 1;
      } else importType();
    }
  } else if (id === 10) {
    for (let i = 0, n = leb(); i < n; i++) {
      const s = leb();
      bodies.push([imports + i, s]);
      p += s;
    }
  } else if (id === 0) {
    const nl = leb();
    const name = b.subarray(p, p + nl).toString();
    label = `custom ${name}`;
    p += nl;
    if (name === 'name') {
      while (p < end) {
        const sub = b[p++];
        const ss = leb();
        const se = p + ss;
        if (sub === 1) {
          for (let i = 0, n = leb(); i < n; i++) {
            const idx = leb();
            const l = leb();
            names.set(idx, b.subarray(p, p + l).toString());
            p += l;
          }
        }
        p = se;
      }
    }
  }
  console.log(`section ${label.padEnd(28)} ${String(size).padStart(9)} B  gzipped ${String(gz).padStart(8)} B`);
  p = end;
}
if (names.size === 0) {
  console.log('(no name section: per-crate figures need a wasm built with names, see the header)');
  process.exit(0);
}
// The crate of a demangled or legacy-mangled name: its first path segment.
const crate = (n) => {
  const legacy = n.match(/^_ZN\d+([A-Za-z_]\w*)/);
  const first = legacy ? legacy[1] : n.replace(/^<+/, '').split(/::|\[| as /)[0];
  return n.includes('serde_json') ? 'serde_json' : first || '?';
};
const perCrate = new Map();
let total = 0;
for (const [idx, s] of bodies) {
  const c = crate(names.get(idx) || '?');
  perCrate.set(c, (perCrate.get(c) || 0) + s);
  total += s;
}
console.log(`\ncode: ${total} B in ${bodies.length} functions; by crate:`);
for (const [c, s] of [...perCrate].sort((x, y) => y[1] - x[1]).slice(0, topN)) {
  console.log(`${String(s).padStart(9)} B ${((100 * s) / total).toFixed(1).padStart(5)} %  ${c}`);
}
console.log('\nlargest functions:');
for (const [idx, s] of bodies.sort((x, y) => y[1] - x[1]).slice(0, topN)) {
  console.log(`${String(s).padStart(9)} B  ${(names.get(idx) || '?').slice(0, 140)}`);
}
