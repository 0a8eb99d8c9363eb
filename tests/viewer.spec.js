// End-to-end tests of the release bundle. Facts asserted here were read off the sample reports
// by hand (assets/samples/); where they fail, the parser has not recovered them yet.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { App, sample } = require('./app');
const { webPage } = require('./fixtures/web-page');

let app;
test.beforeEach(async ({ page }) => {
  app = new App(page);
});
test.afterEach(async () => {
  await app.assertClean();
});

test('first visit explains, offers a paste area, a file picker and samples', async () => {
  await app.open();
  await expect(app.page.getByText('Paste the text of a U.S. Department of Labor')).toBeVisible();
  await expect(app.id('PASTE_AREA')).toBeVisible();
  await expect(app.id('FILE_INPUT')).toBeAttached();
  await expect(app.page.getByRole('button', { name: 'Kazakhstan 2013' })).toBeVisible();
  await expect(app.page.getByRole('button', { name: 'Kazakhstan 2018' })).toBeVisible();
  await app.screenshot('landing');
});

test('text that is not a report gets a message and stays in the box', async () => {
  await app.open();
  const recipe = 'Chocolate cake\n\n2 eggs, 200 g flour, 100 g sugar.\nMix and bake for 30 minutes.';
  await app.paste(recipe);
  await expect(app.id('NOTICE')).toContainText('does not look like a Findings country report');
  await expect(app.id('PASTE_AREA')).toHaveValue(recipe);
  await expect(app.id('REPORT')).toHaveCount(0);
  await app.screenshot('not-a-report');
});

test('a pasted report paints its first section at once and its other parts right after', async () => {
  await app.open();
  // What the frame right after the paste holds (a requestAnimationFrame callback runs before
  // that frame is painted), then what the page holds once it is quiet.
  const first = await app.page.evaluate((text) => new Promise((resolve) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    requestAnimationFrame(() => resolve({
      sections: document.querySelectorAll('article .section').length,
      tocLinks: document.querySelectorAll('[data-testid=toc] a').length,
      rendered: document.querySelector('article').dataset.rendered,
    }));
  }), sample('kazakhstan-2013'));
  expect(first.rendered).toBe('partial');
  expect(first.sections).toBe(1);
  await app.rendered();
  // Sections I–VII and the references; the table of contents was whole from the first frame.
  await expect(app.page.locator('article .section')).toHaveCount(8);
  expect(first.tocLinks).toBe(await app.tocLinks().count());
  await expect(app.table(9)).toBeAttached();
  // Printing right after a paste prints the whole report: `beforeprint` builds the rest at once.
  const printed = await app.page.evaluate((text) => new Promise((resolve) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    requestAnimationFrame(() => {
      const before = document.querySelector('article').dataset.rendered;
      dispatchEvent(new Event('beforeprint'));
      queueMicrotask(() => setTimeout(() => resolve({ before, after: document.querySelectorAll('article .section').length }), 0));
    });
  }), sample('kazakhstan-2018'));
  expect(printed.before).toBe('partial');
  expect(printed.after).toBe(8);
});

test('a table of 2,000 rows paints its first rows at once and the others right after', async () => {
  await app.open();
  // The 2013 sample with one row of its first table printed 1,900 times more.
  const lines = sample('kazakhstan-2013').split('\n');
  const at = lines.findIndex((l) => l.startsWith('Combining Work and School'));
  expect(at).toBeGreaterThan(0);
  const text = [...lines.slice(0, at + 1), ...Array(1900).fill(lines[at]), ...lines.slice(at + 1)].join('\n');
  const first = await app.page.evaluate((text) => new Promise((resolve) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    requestAnimationFrame(() => {
      const table = document.querySelector('figure[data-rendered=partial]');
      resolve({ id: table && table.id, rows: table && table.querySelectorAll('tbody tr').length });
    });
  }), text);
  expect(first.id).toBe('table-1');
  expect(first.rows).toBe(100);
  await app.rendered();
  await expect(app.table(1).locator('tbody tr')).toHaveCount(1901 + 3);
  // A search needs every row in the page: it builds them at once.
  await app.paste(text);
  await app.id('SEARCH_INPUT').fill('Combining');
  await expect(app.table(1)).toHaveAttribute('data-rendered', 'all');
  await expect(app.table(1).locator('mark.hit')).toHaveCount(1901);
});

