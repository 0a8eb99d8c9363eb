// Rewrites an 8-bit RGB/RGBA PNG (as Chromium's screenshots are) as an indexed-colour PNG of at
// most 256 colours: the most frequent colours are kept and every other pixel takes the nearest
// kept one (only anti-aliased edge pixels of the flat icons change, by a shade). An icon drawn in
// two colours is ~3x smaller this way. Usage: node scripts/palette-png.mjs file.png...
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync, inflateSync, crc32 } from 'node:zlib';

const chunks = (b) => {
  const out = [];
  for (let p = 8; p < b.length; ) {
    const n = b.readUInt32BE(p);
    out.push([b.toString('latin1', p + 4, p + 8), b.subarray(p + 8, p + 8 + n)]);
    p += 12 + n;
  }
  return out;
};

/** The pixels of a non-interlaced 8-bit RGB or RGBA PNG as RGBA bytes. */
export function decode(png) {
  const cs = chunks(png);
  const ihdr = cs.find(([t]) => t === 'IHDR')[1];
  const [w, h, depth, type, , , interlace] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9], 0, 0, ihdr[12]];
  if (depth !== 8 || (type !== 2 && type !== 6) || interlace) throw new Error('not an 8-bit RGB(A) non-interlaced PNG');
  const bpp = type === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(cs.filter(([t]) => t === 'IDAT').map(([, d]) => d)));
  const stride = w * bpp;
  const rgba = Buffer.alloc(w * h * 4);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < h; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? line[x - bpp] : 0;
      const b = prev[x];
      const c = x >= bpp ? prev[x - bpp] : 0;
      const p = a + b - c;
      const pred = [0, a, b, (a + b) >> 1, Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c][filter];
      line[x] = (line[x] + pred) & 255;
    }
    for (let x = 0; x < w; x++) {
      line.copy(rgba, (y * w + x) * 4, x * bpp, x * bpp + bpp);
      if (bpp === 3) rgba[(y * w + x) * 4 + 3] = 255;
    }
    prev = line;
  }
  return { w, h, rgba };
}

/** An indexed-colour PNG (PLTE, tRNS when any colour is translucent) of RGBA pixels. */
export function encodePalette({ w, h, rgba }) {
  const count = new Map();
  for (let i = 0; i < rgba.length; i += 4) {
    const k = rgba.readUInt32BE(i);
    count.set(k, (count.get(k) || 0) + 1);
  }
  const kept = [...count].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, 256).map(([k]) => k);
  const channels = (k) => [k >>> 24, (k >>> 16) & 255, (k >>> 8) & 255, k & 255];
  const index = new Map(kept.map((k, i) => [k, i]));
  const nearest = (k) => {
    const c = channels(k);
    let best = 0;
    let bestD = Infinity;
    kept.forEach((q, i) => {
      const d = channels(q).reduce((s, v, j) => s + (v - c[j]) ** 2, 0);
      if (d < bestD) [best, bestD] = [i, d];
    });
    index.set(k, best);
    return best;
  };
  const data = Buffer.alloc(h * (w + 1));
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const k = rgba.readUInt32BE((y * w + x) * 4);
      data[y * (w + 1) + 1 + x] = index.has(k) ? index.get(k) : nearest(k);
    }
  }
  const chunk = (type, body) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 3, 0, 0, 0], 8);
  const plte = Buffer.from(kept.flatMap((k) => channels(k).slice(0, 3)));
  const alpha = kept.map((k) => k & 255);
  const last = alpha.findLastIndex((a) => a !== 255);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    ...(last >= 0 ? [chunk('tRNS', Buffer.from(alpha.slice(0, last + 1)))] : []),
    chunk('IDAT', deflateSync(data, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) {
    const before = readFileSync(file);
    const after = encodePalette(decode(before));
    writeFileSync(file, after);
    console.log(`palette-png: ${file} ${before.length} → ${after.length} bytes`);
  }
}
