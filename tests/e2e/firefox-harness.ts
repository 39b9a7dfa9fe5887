import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startConnectProxy } from './connect-proxy';
import { SITE_HOSTS } from './fixtures/sites';
import { policySandbox } from './policy-sandbox';
import { startFixtureServer } from './server';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The folder Firefox reads policies.json from (beside its binary; on Debian a link to
 * /usr/share/firefox-esr/distribution). Machine-wide: the tests never write it, each Firefox
 * sees its own per-run copy there (policy-sandbox.ts).
 */
export function firefoxDistributionDir(firefox = FIREFOX): string {
  const dir = path.join(path.dirname(realpathSync(firefox)), 'distribution');
  return existsSync(dir) ? realpathSync(dir) : dir;
}

export type FirefoxOptions = {
  /** Enterprise policies (the content of policies.json), read by Firefox at start. */
  policies?: Record<string, unknown>;
  /** Install the built extension as a temporary add-on. Default true. */
  temporaryAddon?: boolean;
  /** More Firefox preferences for the run's profile. */
  prefs?: Record<string, unknown>;
};

export type FirefoxHarness = {
  browser: Browser;
  /** A new tab on `url` (loaded). */
  page(url: string): Promise<Page>;
  /** The welcome tab the install opens in front (see harness.ts welcomeTab); call before opening pages. */
  welcomeTab(): Promise<Page>;
  /** Hosts the browser tried to reach other than the platforms' (all refused). */
  refused: string[];
  close(): Promise<void>;
};

/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi (no geckodriver), with the
 * built Firefox extension installed as a temporary add-on. Firefox cannot map hostnames
 * like Chromium's --host-resolver-rules, so it goes through a local CONNECT proxy that
 * sends the platforms' hostnames to the fixture server and refuses every other host.
 */
export async function startFirefox(options: FirefoxOptions = {}): Promise<FirefoxHarness> {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX} (apt-get install -y firefox-esr; or set FIREFOX_PATH).`);
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run npm run build.`);
  const fixtures = await startFixtureServer();
  const proxy = await startConnectProxy({ hosts: SITE_HOSTS, targetPort: fixtures.port });
  const { refused } = proxy;
  const proxyPort = proxy.port;

  let sandbox: ReturnType<typeof policySandbox> | undefined;
  const stop = async () => {
    await proxy.close();
    await fixtures.close();
    if (sandbox) {
      sandbox.remove();
      process.off('exit', sandbox.remove);
    }
  };
  let browser: Browser;
  let before = new Set<Page>();
  try {
    const distribution = firefoxDistributionDir();
    sandbox = policySandbox(FIREFOX, distribution, distribution);
    process.once('exit', sandbox.remove);
    if (options.policies)
      writeFileSync(
        path.join(sandbox.dir, 'policies.json'),
        JSON.stringify({ policies: options.policies }, null, 2),
      );
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: sandbox.executablePath,
      env: sandbox.env,
      headless: true,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1440, height: 900 },
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxyPort,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxyPort,
        'network.proxy.no_proxies_on': '',
        // Firefox's own remote settings would otherwise knock on the proxy all run long.
        'services.settings.server': 'data:,',
        'intl.accept_languages': 'nl-NL, nl',
        ...options.prefs,
      },
    });
    before = new Set(await browser.pages());
    if (options.temporaryAddon !== false) await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    browser,
    refused,
    async welcomeTab() {
      // Firefox does not show WebDriver the moz-extension: address of that tab (it reads
      // about:blank), so it is the one tab that was not there before the install.
      const deadline = Date.now() + 20_000;
      for (;;) {
        const tab = (await browser.pages()).find((p) => !before.has(p));
        if (tab) return tab;
        if (Date.now() > deadline) {
          // Say what was there, so a rare failure tells which part of the install stopped.
          const open = (await browser.pages()).map((p) => p.url()).join(', ');
          throw new Error(`The install did not open its welcome tab within 20 s (tabs: ${open}).`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async page(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async close() {
      // A busy machine can keep Firefox from answering the close over BiDi: then it is killed.
      const process = browser.process();
      const closed = browser.close().catch(() => undefined);
      const late = setTimeout(() => process?.kill('SIGKILL'), 15_000);
      await closed;
      clearTimeout(late);
      await stop();
    },
  };
}
