// Hostile report text (issue 7): payloads in prose, table cells, a caption, a footnote legend,
// reference texts and URLs (tests/fixtures/xss-kazakhstan-2018.txt, made by
// tests/fixtures/make-xss.js from the bundled sample), and in the text/html clipboard flavour.
// Every payload calls window.__xss(tag) if it ever runs; page.exposeFunction traps that call in
// every frame. The page's Content-Security-Policy would block inline scripts and handlers on its
// own, hiding an injection, so these tests bypass it (a payload put into the DOM as markup would
// then run) and separately record any CSP violation the normal page reports.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { App, sample } = require('./app');

const FIXTURES = path.join(__dirname, 'fixtures');
const hostile = fs.readFileSync(path.join(FIXTURES, 'xss-kazakhstan-2018.txt'), 'utf8');
const { payloads } = require('./fixtures/xss-payloads.json');

/** Sets the trap and the CSP-violation recorder; returns what they caught. */
async function trap(page) {
  const fired = [];
  await page.exposeFunction('__xss', (tag) => fired.push(String(tag)));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  return fired;
}

/** Touches everything a payload could hang on: hovers and focuses every element of the report,
 * opens the citation popovers, searches, and shows the Source view. */
async function exercise(app, { source = true } = {}) {
  const { page } = app;
  await app.rendered();
  await page.locator('main sup, main [tabindex], main a').evaluateAll((els) => {
    for (const el of els) {
      el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      el.dispatchEvent(new FocusEvent('focus'));
    }
  });
  const citations = app.id('CITATION');
  for (let i = 0; i < Math.min(await citations.count(), 5); i += 1) {
    await citations.nth(i).click();
  }
  await page.keyboard.press('Escape');
  await app.id('SEARCH_INPUT').fill('script');
  await expect(app.id('SEARCH_COUNT')).not.toHaveText('');
  await app.id('VIEW_SOURCE').click();
  await expect(app.id('SOURCE')).toBeVisible();
  if (source) await expect(app.id('SOURCE')).toContainText("<script>window.__xss('script')</script>");
  await app.id('VIEW_STRUCTURED').click();
  await app.rendered();
  await page.waitForTimeout(300); // a pending onload/onerror/animation would have fired by now
}

/** Every anchor on the page: in-page fragments, or http(s) links opening a new tab with
 * rel="noopener noreferrer"; no element carries an event-handler attribute; no active
 * element came from the report text. */
async function assertInert(page) {
  const anchors = await page.locator('a').evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel'), target: a.getAttribute('target') })));
  expect(anchors.length).toBeGreaterThan(20);
  const external = anchors.filter((a) => !(a.href || '').startsWith('#'));
  expect(external.length).toBeGreaterThan(20);
  for (const a of external) {
    expect(a.href, `anchor href ${a.href}`).toMatch(/^https?:\/\/[^\s]+$/);
    expect(a.rel).toBe('noopener noreferrer');
    expect(a.target).toBe('_blank');
  }
  const handlers = await page.evaluate(() => [...document.querySelectorAll('*')]
    .flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name) || /^\s*(javascript|data|vbscript):/i.test(a.value))
      .map((a) => `${el.tagName} ${a.name}=${a.value}`)));
  expect(handlers, 'event-handler attributes or script URLs in the DOM').toEqual([]);
  const active = await page.locator('main').evaluate((m) =>
    [...m.querySelectorAll('script, iframe, object, embed, img, style, svg, math, animate, form, base, link, meta')]
      .map((el) => el.outerHTML.slice(0, 80)));
  expect(active, 'markup elements made from report text').toEqual([]);
  const inlineStyles = await page.evaluate(() => [...document.querySelectorAll('main [style]')].map((el) => el.outerHTML.slice(0, 80)));
  expect(inlineStyles).toEqual([]);
}

