// Issue 6: the two offline forms of the bundle. (1) dist/ served: a service worker precaches the
// build, so after one visit the app loads and works with the network off, and a new build shows a
// "new version" bar. (2) dist/findings-viewer.html opened from file://, with nothing else.
// In both, every request is recorded and none may leave the page's origin.
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const ids = require('./ids.json');
const tids = require('./tracker-ids.json');

const DIST = process.env.FV_DIST || path.join(__dirname, '..', 'dist');
const OUTPUT = path.join(__dirname, 'output');
const shot = (page, name) => {
  fs.mkdirSync(OUTPUT, { recursive: true });
  return page.screenshot({ path: path.join(OUTPUT, `${name}.png`) });
};

/** Every request of the context (pages and service worker) whose origin is not `origin`. */
function recordForeign(context, isLocal) {
  const foreign = [];
  const seen = [];
  context.on('request', (r) => {
    seen.push(r.url());
    if (!isLocal(r.url())) foreign.push(r.url());
  });
  return { foreign, seen };
}

/** Waits until a service worker controls the page. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

/** A paste event carrying text/plain, as the browser sends for Ctrl+V. */
function paste(page, text) {
  return page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

async function openSample(page, name = 'Kazakhstan 2018') {
  await page.getByRole('button', { name }).click();
  await expect(page.getByTestId(ids.REPORT)).toBeVisible();
  await expect(page.getByTestId(ids.REPORT)).toContainText('Kazakhstan');
}

test('served: after one visit the app loads and parses a sample offline', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const { foreign } = recordForeign(context, (u) => new URL(u).origin === origin || /^(blob|data):/.test(u));
  await page.goto('/');
  await expect(page.getByTestId(ids.PASTE_AREA)).toBeAttached();
  await controlled(page);
  const manifest = await page.evaluate(() => document.querySelector('link[rel=manifest]')?.href);
  expect(manifest).toBe(`${origin}/manifest.webmanifest`);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId(ids.PASTE_AREA)).toBeAttached();
  await openSample(page);
  // A paste works offline too.
  const text = fs.readFileSync(path.join(__dirname, '..', 'assets', 'samples', 'kazakhstan-2013.txt'), 'utf8');
  await paste(page, text);
  await expect(page.getByTestId(ids.YEAR)).toHaveText('2013');
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await shot(page, 'offline-served');
  // A deep link into a sample, offline, from the cache.
  await page.goto('/#kazakhstan-2018/table-1');
  await expect(page.getByTestId(ids.REPORT)).toBeVisible();
  await context.setOffline(false);
  expect(foreign).toEqual([]);
});

test('served: a new build shows the new-version bar, and Reload activates it', async ({ browser }) => {
  // Own server over dist/ whose sw.js can be changed, as a new build would change it.
  let version = null;
  const types = { '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.html': 'text/html', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (p === '/') p = '/index.html';
    const file = path.join(DIST, path.normalize(p));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return res.writeHead(404).end();
    let body = fs.readFileSync(file);
    if (p === '/sw.js' && version) body = Buffer.from(body.toString('utf8').replace(/findings-viewer-[0-9a-f]{16}/, version));
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const context = await browser.newContext({ baseURL: origin });
  const { foreign } = recordForeign(context, (u) => new URL(u).origin === origin || /^(blob|data):/.test(u));
  try {
    const page = await context.newPage();
    await page.goto('/');
    await controlled(page);
    const first = await page.evaluate(() => caches.keys());
    expect(first).toHaveLength(1);
    await expect(page.getByTestId('sw-update')).toHaveCount(0);

    version = 'findings-viewer-0000000000000002';
    await page.reload();
    const bar = page.getByTestId('sw-update');
    await expect(bar).toBeVisible({ timeout: 20_000 });
    await expect(bar).toContainText('A new version is available');
    await shot(page, 'sw-update-bar');
    await Promise.all([page.waitForEvent('load'), bar.getByRole('button', { name: 'Reload' }).click()]);
    await expect(page.getByTestId(ids.PASTE_AREA)).toBeAttached();
    await expect(page.getByTestId('sw-update')).toHaveCount(0);
    // The new worker controls the page, and the old build's cache is gone.
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([version]);
    await openSample(page);
    expect(foreign).toEqual([]);
  } finally {
    await context.close();
    server.close();
  }
});

test('single file: opens from file://, parses a sample, no request leaves the file', async ({ browser }) => {
  const file = path.join(DIST, 'findings-viewer.html');
  test.skip(!fs.existsSync(file), 'dist/findings-viewer.html not built (scripts/build makes it)');
  const context = await browser.newContext({ baseURL: undefined });
  const url = `file://${file}`;
  const { foreign, seen } = recordForeign(context, (u) => u.split('#')[0] === url || /^(blob|data):/.test(u));
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url);
    await expect(page.getByTestId(ids.PASTE_AREA)).toBeAttached();
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    await openSample(page, 'Kazakhstan 2013');
    await shot(page, 'single-file');
    // A paste, as from the clipboard.
    await paste(page, fs.readFileSync(path.join(__dirname, '..', 'assets', 'samples', 'kazakhstan-2018.txt'), 'utf8'));
    await expect(page.getByTestId(ids.YEAR)).toHaveText('2018');
    // Deep links work from the file too.
    await page.goto(`${url}#kazakhstan-2013/table-1`);
    await expect(page.getByTestId(ids.YEAR)).toHaveText('2013');
    // The tracker: IndexedDB where the browser gives a file:// page one, else a visible warning.
    await page.getByTestId(tids.TAB_TRACKER).click();
    await expect(page.getByTestId(tids.TRACKER)).toBeVisible();
    const idb = await page.evaluate(
      () =>
        new Promise((ok) => {
          try {
            const r = indexedDB.open('fv-probe');
            r.onsuccess = () => ok(true);
            r.onerror = () => ok(false);
          } catch {
            ok(false);
          }
        }),
    );
    if (!idb) {
      await expect(page.getByTestId(tids.STORAGE_WARNING)).toBeVisible();
    } else {
      // Kept across a reload of the file (Chromium gives file:// pages IndexedDB).
      await expect(page.getByTestId(tids.STORAGE_WARNING)).toHaveCount(0);
      const status = page.getByTestId(tids.TRACK_ROW).first().getByTestId(tids.TRACK_STATUS);
      await status.selectOption('in_progress');
      await page.waitForTimeout(500);
      await page.reload();
      await page.getByTestId(tids.TAB_TRACKER).click();
      await expect(page.getByTestId(tids.TRACK_ROW).first().getByTestId(tids.TRACK_STATUS)).toHaveValue('in_progress');
    }
    await shot(page, 'single-file-tracker');
    expect(seen.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
