/**
 * Renders the sidebar with example findings into a static page and screenshots it, so a
 * person can look at what the users will see: `npx tsx scripts/preview-sidebar.ts`.
 * Output: tests/e2e/artifacts/sidebar-preview.html and sidebar-*.png (gitignored).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { bundlePreviewPage } from './preview-bundle';

const out = resolve('tests/e2e/artifacts');
const pageCss = `
  body { margin: 0; padding: 24px; background: #f0f2f5; font: 15px/1.4 Georgia, serif; color: #333; }
  .scene { margin-bottom: 40px; }
  .scene h1 { font: 600 13px system-ui, sans-serif; color: #666; margin: 0 0 8px; text-transform: uppercase; }
  .row { display: flex; gap: 16px; align-items: flex-start; }
  .composer { width: 440px; min-height: 140px; padding: 14px; background: #fff; border: 1px solid #ccd0d5; border-radius: 8px; }
  /* A hostile page rule: the shadow root must keep the sidebar as designed. */
  button { background: hotpink !important; font-size: 30px !important; }
`;

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const js = await bundlePreviewPage('scripts/preview-sidebar/page.tsx');
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Zorgvuldig sidebar preview</title><style>${pageCss}</style></head><body><script>${js}</script></body></html>`;
  const htmlPath = resolve(out, 'sidebar-preview.html');
  await writeFile(htmlPath, html);

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1100 }, deviceScaleFactor: 1 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(htmlPath).href);
    await page.locator('#review [role="tab"]').nth(1).click();
    await page.locator('#review input[type="checkbox"]').first().check();
    await page
      .locator('#findings details')
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    // Reach a fix with the keyboard, as a keyboard user would, to see the focus ring.
    await page.locator('#findings .composer').click();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    // Let the delayed "checking" hint fade in, as a slow check would show it.
    await page.waitForTimeout(1000);
    for (const id of ['findings', 'review', 'empty', 'collapsed', 'english', 'error', 'passage', 'guess']) {
      await page.locator(`#${id}`).screenshot({ path: resolve(out, `sidebar-${id}.png`) });
    }
    await page.screenshot({ path: resolve(out, 'sidebar-all.png'), fullPage: true });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    console.log(`wrote ${htmlPath} and sidebar-*.png`);
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
