// Browser tests: Playwright driving Debian's Chromium (/usr/bin/chromium; never a downloaded
// browser) against the release bundle in dist/, served by scripts/serve.mjs on 127.0.0.1.
// Playwright gives every launch a fresh temporary profile (its own --user-data-dir).
const { defineConfig } = require('@playwright/test');

const port = Number(process.env.FV_PORT || 4173);

module.exports = defineConfig({
  testDir: 'tests',
  outputDir: 'tests/output/results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    acceptDownloads: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
