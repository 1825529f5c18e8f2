// Renders web/public/icon.svg into the PNG icons of the web app manifest, in the browser tests' Chromium (the
// machine has no image tools). Run from the repository root after changing icon.svg: node scripts/web-icons.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(join(root, 'tests/browser/package.json'))('playwright-core');
const dir = join(root, 'web/public');
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
// The maskable icon fills the square (the launcher cuts its own shape) and keeps the path in the safe middle 80 %.
const maskable = svg
  .replace(' rx="96"', '')
  .replace('<path', '<g transform="translate(51.2 51.2) scale(0.8)"><path')
  .replace(/(<circle[^>]*\/>)/, '$1</g>');
const icons = [
  ['icon-192.png', 192, svg],
  ['icon-512.png', 512, svg],
  ['icon-maskable-512.png', 512, maskable],
  ['apple-touch-icon.png', 180, maskable],
];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, size, source] of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0">${source.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: join(dir, name), omitBackground: true });
  await page.close();
}
await browser.close();
