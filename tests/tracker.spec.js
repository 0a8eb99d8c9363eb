// End-to-end tests of the recommendation tracker, the library (IndexedDB) and the 2013 → 2018
// comparison, on the release bundle. Each Playwright test gets a fresh browser profile.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { App } = require('./app');
const { Tracker, tids } = require('./tracker');

const RESEARCH = 'Conduct research to gather comprehensive data on child labor';
const FUNDING = 'Supply adequate funding for child labor inspections.';
const INSPECTORS_2018 = "Increase the number of labor inspectors to meet the ILO's technical advice.";

let app;
let tr;
test.beforeEach(async ({ page }) => {
  app = new App(page);
  tr = new Tracker(app);
});
test.afterEach(async () => {
  await app.assertClean();
});

test('statuses, owner, due date and notes survive a reload; counts, filters, timeline', async ({ page }) => {
  await tr.openSample('kazakhstan-2013');
  await tr.show('TRACKER');
  await expect(tr.rows()).toHaveCount(8);
  await expect(tr.id('SHOWN')).toHaveText('Showing 8 of 8 suggested actions');

  await tr.setRow(FUNDING, { status: 'in_progress', owner: 'Aigerim (MLSP)', due: '2027-03-31', notes: 'Budget line asked for;\nreply due in March.' });
  await tr.setRow(RESEARCH, { status: 'implemented' });
  await tr.setRow('Assess the impact that existing programs', { status: 'partially_implemented', notes: 'Evaluation started' });
  await expect(tr.row(FUNDING)).toHaveAttribute('data-status', 'in_progress');
  await expect(page.getByTestId(`${tids.COUNT_PREFIX}in_progress`)).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId(`${tids.COUNT_PREFIX}not_started`)).toHaveAttribute('data-count', '5');
  // Counts per area: Social Programs has 1 implemented, 1 partially implemented.
  const social = tr.id('COUNTS').locator('tbody tr', { hasText: 'Social Programs' });
  await expect(social.locator('td')).toHaveText(['0', '0', '1', '1', '0', '2']);

  // Written to IndexedDB (read back from the database itself), then a reload.
  await expect.poll(async () => (await tr.stored()).length).toBe(3);
  const before = await tr.state();
  await page.reload();
  await expect(app.id('YEAR')).toHaveText('2013');
  await tr.show('TRACKER');
  await expect(tr.row(FUNDING).getByTestId(tids.TRACK_OWNER)).toHaveValue('Aigerim (MLSP)');
  expect(await tr.state()).toEqual(before);
  const funding = tr.row(FUNDING);
  await expect(funding.getByTestId(tids.TRACK_STATUS)).toHaveValue('in_progress');
  await expect(funding.getByTestId(tids.TRACK_DUE)).toHaveValue('2027-03-31');
  await expect(funding.getByTestId(tids.TRACK_NOTES)).toHaveValue('Budget line asked for;\nreply due in March.');
  await expect(funding).toContainText('Suggested 2010 – 2013 · 4 years outstanding');
  await expect(funding).toContainText(/Last changed \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);

  // Timeline of first-suggested years: 2009 … 2013, gaps shown.
  const years = tr.id('TIMELINE').locator(':scope > li');
  await expect(years).toHaveCount(5);
  expect(await years.evaluateAll((l) => l.map((y) => [y.dataset.year, y.dataset.count]))).toEqual([
    ['2009', '1'], ['2010', '2'], ['2011', '0'], ['2012', '2'], ['2013', '3'],
  ]);
  await tr.id('TRACKER').screenshot({ path: 'tests/output/tracker-2013.png' });

  // Filters: area, status, years outstanding, and together.
  await tr.id('FILTER_AREA').selectOption('Enforcement');
  await expect(tr.rows()).toHaveCount(3);
  await tr.id('FILTER_AREA').selectOption('');
  await tr.id('FILTER_STATUS').selectOption('in_progress');
  await expect(tr.rows()).toHaveCount(1);
  await expect(tr.rows()).toContainText(FUNDING);
  await tr.id('FILTER_STATUS').selectOption('');
  await tr.id('FILTER_YEARS').selectOption('4');
  await expect(tr.rows()).toHaveCount(3);
  await tr.id('FILTER_AREA').selectOption('Social Programs');
  await expect(tr.rows()).toHaveCount(1);
  await expect(tr.id('SHOWN')).toHaveText('Showing 1 of 8 suggested actions');
  await app.screenshot('tracker-filtered', { fullPage: true });
});

