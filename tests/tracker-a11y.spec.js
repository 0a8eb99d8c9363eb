// Accessibility of the tracker, compare and library panes: an axe-core scan (WCAG 2 A/AA) of each,
// light and dark. axe is injected as a script, which the app's CSP forbids: these tests bypass it.
const { test, expect } = require('@playwright/test');
const { App, axeScan: scan } = require('./app');
const { Tracker } = require('./tracker');

test.use({ bypassCSP: true });

for (const scheme of ['light', 'dark']) {
  test(`tracker, compare and library panes have no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = new App(page);
    const tr = new Tracker(app);
    await tr.openSample('kazakhstan-2013');
    await tr.openSample('kazakhstan-2018');
    await tr.show('TRACKER');
    await tr.setRow('Increase the number of labor inspectors', { status: 'in_progress', owner: 'MLSP' });
    await scan(page, `tracker (${scheme})`);
    await tr.show('COMPARE');
    await expect(tr.id('COMPARE_ROW')).toHaveCount(16);
    await scan(page, `compare (${scheme})`);
    await tr.show('LIBRARY');
    await scan(page, `library (${scheme})`);
    await app.assertClean();
  });
}
