// Accessibility of the tracker, compare and library panes: an axe-core scan (WCAG 2 A/AA) of each,
// light and dark. axe is injected as a script, which the app's CSP forbids: these tests bypass it.
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { App } = require('./app');
const { Tracker } = require('./tracker');

test.use({ bypassCSP: true });

const AXE = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');

async function scan(page, name) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe violations in ${name}`).toEqual([]);
}

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