test('a JSON export imported into a fresh profile gives the same state; CSV export', async ({ page, browser }) => {
  await tr.openSample('kazakhstan-2013');
  await tr.show('TRACKER');
  await tr.setRow(FUNDING, { status: 'in_progress', owner: 'Dana', due: '2026-12-01', notes: 'Line 1\nLine “2”' });
  await tr.setRow(RESEARCH, { status: 'no_longer_relevant' });
  await expect.poll(async () => (await tr.stored()).length).toBe(2);
  const state = await tr.state();
  const exported = await tr.exportJson();
  expect(exported.name).toMatch(/^findings-tracker-\d{4}-\d\d-\d\d\.json$/);
  expect(exported.json.format).toBe('findings-viewer-tracker');
  expect(exported.json.records).toHaveLength(2);
  expect(exported.json.library.map((e) => e.year)).toEqual([2013]);

  const csv = await app.download(() => tr.id('EXPORT_TRACKER_CSV').click());
  expect(csv.name).toBe('kazakhstan-2013-tracker.csv');
  const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Country,Report year,Area,Suggested action,Year(s) suggested,Years outstanding,Status,Owner,Due,Notes,Last changed (UTC),Key');
  expect(lines.find((l) => l.includes(FUNDING))).toContain(',2010 – 2013,4,In progress,Dana,2026-12-01,"Line 1\nLine “2”",');

  // A fresh profile: nothing there, import, preview, apply.
  const base = test.info().project.use.baseURL;
  const fresh = await browser.newContext({ baseURL: base, acceptDownloads: true });
  const page2 = await fresh.newPage();
  const app2 = new App(page2);
  const tr2 = new Tracker(app2);
  await app2.open();
  await tr2.show('TRACKER');
  await tr2.importFile(exported.name, exported.text);
  await expect(tr2.id('IMPORT_PREVIEW')).toContainText('adds 2 record(s) and 1 report(s)');
  await page2.screenshot({ path: 'tests/output/import-preview.png' });
  await tr2.id('IMPORT_APPLY').click();
  await expect(tr2.id('IMPORT_PREVIEW')).toHaveCount(0);
  await expect.poll(async () => (await tr2.stored()).length).toBe(2);
  const again = await tr2.exportJson();
  expect(again.json.records).toEqual(exported.json.records);
  expect(again.json.library).toEqual(exported.json.library);
  // The library has the report: open it from there and see the same tracker.
  await tr2.show('LIBRARY');
  await expect(tr2.id('LIBRARY_ENTRY')).toHaveCount(1);
  await tr2.id('LIBRARY_ENTRY').getByRole('button', { name: 'Open' }).click();
  await expect(app2.id('YEAR')).toHaveText('2013');
  await tr2.show('TRACKER');
  await expect(tr2.rows()).toHaveCount(8);
  expect(await tr2.state()).toEqual(state);
  // Importing the same file again changes nothing.
  await tr2.importFile(exported.name, exported.text);
  await expect(tr2.id('IMPORT_PREVIEW')).toContainText('adds 0 record(s) and 0 report(s), updates 0');
  await expect(tr2.id('IMPORT_APPLY')).toBeDisabled();
  await app2.assertClean();
  await fresh.close();
});

test('a corrupt or foreign import is refused with a message and changes nothing', async ({ page }) => {
  await tr.openSample('kazakhstan-2013');
  await tr.show('TRACKER');
  await tr.setRow(FUNDING, { status: 'implemented', notes: 'done' });
  await expect.poll(async () => (await tr.stored()).length).toBe(1);
  const before = await tr.exportJson();
  const state = await tr.state();

  await tr.importFile('broken.json', before.text.slice(0, before.text.length / 2));
  await expect(tr.id('IMPORT_ERROR')).toContainText('broken.json: This file is not valid JSON');
  await expect(tr.id('IMPORT_ERROR')).toContainText('Nothing was imported.');
  await expect(tr.id('IMPORT_PREVIEW')).toHaveCount(0);
  await tr.id('TRACKER').screenshot({ path: 'tests/output/import-refused.png' });

  await tr.importFile('report.json', JSON.stringify({ country: 'Kazakhstan', year: 2013 }));
  await expect(tr.id('IMPORT_ERROR')).toContainText('is not a Findings Viewer tracker export');

  const tampered = JSON.parse(before.text);
  tampered.records[0].status = 'finished';
  tampered.records[0].changed = Date.now() + 1e6;
  await tr.importFile('tampered.json', JSON.stringify(tampered));
  await expect(tr.id('IMPORT_ERROR')).toContainText('The export is damaged');

  expect(await tr.state()).toEqual(state);
  expect(await tr.stored()).toEqual(before.json.records);
  const after = await tr.exportJson();
  expect(after.json.records).toEqual(before.json.records);
});

