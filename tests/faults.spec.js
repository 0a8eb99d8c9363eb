// Tracker data faults (issue 7): a browser killed in the middle of a save, a corrupt database
// entry, a quota-exceeded error, and two tabs editing the same report.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { test, expect, chromium } = require('@playwright/test');
const { App } = require('./app');
const { Tracker, tids } = require('./tracker');

const ACTION = 'Raise the minimum age for work to the age up to which education is compulsory.';
const OTHER = 'Ensure that all investigators receive training on the TIP Law.';
const STATUSES = ['not_started', 'in_progress', 'partially_implemented', 'implemented', 'no_longer_relevant'];

/** Every value of both object stores, raw (no JSON.parse: some are garbage on purpose). */
const raw = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('findings-viewer');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['records', 'library']);
    const out = {};
    for (const name of ['records', 'library']) {
      const keys = tx.objectStore(name).getAllKeys();
      const values = tx.objectStore(name).getAll();
      values.onsuccess = () => { out[name] = keys.result.map((k, i) => [k, values.result[i]]); };
    }
    tx.oncomplete = () => { db.close(); resolve(out); };
    tx.onerror = () => reject(tx.error);
  };
}));

/** The pid of the browser this test launched on `dir` (its main process: the one with that
 * --user-data-dir and no --type=), to SIGKILL it as a crash or power cut would end it. */
function browserPid(dir) {
  const ps = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const pids = ps.split('\n')
    .filter((l) => l.includes(`--user-data-dir=${dir}`) && !l.includes('--type='))
    .map((l) => parseInt(l, 10));
  expect(pids.length, 'browser process found').toBe(1);
  return pids[0];
}

const record = async (page, action) => {
  const { records } = await raw(page);
  const parse = (v) => { try { return JSON.parse(v); } catch { return null; } };
  return records.map(([, v]) => parse(v)).find((r) => r?.action === action);
};

