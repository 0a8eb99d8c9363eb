// Page object for the tracker, compare and library panes. Test ids come from
// tests/tracker-ids.json, which a native Rust test keeps equal to src/tracker/ids.rs.
const { expect } = require('@playwright/test');
const tids = require('./tracker-ids.json');

class Tracker {
  constructor(app) {
    this.app = app;
    this.page = app.page;
  }

  id(name) {
    return this.page.getByTestId(tids[name]);
  }

  /** Opens a bundled sample through its deep link and waits for its report. */
  async openSample(name) {
    const year = name.split('-').pop();
    if (this.page.url().includes('127.0.0.1')) {
      await this.page.evaluate((h) => { location.hash = h; }, `#${name}`);
    } else {
      await this.app.open(`#${name}`);
    }
    await expect(this.app.id('YEAR')).toHaveText(year);
  }

  async show(tab) {
    await this.id(`TAB_${tab}`).click();
    await expect(tab === 'REPORT' ? this.app.id('REPORT') : this.id(tab)).toBeVisible();
  }

  rows() {
    return this.id('TRACK_ROW');
  }

  row(text) {
    return this.rows().filter({ hasText: text });
  }

  async setRow(text, { status, owner, due, notes }) {
    const row = this.row(text);
    if (status) await row.getByTestId(tids.TRACK_STATUS).selectOption(status);
    if (owner !== undefined) await row.getByTestId(tids.TRACK_OWNER).fill(owner);
    if (due !== undefined) await row.getByTestId(tids.TRACK_DUE).fill(due);
    if (notes !== undefined) await row.getByTestId(tids.TRACK_NOTES).fill(notes);
  }

  /** What the tracker list shows, row by row. */
  async state() {
    return this.rows().evaluateAll((rows, t) =>
      rows.map((r) => ({
        key: r.dataset.key,
        status: r.querySelector(`[data-testid="${t.TRACK_STATUS}"]`).value,
        owner: r.querySelector(`[data-testid="${t.TRACK_OWNER}"]`).value,
        due: r.querySelector(`[data-testid="${t.TRACK_DUE}"]`).value,
        notes: r.querySelector(`[data-testid="${t.TRACK_NOTES}"]`).value,
      })), tids);
  }

  /** The records IndexedDB holds (read straight from the database the app opened). */
  async stored() {
    return this.page.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('findings-viewer');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const get = db.transaction('records').objectStore('records').getAll();
        get.onsuccess = () => { resolve(get.result.map((s) => JSON.parse(s))); db.close(); };
        get.onerror = () => reject(get.error);
      };
    }));
  }

  async exportJson() {
    const file = await this.app.download(() => this.id('EXPORT_TRACKER_JSON').click());
    return { ...file, json: JSON.parse(file.text) };
  }

  async importFile(name, text) {
    await this.id('IMPORT_INPUT').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
  }
}

module.exports = { Tracker, tids };
