// A small static file server for the built bundle, on 127.0.0.1 only (no network needed).
// Usage: node scripts/serve.mjs [dir=dist] [port=8080] [hash]   port 0 or a busy port → a free one;
// the address printed ends with [hash] (e.g. '#kazakhstan-2018' opens a sample).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname, resolve } from 'node:path';

const root = resolve(process.argv[2] || 'dist');
const wanted = Number(process.argv[3] ?? 8080);
const suffix = process.argv[4] || '';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

const server = createServer(async (req, res) => {
  try {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': types[extname(file)] || 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }
});

function listen(port) {
  server.once('error', (e) => {
    if (e.code === 'EADDRINUSE' && port !== 0) {
      console.error(`port ${port} is busy; picking a free one`);
      listen(0);
    } else {
      throw e;
    }
  });
  server.listen(port, '127.0.0.1', () => {
    const { port: p } = server.address();
    console.log(`Serving ${root} at http://127.0.0.1:${p}/${suffix}`);
  });
}
listen(wanted);