test('a browser closed or killed in the middle of saves reopens with the last committed state', async ({}, testInfo) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fv-faults-'));
  const { baseURL, launchOptions } = testInfo.project.use;
  const launch = () => chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium', args: launchOptions.args, baseURL,
  });
  try {
    let committed = null;
    // Round 0 commits a known state; rounds 1–5 fire a burst of saves (each keystroke and
    // status change is one IndexedDB transaction) and, without waiting for any of them, close
    // the browser 0, 5 and 25 ms after the last one was started (rounds 1–3), or SIGKILL it
    // 0 and 5 ms after (rounds 4–5); rounds 1–6 reopen the profile and check.
    const BURSTS = [{ ms: 0 }, { ms: 5 }, { ms: 25 }, { ms: 0, kill: true }, { ms: 5, kill: true }];
    for (let round = 0; round <= BURSTS.length + 1; round += 1) {
      const ctx = await launch();
      const pid = browserPid(dir);
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      const app = new App(page);
      const t = new Tracker(app);
      await t.openSample('kazakhstan-2018');
      await t.show('TRACKER');
      await expect(t.rows()).toHaveCount(9);
      await expect(t.id('STORAGE_WARNING')).toHaveCount(0);
      const row = t.row(ACTION);
      if (committed) {
        // The app loads, shows exactly what the database holds, and that is a state the user
        // made: the committed one or a later one from the killed burst, never a mix or garbage.
        const { records } = await raw(page);
        for (const [, v] of records) expect(() => JSON.parse(v), `round ${round}: ${v}`).not.toThrow();
        const stored = await record(page, ACTION);
        expect(stored, `round ${round}: record readable`).toBeTruthy();
        expect(STATUSES).toContain(stored.status);
        expect(stored.owner).toBe('Ministry of Labor');
        expect(stored.notes === committed.notes || /^burst [1-5] x{0,30}$/.test(stored.notes), stored.notes).toBe(true);
        expect(stored.changed).toBeGreaterThanOrEqual(committed.changed);
        await expect(row.getByTestId(tids.TRACK_STATUS)).toHaveValue(stored.status);
        await expect(row.getByTestId(tids.TRACK_NOTES)).toHaveValue(stored.notes);
        await expect(row.getByTestId(tids.TRACK_OWNER)).toHaveValue('Ministry of Labor');
        await app.assertClean();
        console.log(`reopened after ${round === 1 ? 'round 0 (committed)' : `burst ${round - 1}`}: status=${stored.status} notes="${stored.notes}"`);
        committed = stored;
      }
      if (round === 0) {
        await t.setRow(ACTION, { status: 'in_progress', owner: 'Ministry of Labor' });
        await expect.poll(async () => (await record(page, ACTION))?.owner).toBe('Ministry of Labor');
        committed = await record(page, ACTION);
      }
      const burst = BURSTS[round - 1];
      if (burst) {
        await page.evaluate(({ action, round, tid }) => {
          const li = [...document.querySelectorAll('[data-testid="track-row"]')]
            .find((r) => r.textContent.includes(action));
          const notes = li.querySelector(`[data-testid="${tid.TRACK_NOTES}"]`);
          const status = li.querySelector(`[data-testid="${tid.TRACK_STATUS}"]`);
          let text = `burst ${round} `;
          notes.value = text;
          notes.dispatchEvent(new Event('input', { bubbles: true }));
          for (let i = 0; i < 30; i += 1) {
            text += 'x';
            notes.value = text;
            notes.dispatchEvent(new Event('input', { bubbles: true }));
            if (i % 10 === 0) {
              status.value = ['implemented', 'partially_implemented', 'in_progress'][(i / 10) % 3];
              status.dispatchEvent(new Event('change', { bubbles: true }));
            }
          }
        }, { action: ACTION, round, tid: tids });
        if (burst.ms) await page.waitForTimeout(burst.ms);
        if (burst.kill) process.kill(pid, 'SIGKILL');
      }
      await ctx.close().catch(() => {}); // after a SIGKILL there is nothing left to close
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('corrupt database entries are reported and set aside; the rest loads and saving goes on', async ({ page }) => {
  const app = new App(page);
  const t = new Tracker(app);
  await t.openSample('kazakhstan-2018');
  await t.show('TRACKER');
  await t.setRow(ACTION, { status: 'in_progress', owner: 'Aigerim' });
  await t.setRow(OTHER, { status: 'implemented' });
  await expect.poll(async () => (await record(page, OTHER))?.status).toBe('implemented');
  // Garbage written straight into the object stores: broken JSON, a non-string value, JSON of
  // the wrong shape, an unknown field, binary junk in the library.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('findings-viewer');
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['records', 'library'], 'readwrite');
      const records = tx.objectStore('records');
      records.put('{"key":"kazakhstan:broken", "status": "in_pro', 'kazakhstan:broken');
      records.put({ key: 'kazakhstan:object', status: 'implemented' }, 'kazakhstan:object');
      records.put(JSON.stringify({ key: 'kazakhstan:shape', status: 42, changed: 'yesterday' }), 'kazakhstan:shape');
      records.put(JSON.stringify({ key: 'kazakhstan:extra', country: 'K', action: 'A', changed: 1, evil: '<script>' }), 'kazakhstan:extra');
      tx.objectStore('library').put('\u0000\uffff\ud800garbage', 'garbage-entry');
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }));
  await page.reload();
  await expect(app.id('YEAR')).toHaveText('2018');
  await expect(t.id('STORAGE_WARNING')).toContainText('5 stored item(s) could not be read');
  await expect(t.id('STORAGE_WARNING')).toContainText('set aside');
  await t.show('TRACKER');
  await expect(t.rows()).toHaveCount(9);
  await expect(t.row(ACTION).getByTestId(tids.TRACK_STATUS)).toHaveValue('in_progress');
  await expect(t.row(ACTION).getByTestId(tids.TRACK_OWNER)).toHaveValue('Aigerim');
  await expect(t.row(OTHER).getByTestId(tids.TRACK_STATUS)).toHaveValue('implemented');
  await t.show('LIBRARY');
  await expect(t.id('LIBRARY_ENTRY')).toHaveCount(1);
  // Saving still works, and the damaged entries are left as they were (nothing deleted).
  await t.show('TRACKER');
  await t.setRow(ACTION, { owner: 'Aigerim (MLSP)' });
  await expect.poll(async () => (await record(page, ACTION))?.owner).toBe('Aigerim (MLSP)');
  const { records, library } = await raw(page);
  expect(records.map(([k]) => k)).toEqual(expect.arrayContaining(['kazakhstan:broken', 'kazakhstan:object', 'kazakhstan:shape', 'kazakhstan:extra']));
  expect(library.map(([k]) => k)).toContain('garbage-entry');
  await app.assertClean();
});