test.describe('Kazakhstan 2013, pasted', () => {
  test.beforeEach(async () => {
    await app.open();
    await app.pasteSample('kazakhstan-2013');
  });

  test('header: country, year, assessment badge', async () => {
    await expect(app.id('COUNTRY')).toHaveText('Kazakhstan');
    await expect(app.id('YEAR')).toHaveText('2013');
    await expect(app.id('ASSESSMENT')).toContainText('Minimal Advancement');
    await expect(app.id('ASSESSMENT')).toHaveClass(/level-minimal/);
    await expect(app.id('PASTE_AREA')).toHaveValue(sample('kazakhstan-2013'));
    await app.screenshot('report-2013');
    await app.screenshot('report-2013-full', { fullPage: true });
  });

  test('table of contents lists sections and tables', async () => {
    const toc = app.id('TOC');
    await expect(toc.getByRole('link', { name: /^I\. Prevalence and Sectoral Distribution of Child Labor$/i })).toBeVisible();
    await expect(toc.getByRole('link', { name: /^VII\. Suggested Government Actions/i })).toBeVisible();
    await expect(toc.getByRole('link', { name: /^Table 2\. Overview of Children's Work by Sector and Activity$/ })).toBeVisible();
    await expect(toc.getByRole('link', { name: /^Table 9\. Suggested Government Actions to Eliminate Child Labor, Including its Worst Forms$/ })).toBeVisible();
    await expect(toc.getByRole('link', { name: /^References \(\d+\)$/ })).toBeVisible();
  });

  test('Table 9: 8 suggested actions in 4 areas, exact cells, accessible markup', async () => {
    const t = app.table(9);
    await expect(t.locator('caption')).toHaveText('Table 9. Suggested Government Actions to Eliminate Child Labor, Including its Worst Forms');
    await expect(t.locator('thead th[scope=col]')).toHaveText(['Area', 'Suggested Action', 'Year(s) Suggested']);
    const rows = t.locator('tbody tr');
    await expect(rows).toHaveCount(8);
    const areas = await rows.locator('th[scope=row] .ct').allInnerTexts();
    expect([...new Set(areas)]).toEqual(['Enforcement', 'Coordination', 'Government Policies', 'Social Programs']);
    await expect(rows.nth(0).locator('td .ct')).toHaveText([
      'Collect and make available to the public information on all official inspections, child labor violations found during investigations, and child labor cases prosecuted for both labor law and criminal law offences.',
      '2009 – 2013',
    ]);
    await expect(rows.nth(1).locator('th')).toHaveClass(/carried/);
    await expect(rows.nth(1).locator('td .ct')).toHaveText([
      'Create a labor inspection strategy that targets child labor in cotton fields and other places where children are commonly employed.',
      '2013',
    ]);
    await t.scrollIntoViewIfNeeded();
    await app.screenshot('table-9');
  });

  test('Table 2: "Production of vegetables" has its sector carried down, and a footnote mark', async () => {
    const row = app.table(2).locator('tbody tr', { hasText: 'Production of vegetables' });
    await expect(row).toHaveCount(1);
    const sector = row.locator('th[scope=row]');
    await expect(sector.locator('.ct')).toHaveText('Agriculture');
    await expect(sector).toHaveClass(/carried/);
    const mark = row.locator('sup.mark').first();
    await expect(mark).toHaveText('*');
    await expect(mark).toHaveAttribute('data-legend', /Evidence of this activity is limited/);
  });

  test('a citation opens a popover with the reference text', async () => {
    const cite = app.page.locator('#section-1').getByTestId('citation').first();
    await expect(cite).toHaveText('(1-5)');
    await cite.click();
    const pop = app.page.locator('#section-1').getByTestId('citation-popover').first();
    await expect(pop).toBeVisible();
    await expect(pop).toContainText('ILO-IPEC in Kazakhstan Newsletter');
    await app.screenshot('citation-popover');
    // One popover at a time; Escape and a click elsewhere close it.
    await app.page.locator('#section-1').getByTestId('citation').nth(1).focus();
    await app.page.keyboard.press('Enter');
    await expect(app.page.getByTestId('citation-popover').filter({ visible: true })).toHaveCount(1);
    await app.page.keyboard.press('Escape');
    await expect(app.page.getByTestId('citation-popover').filter({ visible: true })).toHaveCount(0);
    await cite.click();
    await expect(pop).toBeVisible();
    await app.id('COUNTRY').click();
    await expect(pop).toBeHidden();
    await cite.click();
    await pop.getByRole('link', { name: '1.' }).click();
    await expect(app.page.locator('#ref-1')).toBeInViewport();
  });

  test('search counts, highlights and steps through matches', async () => {
    await app.page.keyboard.press('/');
    await expect(app.id('SEARCH_INPUT')).toBeFocused();
    await app.page.keyboard.type('cotton');
    const count = app.id('SEARCH_COUNT');
    await expect(count).toHaveText(/^1 of \d+$/);
    const total = Number(await count.getAttribute('data-count'));
    expect(total).toBeGreaterThanOrEqual(5);
    await expect(app.page.locator('mark.hit')).toHaveCount(total);
    await app.id('SEARCH_NEXT').click();
    await expect(count).toHaveText(`2 of ${total}`);
    await expect(app.page.locator('mark.hit.current')).toHaveCount(1);
    await expect(app.page.locator('mark.hit.current')).toBeInViewport();
    await app.id('SEARCH_PREV').click();
    await app.id('SEARCH_PREV').click();
    await expect(count).toHaveText(`${total} of ${total}`);
    await app.screenshot('search');
    await app.id('SEARCH_INPUT').fill('no such words here');
    await expect(count).toHaveText('No matches');
  });

  test('diagnostics link each warning to its line in the Source view', async () => {
    const link = app.id('WARNING_LINK').first();
    await expect(link).toBeVisible();
    const line = Number((await link.innerText()).replace('line ', ''));
    await link.click();
    await expect(app.id('SOURCE')).toBeVisible();
    await expect(app.page.locator(`#line-${line}`)).toBeInViewport();
    await expect(app.page.locator(`#line-${line}`)).toHaveClass(/warn/);
    await app.screenshot('source-view');
    await app.id('VIEW_STRUCTURED').click();
    await expect(app.id('REPORT')).toBeVisible();
  });

  test('exports: table CSV (RFC 4180, BOM), JSON, Markdown; copy table as TSV', async ({ context }) => {
    const csv = await app.download(() => app.table(9).getByTestId('export-csv').click());
    expect(csv.name).toBe('kazakhstan-2013-table-9.csv');
    expect(csv.text.startsWith('\uFEFFArea,Suggested Action,Year(s) Suggested\r\n')).toBe(true);
    expect(csv.text).toContain('\r\nEnforcement,Supply adequate funding for child labor inspections.,2010 – 2013\r\n');
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(9);

    const json = await app.download(() => app.id('EXPORT_JSON').click());
    expect(json.name).toBe('kazakhstan-2013.json');
    const report = JSON.parse(json.text);
    expect(report.country).toBe('Kazakhstan');
    expect(report.year).toBe(2013);
    expect(report.recommendations).toHaveLength(8);

    const md = await app.download(() => app.id('EXPORT_MARKDOWN').click());
    expect(md.text.startsWith('# Kazakhstan (2013)\n')).toBe(true);
    expect(md.text).toContain('| Area | Suggested Action | Year(s) Suggested |');

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.table(9).getByTestId('copy-table').click();
    await expect(app.id('STATUS')).toHaveText('Copied Table 9 as tab-separated text');
    const tsv = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(tsv.split('\n')[0]).toBe('Area\tSuggested Action\tYear(s) Suggested');
    expect(tsv).toContain('Government Policies\tAssess the impact that existing government policies have on child labor.\t2013\n');
  });
});

test.describe('Kazakhstan 2018', () => {
  test('pasted: header and Table 11 with 9 actions in 5 areas', async () => {
    await app.open();
    await app.pasteSample('kazakhstan-2018');
    await expect(app.id('COUNTRY')).toHaveText('Kazakhstan');
    await expect(app.id('YEAR')).toHaveText('2018');
    await expect(app.id('ASSESSMENT')).toContainText('Minimal Advancement');
    const rows = app.table(11).locator('tbody tr');
    await expect(rows).toHaveCount(9);
    const areas = await rows.locator('th[scope=row] .ct').allInnerTexts();
    expect([...new Set(areas)]).toEqual(['Legal Framework', 'Enforcement', 'Coordination', 'Government Policies', 'Social Programs']);
    await expect(app.table(11).locator('caption')).toHaveText('Table 11. Suggested Government Actions to Eliminate Child Labor');
    await expect(app.id('TOC').getByRole('link', { name: /^Table 11\. Suggested Government Actions/ })).toBeVisible();
    await app.screenshot('report-2018');
  });

  test('deep link opens the sample at a table', async () => {
    await app.page.goto('/#kazakhstan-2018/table-11');
    await expect(app.table(11)).toBeInViewport();
    await expect(app.id('COUNTRY')).toHaveText('Kazakhstan');
    // The target is not hidden under the sticky top bar.
    const bar = await app.page.locator('.topbar').boundingBox();
    const caption = await app.table(11).locator('caption').boundingBox();
    expect(caption.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
    await app.screenshot('deep-link-table-11');
  });

  test('deep link to a section and to a source line', async () => {
    await app.page.goto('/#kazakhstan-2018/section-2');
    await expect(app.page.locator('#section-2')).toBeInViewport();
    await app.page.goto('/#kazakhstan-2018/line-40');
    await expect(app.id('SOURCE')).toBeVisible();
    await expect(app.page.locator('#line-40')).toBeInViewport();
  });

  test('sample buttons load a sample; a TOC link updates the hash', async () => {
    await app.open();
    await app.page.getByRole('button', { name: 'Kazakhstan 2018' }).click();
    await expect(app.id('YEAR')).toHaveText('2018');
    await app.id('TOC').getByRole('link', { name: /^Table 11\./ }).click();
    await expect(app.page).toHaveURL(/#kazakhstan-2018\/table-11$/);
    await expect(app.table(11)).toBeInViewport();
  });
});

test('a paste carrying text/html uses its real <table> rows', async () => {
  await app.open();
  // The 2013 sample as a web page would put it on the clipboard: tab rows as <table>s.
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  let html = '<html><body>';
  let inTable = false;
  for (const line of sample('kazakhstan-2013').split('\n')) {
    if (line.includes('\t')) {
      if (!inTable) html += '<table>';
      inTable = true;
      html += '<tr>' + line.replace(/\t$/, '').split('\t').map((c) => `<td>${esc(c)}</td>`).join('') + '</tr>';
    } else {
      if (inTable) html += '</table>';
      inTable = false;
      if (line.trim()) html += `<p>${esc(line)}</p>`;
    }
  }
  html += '</body></html>';
  await app.paste('plain text that is not a report', { html });
  await expect(app.id('COUNTRY')).toHaveText('Kazakhstan');
  await expect(app.table(9).locator('tbody tr')).toHaveCount(8);
  await expect(app.id('PASTE_AREA')).toHaveValue(/Enforcement\tCollect and make available/);
});

test('a copy out of Chrome\'s PDF viewer (PDFium text, CRLF) gives the actions table and the whole reference list', async () => {
  await app.open();
  const fixture = path.join(__dirname, '..', 'crates', 'findings', 'tests', 'data', 'pdfium_cote_divoire_2020_actions_header_only_after_references.txt');
  await app.paste(fs.readFileSync(fixture, 'utf8'));
  await expect(app.id('COUNTRY')).toHaveText('Côte d’Ivoire');
  await expect(app.id('YEAR')).toHaveText('2020');
  // The table's second page comes after reference 27, under its header with no caption.
  const rows = app.table(11).locator('tbody tr');
  await expect(rows).toHaveCount(14);
  await expect(rows.last()).toContainText('Ensure that there are sufficient classrooms available for all students enrolled.');
  await expect(app.id('REFERENCES').locator('li')).toHaveCount(27);
  await expect(app.id('REFERENCES')).not.toContainText('Côte d’lvoire');
  await app.table(11).scrollIntoViewIfNeeded();
  await app.screenshot('pdfium-cote-divoire-2020');
});

test('a real copy of the report\'s web page (tables with rowspan) gives the tables of the tab copy', async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const text = sample('kazakhstan-2013');
  // The tables of the plain-text paste, for comparison.
  const cells = () => app.page.locator('figure table').evaluateAll((ts) => ts.map((t) => t.innerText));
  await app.open();
  await app.pasteSample('kazakhstan-2013');
  const expected = await cells();
  // The web page: select all, Ctrl+C, as a user copies it (Chromium writes text/html and text/plain).
  const web = await context.newPage();
  await web.setContent(webPage(text));
  expect(await web.locator('td[rowspan]').count()).toBeGreaterThan(3);
  await web.keyboard.press('Control+A');
  await web.keyboard.press('Control+C');
  await web.close();
  // Into a fresh page of the app: focus the paste area, Ctrl+V (a real paste event).
  await app.open();
  const html = await app.page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return (await item.getType('text/html')).text();
  });
  expect(html).toMatch(/rowspan="3"/);
  await app.id('PASTE_AREA').focus();
  await app.page.keyboard.press('Control+V');
  await expect(app.id('COUNTRY')).toHaveText('Kazakhstan');
  await expect(app.id('PASTE_AREA')).toHaveValue(/^Enforcement\tCollect and make available/m);
  // The later parts come a few tasks after the first screen: compare the report built whole.
  await app.rendered();
  expect(await cells()).toEqual(expected);
  // The Area cell spanning three rows is carried down like a blank cell of the tab copy.
  await expect(app.table(9).locator('tbody tr').nth(1).locator('th')).toHaveClass(/carried/);
});

test('a paste holding two reports offers a picker between them', async () => {
  await app.open();
  await app.paste(sample('kazakhstan-2013') + '\n\n' + sample('kazakhstan-2018'));
  const picker = app.page.getByLabel('Report in this text');
  await expect(picker).toBeVisible();
  await expect(picker.locator('option')).toHaveText(['Kazakhstan 2013', 'Kazakhstan 2018']);
  await expect(app.id('YEAR')).toHaveText('2013');
  await picker.selectOption({ label: 'Kazakhstan 2018' });
  await expect(app.id('YEAR')).toHaveText('2018');
  await expect(app.table(11).locator('tbody tr')).toHaveCount(9);
});

test('a multi-megabyte paste is parsed and shown (time recorded)', async () => {
  await app.open();
  // ~5 MB: the two samples, alternating, as a pasted annual book would hold ~150 reports.
  const one = sample('kazakhstan-2013') + '\n\n' + sample('kazakhstan-2018') + '\n\n';
  const book = one.repeat(Math.ceil((5 * 1024 * 1024) / one.length));
  const t0 = Date.now();
  await app.paste(book);
  await expect(app.id('REPORT')).toBeVisible({ timeout: 60_000 });
  const ms = Date.now() - t0;
  await expect(app.id('STATUS')).toHaveText(/^Parsed 5\.\d MB in \d+ ms: \d+ report\(s\)$/);
  const options = await app.page.getByLabel('Report in this text').locator('option').count();
  const meta = await app.page.locator('.report-header .meta').innerText();
  console.log(`perf: ${(book.length / 1048576).toFixed(1)} MB paste → ${options} reports, structured view in ${ms} ms (${meta.replace(/.*· /, '')})`);
  expect(options).toBeGreaterThan(100);
});

test.describe('views', () => {
  test('narrow screen (360 px), dark mode and print', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await app.page.goto('/#kazakhstan-2013');
    await app.rendered();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await app.screenshot('narrow-360');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('dark');
    await page.emulateMedia({ colorScheme: 'light', media: 'print' });
    await expect(app.id('TOC')).toBeHidden();
    await expect(app.id('PASTE_AREA')).toBeHidden();
    await app.screenshot('print', { fullPage: true });
  });

  test('a dropped file is read and parsed (UTF-16 with BOM)', async () => {
    await app.open();
    const text = sample('kazakhstan-2013');
    await app.page.evaluate((text) => {
      const units = [0xfeff, ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))];
      const bytes = new Uint8Array(units.length * 2);
      units.forEach((u, i) => { bytes[2 * i] = u & 0xff; bytes[2 * i + 1] = u >> 8; });
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'report.txt', { type: 'text/plain' }));
      document.querySelector('[data-testid="drop-zone"]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    await expect(app.id('COUNTRY')).toHaveText('Kazakhstan');
    await expect(app.id('NOTICE')).toContainText('UTF-16LE');
  });
});