test('2013 → 2018: the research action is carried over (reworded), later actions are new, status carries over', async ({ page }) => {
  await tr.openSample('kazakhstan-2013');
  await tr.show('TRACKER');
  await tr.setRow(RESEARCH, { status: 'in_progress', owner: 'Statistics Committee' });
  await expect.poll(async () => (await tr.stored()).length).toBe(1);
  await tr.openSample('kazakhstan-2018');

  await tr.show('COMPARE');
  await expect(tr.id('COMPARE_OLD').locator('option:checked')).toHaveText('Kazakhstan 2013');
  await expect(tr.id('COMPARE_NEW').locator('option:checked')).toHaveText('Kazakhstan 2018');
  const cmp = tr.id('COMPARE');
  await expect(cmp).toContainText('Kazakhstan: 2013 → 2018');
  await expect(cmp.locator('.assessments')).toContainText('Minimal Advancement');

  const reworded = tr.id('COMPARE_ROW').and(page.locator('[data-change="reworded"]'));
  await expect(reworded).toHaveCount(1);
  const cells = reworded.locator('td');
  await expect(reworded.locator('th')).toHaveText('Carried over (reworded)');
  await expect(cells.nth(1)).toContainText(`${RESEARCH}, including the activities carried out by children working in construction and in gas stations`);
  await expect(cells.nth(1)).toContainText('Suggested 2013');
  await expect(cells.nth(2)).toContainText(`${RESEARCH}, including the activities carried out by children working in the construction and services industries`);
  await expect(cells.nth(2)).toContainText('Suggested 2013 – 2018');
  await expect(cells.nth(4)).toHaveText('In progress (carried over from 2013)');

  const added = tr.id('COMPARE_ROW').and(page.locator('[data-change="new"]'));
  await expect(added).toHaveCount(8);
  await expect(added.filter({ hasText: INSPECTORS_2018 })).toHaveCount(1);
  for (const text of await added.locator('td:nth-of-type(3)').allInnerTexts()) {
    const first = Number(text.match(/Suggested (\d{4})/)[1]);
    expect(first).toBeGreaterThan(2013);
  }
  await expect(tr.id('COMPARE_ROW').and(page.locator('[data-change="dropped"]'))).toHaveCount(7);
  await expect(cmp.locator('.cmp-summary')).toHaveText('1 carried over (1 reworded), 8 new in 2018, 7 dropped since 2013.');
  await app.screenshot('compare-2013-2018', { fullPage: true });

  // The 2018 tracker shows the carried-over status on the matched action.
  await tr.show('TRACKER');
  await expect(tr.rows()).toHaveCount(9);
  const research = tr.row(RESEARCH);
  await expect(research.getByTestId(tids.TRACK_STATUS)).toHaveValue('in_progress');
  await expect(research.getByTestId(tids.TRACK_OWNER)).toHaveValue('Statistics Committee');
  await expect(research.getByTestId(tids.TRACK_INHERITED)).toContainText('carried over from the 2013 report');
  await expect(page.getByTestId(`${tids.COUNT_PREFIX}in_progress`)).toHaveAttribute('data-count', '1');
  // Editing gives 2018 its own record; 2013's stays.
  await tr.setRow(RESEARCH, { status: 'implemented' });
  await expect(research.getByTestId(tids.TRACK_INHERITED)).toHaveCount(0);
  await expect.poll(async () => (await tr.stored()).map((r) => [r.year, r.status]).sort()).toEqual([
    [2013, 'in_progress'], [2018, 'implemented'],
  ]);
  await tr.id('TRACKER').screenshot({ path: 'tests/output/tracker-2018.png' });

  // Both reports are in the library, and back on the report view the report shows.
  await tr.show('LIBRARY');
  await expect(tr.id('LIBRARY_ENTRY')).toHaveCount(2);
  await expect(tr.id('LIBRARY_ENTRY').first()).toContainText('Kazakhstan 2013');
  await app.screenshot('library');
  await tr.show('REPORT');
  await expect(tr.id('TRACKER')).toHaveCount(0);
});

