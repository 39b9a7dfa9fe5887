import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type BrowserContext,
  type ConsoleMessage,
  type Locator,
  type Page,
  type Request,
  type Worker,
} from 'playwright-core';
import './fixtures/shared/api-global';
import { SITE_HOSTS } from './fixtures/sites';
import { policySandbox, type PolicySandbox } from './policy-sandbox';
import { startFixtureServer, type FixtureServer } from './server';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS_DIR = path.join(ROOT, 'tests/e2e/artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Machine-wide folder Chromium reads managed policies from (Linux). The tests never write it:
 * each browser sees its own per-run folder there (policy-sandbox.ts).
 */
export const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_NAME = 'zorgvuldig-e2e.json';

export type StartOptions = {
  /** Load the built extension (.output/chrome-mv3). Default true. */
  extension?: boolean;
  /** Managed settings for the extension, written as a real Chromium policy file before launch. */
  policy?: Record<string, unknown>;
  /**
   * The ID of an extension Chromium installs itself, by policy (use with `extension: false`):
   * the harness then talks to it, and leaves Chromium's extension updater on.
   */
  policyInstalled?: string;
  /** More Chromium policy files (file name -> content), such as a force-install, written before launch. */
  browserPolicies?: Record<string, unknown>;
  /** Load this build instead of .output/chrome-mv3 (a copy with a changed manifest, say). */
  extensionDir?: string;
  /** More hostnames to send to a local server: hostname -> port on 127.0.0.1 (http and https). */
  hosts?: Record<string, number>;
  /** Default true; false opens a window (needs DISPLAY). */
  headless?: boolean;
  /** Resolve every other hostname to nothing, so no request can leave the machine. Default true. */
  blockOtherHosts?: boolean;
  /** Page size; null lets a headed window decide. Default 1280x900. */
  viewport?: { width: number; height: number } | null;
  /** Allow `runAction` (Chromium's --enable-unsafe-extension-debugging). Default false. */
  extensionDebugging?: boolean;
};

export type NetworkRecorder = {
  /** Every request (page, frame or service worker) whose URL is not on loopback, in order. */
  readonly offLoopback: string[];
  /** Forget what was recorded so far. */
  clear(): void;
};

export type Harness = {
  context: BrowserContext;
  server: FixtureServer;
  /** Fixed by the manifest key; undefined without the extension. */
  extensionId: string | undefined;
  /** A new tab on `url` (loaded). Use https://www.facebook.com/... URLs: they resolve to the fixture server. */
  page(url: string): Promise<Page>;
  /** The extension's service worker (waits for it to start). */
  serviceWorker(): Promise<Worker>;
  /**
   * The welcome tab the first install opens. It opens in front, a few seconds after start
   * (once Chromium answers the policy read), and so sends the test's own tab to the
   * background, where Chromium paints no frames for about a second: tests that time what
   * a person sees close it first.
   */
  welcomeTab(): Promise<Page>;
  /** Errors logged by the service worker, uncaught page errors and console errors on pages (clear with `errors.length = 0`). */
  errors: string[];
  network: NetworkRecorder;
  /** Rewrite (or with null remove) the managed policy while running; Chromium picks it up in ~5 s. */
  setPolicy(policy: Record<string, unknown> | null): void;
  /**
   * Runs the extension's toolbar action on this page's tab, as a click on its icon does: the
   * browser grants activeTab for the tab (and opens the popup). Needs `extensionDebugging`.
   */
  runAction(page: Page): Promise<void>;
  /** The per-run folder this browser sees as /etc/chromium/policies/managed. */
  policyDir: string;
  /** Command-line flags used (the demo prints them). */
  args: string[];
  close(): Promise<void>;
};

/** Chrome's extension ID: the first 128 bits of sha256(public key), hex digits mapped to a-p. */
export function extensionIdFromKey(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export function builtExtensionId(dir = EXTENSION_DIR): string {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `The extension is not built: ${manifestPath} is missing. Run \`npm run build\` (or \`npm run test:e2e\`, which builds first).`,
    );
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { key?: string };
  if (!manifest.key) throw new Error(`${manifestPath} has no "key": the extension ID would not be fixed.`);
  return extensionIdFromKey(manifest.key);
}

/** True for URLs that stay on this machine: fixture hosts (mapped to 127.0.0.1), loopback, and non-network schemes. */
export function isLoopbackUrl(url: string): boolean {
  const u = new URL(url);
  if (!['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(u.protocol)) return true;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  return (
    (SITE_HOSTS as string[]).includes(host) || host === 'localhost' || host === '::1' || /^127\./.test(host)
  );
}

export function chromiumArgs(opts: {
  port: number;
  extensionDir?: string;
  blockOtherHosts?: boolean;
  hosts?: Record<string, number>;
}): string[] {
  const rules = SITE_HOSTS.flatMap((host) => [
    `MAP ${host}:443 127.0.0.1:${opts.port}`,
    `MAP ${host}:80 127.0.0.1:${opts.port}`,
  ]);
  for (const [host, port] of Object.entries(opts.hosts ?? {}))
    rules.push(`MAP ${host}:443 127.0.0.1:${port}`, `MAP ${host}:80 127.0.0.1:${port}`);
  if (opts.blockOtherHosts !== false) rules.push('MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1');
  const args = [
    `--host-resolver-rules=${rules.join(', ')}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    '--lang=nl-NL',
  ];
  if (opts.extensionDir)
    args.push(`--disable-extensions-except=${opts.extensionDir}`, `--load-extension=${opts.extensionDir}`);
  return args;
}

function writePolicy(dir: string, extensionId: string, policy: Record<string, unknown> | null): void {
  const file = path.join(dir, POLICY_NAME);
  if (policy === null) {
    rmSync(file, { force: true });
    return;
  }
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2));
}

/** Fixture server + Debian's Chromium (headless by default) with the built extension loaded. */
export async function startBrowser(options: StartOptions = {}): Promise<Harness> {
  const withExtension = options.extension !== false;
  const extensionId = withExtension ? builtExtensionId() : options.policyInstalled;
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM} (apt-get install -y chromium; never download browsers).`,
    );
  if (options.policy && !extensionId) throw new Error('A managed policy needs the extension loaded.');

  const server = await startFixtureServer();
  const args = chromiumArgs({
    port: server.port,
    extensionDir: withExtension ? (options.extensionDir ?? EXTENSION_DIR) : undefined,
    blockOtherHosts: options.blockOtherHosts,
    hosts: options.hosts,
  });
  if (options.extensionDebugging) args.push('--enable-unsafe-extension-debugging');
  // The updater counts as background networking; a policy install needs it (and stays on loopback).
  if (options.policyInstalled) args.splice(args.indexOf('--disable-background-networking'), 1);
  const profile = await mkdtemp(path.join(tmpdir(), 'zorgvuldig-e2e-'));
  let sandbox: PolicySandbox;
  try {
    sandbox = policySandbox(CHROMIUM, POLICY_DIR);
  } catch (error) {
    await server.close();
    throw error;
  }
  process.once('exit', sandbox.remove);
  if (options.policy && extensionId) writePolicy(sandbox.dir, extensionId, options.policy);
  for (const [name, content] of Object.entries(options.browserPolicies ?? {}))
    writeFileSync(path.join(sandbox.dir, name), JSON.stringify(content, null, 2));

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: sandbox.executablePath,
      env: sandbox.env,
      // Playwright turns extensions and the updater off by default; a policy install needs both.
      ignoreDefaultArgs: options.policyInstalled
        ? ['--disable-extensions', '--disable-background-networking']
        : undefined,
      headless: options.headless ?? true,
      args,
      viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
      locale: 'nl-NL',
      timeout: 30_000,
    });
  } catch (error) {
    await server.close();
    sandbox.remove();
    process.off('exit', sandbox.remove);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }

  const errors: string[] = [];
  const offLoopback: string[] = [];
  const onRequest = (request: Request) => {
    if (!isLoopbackUrl(request.url())) offLoopback.push(request.url());
  };
  const onConsole = (where: () => string) => (message: ConsoleMessage) => {
    const source = message.location().url;
    if (message.type() === 'error')
      errors.push(`${where()}: ${message.text()}${source ? ` (${source})` : ''}`);
  };
  context.on('request', onRequest);
  const watchWorker = (worker: Worker) =>
    worker.on(
      'console',
      onConsole(() => `service worker ${worker.url()}`),
    );
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`page ${page.url()}: ${error.message}`));
    page.on(
      'console',
      onConsole(() => `page ${page.url()}`),
    );
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  const serviceWorker = async (): Promise<Worker> => {
    if (!extensionId) throw new Error('No extension loaded (startBrowser({ extension: false })).');
    const prefix = `chrome-extension://${extensionId}/`;
    const found = context.serviceWorkers().find((w) => w.url().startsWith(prefix));
    return (
      found ??
      context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(prefix), timeout: 15_000 })
    );
  };

  return {
    context,
    server,
    extensionId,
    args,
    errors,
    network: {
      offLoopback,
      clear: () => void offLoopback.splice(0),
    },
    async page(url: string) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    serviceWorker,
    async runAction(page) {
      const browser = context.browser();
      if (!browser || !extensionId) throw new Error('runAction needs the extension and a browser session.');
      const session = await browser.newBrowserCDPSession();
      try {
        // Tab targets are listed only with an explicit filter; the action is triggered on the tab, not its page.
        const { targetInfos } = await session.send('Target.getTargets', { filter: [{}] });
        const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
        if (!tab) throw new Error(`No tab target for ${page.url()}`);
        await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
      } finally {
        await session.detach();
      }
    },
    async welcomeTab() {
      if (!extensionId) throw new Error('No extension loaded (startBrowser({ extension: false })).');
      const url = `chrome-extension://${extensionId}/welcome.html`;
      const deadline = Date.now() + 20_000;
      for (;;) {
        const tab = context.pages().find((p) => p.url() === url);
        if (tab) return tab;
        if (Date.now() > deadline) throw new Error(`The install did not open ${url} within 20 s.`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    policyDir: sandbox.dir,
    setPolicy(policy) {
      if (!extensionId) throw new Error('A managed policy needs the extension loaded.');
      writePolicy(sandbox.dir, extensionId, policy);
    },
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      sandbox.remove();
      process.off('exit', sandbox.remove);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Types like a person: one key at a time with a short pause, so editors see real key events. `\n` presses Enter. */
export async function typeSlowly(locator: Locator, text: string, delayMs = 15): Promise<void> {
  await locator.click();
  const page = locator.page();
  for (const part of text.split(/(\n)/)) {
    if (part === '\n') await page.keyboard.press('Enter');
    else if (part) await page.keyboard.type(part, { delay: delayMs });
  }
}

/**
 * Presses a key `times` times with a pause between presses. Lexical syncs its selection from the DOM on
 * `selectionchange`, which lags behind back-to-back presses: without the pause, Backspace after a burst
 * of ArrowLefts deletes at a stale caret (seen here without the extension loaded, about 1 run in 2).
 */
export async function pressKey(page: Page, key: string, times = 1, gapMs = 25): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    await page.waitForTimeout(gapMs);
  }
}

/** Saves a PNG under tests/e2e/artifacts/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Waits until the fixture page (and its `?late=`) has rendered. */
/** Chromium's own count of the page's main-thread script time so far (seconds), read over CDP. */
export async function scriptClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  };
}

export async function fixtureReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__fixture?.ready === true, undefined, { timeout: 15_000 });
}

/** The named editor's own model text (see FixtureApi.editorText), read in the page's main world. */
export function editorText(page: Page, name: string): Promise<string> {
  return page.evaluate((n) => window.__fixture.editorText(n), name);
}

/** Editors mounted on the page now (including same-origin iframes). */
export function editorNames(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__fixture.editors());
}
