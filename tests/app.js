// Page object for the viewer. Test ids come from tests/ids.json, which a native Rust test keeps
// equal to src/ids.rs (the ids the components use).
const fs = require('node:fs');
const path = require('node:path');
const { expect } = require('@playwright/test');
const ids = require('./ids.json');

const SAMPLES = path.join(__dirname, '..', 'assets', 'samples');
const OUTPUT = path.join(__dirname, 'output');

const sample = (name) => fs.readFileSync(path.join(SAMPLES, `${name}.txt`), 'utf8');

class App {
  constructor(page) {
    this.page = page;
    this.consoleErrors = [];
    this.foreignRequests = [];
    page.on('console', (m) => {
      if (m.type() === 'error') this.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => this.consoleErrors.push(String(e)));
    page.on('request', (r) => {
      const url = new URL(r.url());
      const local = url.hostname === '127.0.0.1' || ['blob:', 'data:'].includes(url.protocol);
      if (!local) this.foreignRequests.push(r.url());
    });
  }

  id(name) {
    return this.page.getByTestId(ids[name]);
  }

  async open(hash = '') {
    await this.page.goto(`/${hash}`);
    await expect(this.id('PASTE_AREA')).toBeAttached();
  }

  /** Pastes text the way a browser does: a `paste` event carrying text/plain (and text/html). */
  async paste(text, { html, target = 'body' } = {}) {
    await this.page.evaluate(
      ({ text, html, target }) => {
        const dt = new DataTransfer();
        dt.setData('text/plain', text);
        if (html) dt.setData('text/html', html);
        const el = target === 'body' ? document.body : document.querySelector(target);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      },
      { text, html, target },
    );
  }

  async pasteSample(name) {
    await this.paste(sample(name));
    await this.rendered();
  }

  /** Waits for the report on screen to be built whole (its later parts, and a long table's
   * later rows, come a few tasks after the first screen, src/report/). */
  async rendered() {
    await expect(this.id('REPORT')).toBeVisible();
    await expect(this.id('REPORT')).toHaveAttribute('data-rendered', 'all');
    await expect(this.page.locator('figure[data-rendered=partial]')).toHaveCount(0);
  }

  table(number) {
    return this.page.locator(`figure#table-${number}`);
  }

  tocLinks() {
    return this.id('TOC').getByRole('link');
  }

  async download(click) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), click()]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
  }

  async screenshot(name, opts = {}) {
    fs.mkdirSync(OUTPUT, { recursive: true });
    await this.page.screenshot({ path: path.join(OUTPUT, `${name}.png`), ...opts });
  }

  /** The checks every test ends with: nothing left 127.0.0.1, nothing logged as an error. */
  async assertClean() {
    expect(this.foreignRequests, 'requests leaving 127.0.0.1').toEqual([]);
    expect(this.consoleErrors, 'console errors').toEqual([]);
  }
}

/** axe-core (WCAG 2 A/AA) over the page must find nothing; the caller bypasses the CSP, which
 * rightly forbids the injected script. */
const AXE = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');

async function axeScan(page, name) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe violations in ${name}`).toEqual([]);
}

module.exports = { App, axeScan, ids, sample };