test('without IndexedDB the app says so plainly and keeps working in memory', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get() { return undefined; } });
  });
  await tr.openSample('kazakhstan-2013');
  await expect(tr.id('STORAGE_WARNING')).toContainText('Browser storage is unavailable');
  await expect(tr.id('STORAGE_WARNING')).toContainText('will not be kept');
  await tr.show('TRACKER');
  await tr.setRow(FUNDING, { status: 'implemented' });
  await expect(page.getByTestId(`${tids.COUNT_PREFIX}implemented`)).toHaveAttribute('data-count', '1');
  await tr.show('LIBRARY');
  await expect(tr.id('LIBRARY_ENTRY')).toHaveCount(1);
  await app.screenshot('storage-unavailable');
});

test('the library and tracking data survive closing and reopening the browser', async ({ playwright }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fv-profile-'));
  const { launchOptions, baseURL } = test.info().project.use;
  const launch = () => playwright.chromium.launchPersistentContext(dir, { ...launchOptions, baseURL, acceptDownloads: true });
  try {
    let ctx = await launch();
    let a = new App(ctx.pages()[0] || (await ctx.newPage()));
    let t = new Tracker(a);
    await t.openSample('kazakhstan-2018');
    await t.show('TRACKER');
    await t.setRow(INSPECTORS_2018, { status: 'partially_implemented', notes: 'Budget for 40 more inspectors approved' });
    await expect.poll(async () => (await t.stored()).length).toBe(1);
    await a.assertClean();
    await ctx.close();

    ctx = await launch();
    a = new App(ctx.pages()[0] || (await ctx.newPage()));
    t = new Tracker(a);
    await a.open();
    await t.show('LIBRARY');
    await expect(t.id('LIBRARY_ENTRY')).toHaveCount(1);
    await t.id('LIBRARY_ENTRY').getByRole('button', { name: 'Open' }).click();
    await expect(a.id('YEAR')).toHaveText('2018');
    await t.show('TRACKER');
    const row = t.row(INSPECTORS_2018);
    await expect(row.getByTestId(tids.TRACK_STATUS)).toHaveValue('partially_implemented');
    await expect(row.getByTestId(tids.TRACK_NOTES)).toHaveValue('Budget for 40 more inspectors approved');
    await a.assertClean();
    await ctx.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('from an empty library, Compare offers to add both samples and compares them', async ({ page }) => {
  await app.open();
  await tr.show('COMPARE');
  await tr.id('COMPARE').getByRole('button', { name: /Add both samples/ }).click();
  await expect(tr.id('COMPARE')).toContainText('Kazakhstan: 2013 → 2018');
  await expect(tr.id('COMPARE_ROW')).toHaveCount(16);
  await expect(tr.id('COMPARE_COUNTS').locator('tbody tr', { hasText: 'Number of Labor Inspectors' }).locator('td')).toHaveText(['—', '261']);
  await tr.show('LIBRARY');
  await expect(tr.id('LIBRARY_ENTRY')).toHaveCount(2);
  await expect.poll(() => page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('findings-viewer');
    open.onsuccess = () => {
      const get = open.result.transaction('library').objectStore('library').count();
      get.onsuccess = () => { resolve(get.result); open.result.close(); };
    };
  }))).toBe(2);
});

test('a refused save (quota exceeded) is shown plainly and the change stays on screen', async ({ page }) => {
  await tr.openSample('kazakhstan-2013');
  await tr.show('TRACKER');
  await tr.setRow(FUNDING, { status: 'in_progress' });
  await expect.poll(async () => (await tr.stored()).length).toBe(1);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await tr.setRow(RESEARCH, { status: 'implemented' });
  await expect(tr.id('STORAGE_WARNING')).toContainText('Could not save to browser storage: the browser refused to store more (storage quota exceeded)');
  await expect(tr.row(RESEARCH)).toHaveAttribute('data-status', 'implemented');
  expect((await tr.stored()).map((r) => r.status)).toEqual(['in_progress']);
  await tr.id('TRACKER').screenshot({ path: 'tests/output/storage-quota.png' });
});
