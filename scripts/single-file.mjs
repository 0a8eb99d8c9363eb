// Makes the one-file form of the app: <dir>/findings-viewer.html (default dir: dist), a page that
// opens by double-click from file:// with no other file and no network. It inlines the CSS
// (<style>), the favicon (data: URL) and the wasm-bindgen JS (one inline <script type="module">),
// and embeds the wasm gzipped and base64-encoded in a non-executed data block that the module
// decodes (DecompressionStream) and hands, as bytes, to wasm-bindgen's init — compiled
// asynchronously by WebAssembly.instantiate, as in the served form. The service-worker and manifest
// tags are dropped (no service worker under file://). Its CSP allows exactly the inline script and
// styles by their sha256 hashes, computed here. Usage: node scripts/single-file.mjs [dir]
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';

const dir = process.argv[2] || 'dist';
const OUT = 'findings-viewer.html';
const fail = (msg) => {
  console.error(`single-file: ${msg}`);
  process.exit(1);
};
const file = (href) => readFileSync(join(dir, href.replace(/^\//, '')));
const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

let html = readFileSync(join(dir, 'index.html'), 'utf8');
const names = readdirSync(dir);
const bindingsName = names.find((n) => /^findings-viewer-[0-9a-f]+\.js$/.test(n));
const wasmName = names.find((n) => /^findings-viewer-[0-9a-f]+_bg\.wasm$/.test(n));
if (!bindingsName || !wasmName) fail(`no wasm-bindgen JS or wasm in ${dir}`);

const styleHashes = [];
const scriptHashes = [];
let tagCount = 0;
const replaceTag = (re, fn) => {
  html = html.replace(re, (...m) => {
    tagCount += 1;
    return fn(...m);
  });
};

// Service worker, manifest and their companions: served form only.
replaceTag(/\s*<link rel="manifest"[^>]*>/g, () => '');
replaceTag(/\s*<link rel="apple-touch-icon"[^>]*>/g, () => '');
replaceTag(/\s*<link rel="stylesheet" href="\/pwa-[^"]*"[^>]*>/g, () => '');
replaceTag(/\s*<script src="\/pwa-[^"]*"[^>]*><\/script>/g, () => '');
// Preloads, and trunk's loader (replaced by the inline module below).
replaceTag(/\s*<link rel="(?:modulepreload|preload)"[^>]*>/g, () => '');
replaceTag(/\s*<script type="module" src="[^"]*"><\/script>/g, () => '');

// Styles, in their order.
replaceTag(/<link rel="stylesheet" href="([^"]+)"[^>]*>/g, (_, href) => {
  const css = file(href).toString('utf8');
  if (/<\/style/i.test(css)) fail(`${href} contains </style`);
  styleHashes.push(sha(css));
  return `<style>${css}</style>`;
});
// Icon as a data: URL.
replaceTag(/<link rel="icon" href="([^"]+\.svg)"[^>]*>/g, (_, href) => {
  return `<link rel="icon" href="data:image/svg+xml;base64,${file(href).toString('base64')}"/>`;
});

// The wasm-bindgen module, made a plain script body by esbuild: its exports (`default` is its
// init) become the properties of one local object, fvBindings. `import.meta.url`, which the module
// reads only when init is given no bytes, is left out of an IIFE; init is always given the bytes.
const glue = file(bindingsName).toString('utf8');
const clause = glue.match(/\bexport\s*\{([^}]*)\}\s*;?\s*$/)?.[1] ?? '';
if (!/\binitSync\b/.test(clause) || !/\bas default\b/.test(clause)) fail(`${bindingsName} exports no initSync and init`);
const { code: js, warnings } = transformSync(glue, {
  format: 'iife',
  globalName: 'fvBindings',
  minify: true,
  legalComments: 'none',
  logLevel: 'silent',
});
if (warnings.some((w) => !/import\.meta/.test(w.text))) fail(`esbuild: ${warnings.map((w) => w.text).join('; ')}`);
const boot = `
// single-file.mjs: the wasm, gzipped and base64-encoded, sits in the data block #fv-wasm.
const fvPacked = Uint8Array.from(atob(document.getElementById('fv-wasm').textContent.trim()), (c) => c.charCodeAt(0));
const fvBytes = await new Response(new Blob([fvPacked]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
const fvWasm = await fvBindings.default({ module_or_path: fvBytes });
window.wasmBindings = fvBindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: fvWasm } }));
`;
const module = `${js}\n${boot}`;
if (/<\/script|<!--/i.test(module)) fail('the inline module contains </script or <!--');
scriptHashes.push(sha(module));
const wasmB64 = gzipSync(file(wasmName), { level: 9 }).toString('base64');
const body = `<script type="application/octet-stream" id="fv-wasm">\n${wasmB64}\n</script>\n<script type="module">${module}</script>\n`;
html = html.replace('</head>', () => `${body}  </head>`);

// CSP: nothing from anywhere (default-src 'none'); the inline module and styles by hash.
const csp = [
  "default-src 'none'",
  `script-src ${scriptHashes.join(' ')} 'wasm-unsafe-eval'`,
  `style-src ${styleHashes.join(' ')}`,
  'img-src data:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const cspRe = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/;
if (!cspRe.test(html)) fail('no CSP meta in index.html');
html = html.replace(cspRe, (_, a, b) => `${a}${csp}${b}`);
html = html.replace(/<!-- Strict CSP\.[\s\S]*?-->/, () =>
  '<!-- Single-file form made by scripts/single-file.mjs: the inline script and styles are allowed by hash. -->',
);
if (/\b(?:src|href)="\/(?!\/)/.test(html)) fail('a reference to a bundle file is left');
if (/integrity=/.test(html)) fail('an integrity attribute is left');
if (tagCount < 4) fail(`only ${tagCount} tags rewritten: has index.html changed?`);
writeFileSync(join(dir, OUT), html);
console.log(`single-file: ${join(dir, OUT)} (${(Buffer.byteLength(html) / 1024).toFixed(1)} KB)`);
