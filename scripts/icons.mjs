// Renders the PWA icons (assets/pwa/*.svg) to PNG with Debian's Chromium through Playwright.
// Run once after editing an SVG: node scripts/icons.mjs   (the PNGs are committed). Each
// screenshot is stored as an indexed-colour PNG (scripts/palette-png.mjs): ~2-3x smaller.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { decode, encodePalette } from './palette-png.mjs';

const jobs = [
  ['assets/pwa/icon.svg', 192, 'assets/pwa/icon-192.png'],
  ['assets/pwa/icon.svg', 512, 'assets/pwa/icon-512.png'],
  ['assets/pwa/icon-maskable.svg', 512, 'assets/pwa/icon-maskable-512.png'],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [svg, size, out] of jobs) {
  await page.setViewportSize({ width: size, height: size });
  const src = `data:image/svg+xml;base64,${readFileSync(svg).toString('base64')}`;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`,
  );
  writeFileSync(out, encodePalette(decode(await page.screenshot({ omitBackground: true }))));
  console.log(`icons: ${out}`);
}
await browser.close();
