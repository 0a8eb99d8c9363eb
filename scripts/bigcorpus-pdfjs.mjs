// Adds a Firefox-PDF-viewer form to a big scoring corpus made by scripts/bigcorpus-make.py.
//
// usage: NODE_PATH=DIR_WITH_NODE_MODULES node scripts/bigcorpus-pdfjs.mjs IOS_GIT_DIR OUT_DIR [--every K]
//   (DIR: `npm install --prefix DIR pdfjs-dist@4`; not a dependency of the project)
//
// What a user gets who opens a report's PDF in Firefox, selects all and copies: pdf.js's text
// items, a line end after each item that ends a line (`hasEOL`) and after each page. Like
// PDFium's (scripts/bigcorpus-pdfium.py), a table comes a visual line at a time. For every K-th
// report of OUT_DIR/truth.json (default 5, the keys sorted as bigcorpus-pdfium.py takes them) it
// extracts the PDF blob bigcorpus-make.py used and writes OUT_DIR/<country>_<year>.pdfjs.txt;
// bigscore.py scores it with the truth of the report's `.plain.txt`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [ios, outDir] = process.argv.slice(2);
const at = process.argv.indexOf('--every');
const every = at > 0 ? Number(process.argv[at + 1]) : 5;
const require = createRequire(join(process.env.NODE_PATH || process.cwd(), 'node_modules', 'x.js'));
const { getDocument } = await import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')));
const truth = JSON.parse(readFileSync(join(outDir, 'truth.json'), 'utf8'));
const blobs = new Map();
for (const [name, t] of Object.entries(truth)) {
  if (name.endsWith('.plain.txt')) blobs.set(name.split('.')[0], t.blob);
}
// Sorted as Python sorts str keys (code points), so the subset is bigcorpus-pdfium.py's.
const stems = [...blobs.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).filter((_, i) => i % every === 0);
console.error(`${stems.length} of ${blobs.size} reports`);
for (const stem of stems) {
  const pdf = execFileSync('git', ['--git-dir', ios, 'cat-file', 'blob', blobs.get(stem)], { maxBuffer: 1 << 28 });
  try {
    const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    let text = '';
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      for (const item of content.items) text += item.str + (item.hasEOL ? '\n' : '');
      text += '\n';
    }
    writeFileSync(join(outDir, `${stem}.pdfjs.txt`), text);
  } catch (e) {
    console.error(`${stem}: ${e.message}`); // a PDF pdf.js cannot read is left out, and says why
  }
}
