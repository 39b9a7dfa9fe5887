/**
 * Shows the welcome page and the popup as a person sees them: `npx tsx scripts/preview-welcome.ts`.
 * 1. Plain pages with example settings (fresh, organisation with locks, English);
 * 2. with --extension, the built extension (.output/chrome-mv3) in a fresh profile: the welcome
 *    tab must open by itself on install, and popup.html is shown at the popup's width.
 * Output: tests/e2e/artifacts/welcome-*.png and popup-*.png (gitignored).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { bundlePreviewPage } from './preview-bundle';

const out = resolve('tests/e2e/artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu'];
const scenes = ['plain', 'org', 'english'] as const;

async function writePage(view: 'welcome' | 'popup', js: string): Promise<string> {
  const css = await readFile(resolve(`entrypoints/${view}/style.css`), 'utf8');
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${view}</title><style>${css}</style></head><body><div id="app"></div><script>${js}</script></body></html>`;
  const path = resolve(out, `${view}-preview.html`);
  await writeFile(path, html);
  return path;
}

/** Fails on uncaught errors, so a broken page is never mistaken for a picture of it. */
function watchErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
}

async function plainPages(): Promise<void> {
  const js = await bundlePreviewPage('scripts/preview-welcome/page.tsx');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const errors: string[] = [];
  try {
    for (const view of ['welcome', 'popup'] as const) {
      const url = pathToFileURL(await writePage(view, js)).href;
      const viewport = view === 'popup' ? { width: 300, height: 200 } : { width: 1000, height: 800 };
      for (const scene of scenes) {
        const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
        watchErrors(page, errors);
        await page.goto(`${url}?view=${view}&scene=${scene}`);
        if (view === 'popup' && scene === 'plain') {
          // Show the keyboard focus ring on the second switch, as a keyboard user sees it.
          for (let i = 0; i < 2; i++) await page.keyboard.press('Tab');
        }
        await page.screenshot({ path: resolve(out, `${view}-${scene}.png`), fullPage: true });
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  console.log('wrote welcome-*.png and popup-*.png');
}

/** Turns a control over with the keyboard and checks the choice is still there after a reload. */
async function keepsChoice(page: Page, role: 'switch' | 'checkbox', name: string): Promise<void> {
  const control = page.getByRole(role, { name });
  const before = await control.isChecked();
  await control.focus();
  await page.keyboard.press('Space');
  await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
  await page.reload();
  await page.getByRole(role, { name }).waitFor();
  const after = await page.getByRole(role, { name }).isChecked();
  if (after === before) throw new Error(`${name}: the choice was not kept after a reload`);
  console.log(`${name}: ${before ? 'on' : 'off'} -> ${after ? 'on' : 'off'}, kept after a reload`);
}

async function builtExtension(): Promise<void> {
  const dir = resolve('.output/chrome-mv3');
  const profile = await mkdtemp(join(tmpdir(), 'zorgvuldig-welcome-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    viewport: { width: 1000, height: 800 },
    locale: 'nl-NL',
  });
  const errors: string[] = [];
  try {
    const welcome =
      context.pages().find((p) => p.url().endsWith('/welcome.html')) ??
      (await context.waitForEvent('page', {
        predicate: (p) => p.url().endsWith('/welcome.html'),
        timeout: 15_000,
      }));
    watchErrors(welcome, errors);
    await welcome.getByRole('heading', { level: 1 }).waitFor();
    await welcome.screenshot({ path: resolve(out, 'welcome-extension.png'), fullPage: true });
    const id = new URL(welcome.url()).host;
    const popup = await context.newPage();
    watchErrors(popup, errors);
    await popup.setViewportSize({ width: 300, height: 200 });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.getByRole('switch', { name: 'TikTok' }).waitFor();
    await popup.screenshot({ path: resolve(out, 'popup-extension.png'), fullPage: true });
    await keepsChoice(popup, 'switch', 'LinkedIn');
    await keepsChoice(welcome, 'checkbox', 'Dit welkomstscherm niet meer tonen');
    console.log(
      `the built extension opened ${welcome.url()} on install; wrote welcome-extension.png and popup-extension.png`,
    );
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
}

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  await plainPages();
  if (process.argv.includes('--extension')) await builtExtension();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
