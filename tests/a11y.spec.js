// Accessibility: an axe-core scan (WCAG 2 A/AA rules) of each main view must find nothing.
// axe is injected as a script, which the app's CSP rightly forbids: these tests alone bypass it.
const { test, expect } = require('@playwright/test');
const { App, axeScan: scan } = require('./app');

test.use({ bypassCSP: true });

test('landing view has no axe violations', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await scan(page, 'landing');
});

for (const scheme of ['light', 'dark']) {
  test(`report and source views have no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = new App(page);
    await app.open('#kazakhstan-2013');
    await app.rendered();
    await app.id('SEARCH_INPUT').fill('cotton');
    await scan(page, `structured view (${scheme})`);
    await app.id('VIEW_SOURCE').click();
    await expect(app.id('SOURCE')).toBeVisible();
    await scan(page, `source view (${scheme})`);
  });
}
