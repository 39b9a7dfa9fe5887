/**
 * Renders assets/icon.svg to the PNG sizes the manifest needs (WXT finds public/icon/<size>.png):
 * `npx tsx scripts/gen-icons.ts`. The PNGs are committed, so a build needs no browser.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128] as const;
const source = resolve('assets/icon.svg');
const outDir = resolve('public/icon');

async function main(): Promise<void> {
  const svg = await readFile(source, 'utf8');
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
      );
      const path = resolve(outDir, `${size}.png`);
      await page.locator('svg').screenshot({ path, omitBackground: true });
      await page.close();
      console.log(`wrote ${path}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