test.describe('hostile report text (CSP bypassed, so an injection would run)', () => {
  test.use({ bypassCSP: true });

  test('payloads in prose, cells, captions, legends and references run nothing and show as text', async ({ page }) => {
    const fired = await trap(page);
    const app = new App(page);
    await app.open();
    await app.paste(hostile);
    await app.rendered();
    await expect(app.id('COUNTRY')).toHaveText('Kazakhstan');
    await exercise(app);
    expect(fired, 'payloads that ran').toEqual([]);

    const report = app.id('REPORT');
    // Unknown tags stay as they were typed; known inline tags (<a>, <b>, <p>, <span>, <sup>…) are
    // PDF/OCR residue the parser drops, keeping their text.
    for (const visible of [
      payloads.script, payloads.img, payloads.handler.replace(/<\/?div[^>]*>/g, ''),
      payloads.svg, payloads.style, payloads.md, payloads.mdData,
      "<svg><animate onbegin=\"window.__xss('animate')\" attributeName=x dur=1s></svg>",
      '<iframe src="javascript:window.__xss(\'iframe\')"></iframe>',
      "<img src=x onerror=\"window.__xss('mxss')\">",
      "javascript:window.__xss('js-url')", "JaVaScRiPt:window.__xss('js-mixed')",
      "javascript:window.__xss('js-spaces')", "&#106;avascript:window.__xss('js-entity')",
      "data:text/html,<script>window.__xss('data-url')</script>", 'vbscript:msgbox(1)',
    ]) {
      await expect(report, visible).toContainText(visible);
    }
    // The caption payload, in the table's caption.
    await expect(page.locator('figure caption, figure figcaption').filter({ hasText: '<object data=' })).toHaveCount(1);
    await expect(page.getByText('anchor text')).toBeVisible(); // <a href="javascript:…"> kept as text only
    await expect(report.getByRole('link', { name: 'http://www.example.org/ok' })).toHaveAttribute('href', 'http://www.example.org/ok');

    await assertInert(page);
    await app.screenshot('xss-report');
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    await app.assertClean();
    // Control: the same markup put into the DOM as HTML does fire the trap.
    await page.evaluate((html) => { document.body.insertAdjacentHTML('beforeend', html); }, "<img src=x onerror=\"window.__xss('control')\">");
    await expect.poll(() => fired).toEqual(['control']);
  });

  test('a text/html clipboard flavour with payloads runs nothing', async ({ page }) => {
    const fired = await trap(page);
    const app = new App(page);
    await app.open();
    const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // The sample as a web page would copy it: paragraphs and real <table>s, with live markup
    // payloads (which a renderer of this HTML would run) and escaped ones (which are text).
    const raw = '<img src=x onerror="window.__xss(\'html-img\')"><script>window.__xss(\'html-script\')</script>'
      + '<svg onload="window.__xss(\'html-svg\')"></svg><style>*{background:url(javascript:window.__xss(\'html-css\'))}</style>'
      + '<iframe src="javascript:window.__xss(\'html-iframe\')"></iframe><a href="javascript:window.__xss(\'html-a\')">a link</a>';
    const parts = [`<meta charset="utf-8">${raw}`];
    let rows = null;
    for (const line of sample('kazakhstan-2018').split('\n')) {
      if (line.startsWith('|')) {
        if (/^\|[-| ]+\|$/.test(line)) continue;
        rows ??= [];
        rows.push(`<tr>${line.slice(1, -1).split('|').map((c) => `<td>${esc(c.trim())}</td>`).join('')}</tr>`);
        continue;
      }
      if (rows) {
        rows[0] = rows[0].replace(/<(\/?)td>/g, '<$1th>');
        parts.push(`<table>${rows.join('')}</table>`);
        rows = null;
      }
      if (line.startsWith('In 2018, Kazakhstan made')) {
        parts.push(`<p>${esc(line)} ${esc("<script>window.__xss('html-text')</script>")} ${raw}</p>`);
      } else if (line.trim()) {
        parts.push(`<p>${esc(line)}</p>`);
      }
    }
    parts.splice(parts.findIndex((p) => p.startsWith('<table>')) + 1, 0,
      `<table><tr><th>Cell</th><th>Payload</th></tr><tr><td>${raw}</td><td onmouseover="window.__xss('html-td')">${esc('<img src=x onerror=window.__xss(1)>')}</td></tr></table>`);
    const html = `<html><body>${parts.join('\n')}</body></html>`;
    await app.paste(sample('kazakhstan-2018'), { html });
    await app.rendered();
    await expect(app.id('COUNTRY')).toHaveText('Kazakhstan');
    await expect(app.id('REPORT')).toContainText("<script>window.__xss('html-text')</script>");
    await expect(app.id('REPORT')).toContainText('<img src=x onerror=window.__xss'); // the html flavour was used (its "(1)" is a citation)
    await exercise(app, { source: false });
    expect(fired, 'payloads that ran').toEqual([]);
    await assertInert(page);
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    await app.assertClean();
  });
});

test('with the page\'s own CSP, the hostile text reports no policy violation', async ({ page }) => {
  const fired = await trap(page);
  const app = new App(page);
  await app.open();
  await app.paste(hostile);
  await app.rendered();
  await exercise(app);
  expect(fired).toEqual([]);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  await app.assertClean();
});