test('a quota-exceeded error is reported and nothing on screen is lost', async ({ page }) => {
  // Every put throws QuotaExceededError once window.__quota is set.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    window.__quota = false;
    IDBObjectStore.prototype.put = function quotaPut(...args) {
      if (window.__quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const app = new App(page);
  const t = new Tracker(app);
  await t.openSample('kazakhstan-2018');
  await t.show('TRACKER');
  await t.setRow(ACTION, { status: 'in_progress', owner: 'Before' });
  await expect.poll(async () => (await record(page, ACTION))?.owner).toBe('Before');
  await page.evaluate(() => { window.__quota = true; });
  await t.setRow(ACTION, { status: 'implemented', owner: 'After', notes: 'Written while the disk was full' });
  await t.setRow(OTHER, { status: 'partially_implemented' });
  await expect(t.id('STORAGE_WARNING')).toContainText('storage quota exceeded');
  await expect(t.id('STORAGE_WARNING')).toContainText('export them as JSON');
  // On screen: every change.
  await expect(t.row(ACTION).getByTestId(tids.TRACK_STATUS)).toHaveValue('implemented');
  await expect(t.row(ACTION).getByTestId(tids.TRACK_OWNER)).toHaveValue('After');
  await expect(t.row(ACTION).getByTestId(tids.TRACK_NOTES)).toHaveValue('Written while the disk was full');
  await expect(t.row(OTHER).getByTestId(tids.TRACK_STATUS)).toHaveValue('partially_implemented');
  // In the database: the last committed state, whole (the failed transactions were aborted).
  const stored = await record(page, ACTION);
  expect([stored.status, stored.owner, stored.notes]).toEqual(['in_progress', 'Before', '']);
  expect(await record(page, OTHER)).toBeUndefined();
  // And the JSON export, which the warning points to, holds everything on screen.
  const exported = await t.exportJson();
  const mine = exported.json.records.find((r) => r.action === ACTION);
  expect([mine.status, mine.owner, mine.notes]).toEqual(['implemented', 'After', 'Written while the disk was full']);
  expect(exported.json.records.find((r) => r.action === OTHER).status).toBe('partially_implemented');
  await app.assertClean();
});

test('two tabs editing the same report see each other\'s saves instead of overwriting them', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  const [appA, appB] = [new App(a), new App(b)];
  const [ta, tb] = [new Tracker(appA), new Tracker(appB)];
  for (const t of [ta, tb]) {
    await t.openSample('kazakhstan-2018');
    await t.show('TRACKER');
  }
  await ta.setRow(ACTION, { owner: 'Alice' });
  await expect(tb.row(ACTION).getByTestId(tids.TRACK_OWNER)).toHaveValue('Alice');
  await expect(tb.id('SYNC_NOTICE')).toContainText('saved in another tab');
  // Tab B now changes another field of the same action: Alice's owner is kept.
  await tb.setRow(ACTION, { status: 'implemented', notes: 'Bob: done' });
  await expect(ta.row(ACTION).getByTestId(tids.TRACK_STATUS)).toHaveValue('implemented');
  await expect(ta.row(ACTION).getByTestId(tids.TRACK_NOTES)).toHaveValue('Bob: done');
  await expect(ta.row(ACTION).getByTestId(tids.TRACK_OWNER)).toHaveValue('Alice');
  await expect(ta.id('SYNC_NOTICE')).toBeVisible();
  await expect.poll(async () => {
    const r = await record(a, ACTION);
    return r && [r.owner, r.status, r.notes];
  }).toEqual(['Alice', 'implemented', 'Bob: done']);
  // A third tab opened later reads the same.
  const c = await context.newPage();
  const tc = new Tracker(new App(c));
  await tc.openSample('kazakhstan-2018');
  await tc.show('TRACKER');
  await expect(tc.row(ACTION).getByTestId(tids.TRACK_OWNER)).toHaveValue('Alice');
  await expect(tc.row(ACTION).getByTestId(tids.TRACK_STATUS)).toHaveValue('implemented');
  await appA.assertClean();
  await appB.assertClean();
});
