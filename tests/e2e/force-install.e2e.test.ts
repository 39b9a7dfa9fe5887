import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicKeyDer } from '../../scripts/package/crx3';
import { chromePolicyFile } from '../../scripts/policy-files';
import { examplePolicy } from '../../scripts/settings-docs';
import { packCrx, updateXml, type SelfHostPackage } from '../../scripts/package/self-host';
import { EXTENSION_DIR, extensionIdFromKey, screenshot, startBrowser, type Harness } from './harness';

/**
 * The roll-out an IT department does, in real Chromium: a CRX3 made by `npm run package`'s code,
 * served with its update.xml from a loopback "intranet" server, installed by policy alone
 * (ExtensionInstallForcelist, no extension flags), configured by the 3rdparty policy, then
 * updated to a second version from the same server. The private key matching the committed
 * manifest key is not in the repository, so the test signs with a key it makes and computes
 * the ID that key gives (docs/release.md says what an organisation does).
 */
// The policy every file in docs/admin/examples/ holds, as an administrator copies it.
const policy = examplePolicy;
const ORG = examplePolicy.organisation.name;
const USER_WORD = 'grobbelzorg';

/** The extension API as the pages and the service worker see it (run there, not in Node). */
declare const chrome: {
  runtime: {
    getManifest(): { version: string };
    getURL(path: string): string;
    requestUpdateCheck(): Promise<{ status: string; version?: string }>;
  };
  tabs: { query(q: { url: string }): Promise<{ active: boolean }[]> };
  management: {
    getSelf(): Promise<{ installType: string; mayDisable: boolean; version: string }>;
    setEnabled(id: string, enabled: boolean): Promise<void>;
    uninstall(id: string, options: { showConfirmDialog: boolean }): Promise<void>;
  };
  developerPrivate: {
    reload(id: string, options: { failQuietly: boolean }): Promise<void>;
    getExtensionInfo(
      id: string,
    ): Promise<{ userMayModify: boolean; mustRemainInstalled: boolean; version: string; state: string }>;
  };
};

const nextVersion = (version: string) => version.replace(/\d+$/, (last) => String(Number(last) + 1));

let harness: Harness | undefined;
let server: Server;
let serving: SelfHostPackage;
let v1: SelfHostPackage;
let v2: SelfHostPackage;
let key: string;
const served: string[] = [];
let options: Page;

/** The extension's running service worker of `version` (a new one starts after the update). */
async function workerOf(version: string, timeoutMs = 30_000): Promise<Worker> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const worker of harness!.context.serviceWorkers()) {
      if (!worker.url().startsWith(`chrome-extension://${v1.id}/`)) continue;
      const running = await worker.evaluate(() => chrome.runtime.getManifest().version).catch(() => '');
      if (running === version) return worker;
    }
    if (Date.now() > deadline)
      throw new Error(
        `No service worker of version ${version} within ${timeoutMs} ms (server sent: ${served.join(', ')})`,
      );
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('force-install by policy from a self-hosted update server (Chromium)', () => {
  beforeAll(async () => {
    key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    }) as string;
    server = createServer((req, res) => {
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      served.push(pathname);
      const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      if (pathname === '/update.xml') {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(updateXml(serving, `${base}/zorgvuldig-${serving.version}.crx`));
        return;
      }
      const pkg = [v1, v2].find((p) => pathname === `/zorgvuldig-${p.version}.crx`);
      if (!pkg) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/x-chrome-extension' });
      res.end(pkg.crx);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const updateUrl = `http://127.0.0.1:${port}/update.xml`;
    v1 = packCrx(EXTENSION_DIR, key, { updateUrl });
    v2 = packCrx(EXTENSION_DIR, key, { updateUrl, version: nextVersion(v1.version) });
    serving = v1;
    harness = await startBrowser({
      extension: false,
      policyInstalled: v1.id,
      browserPolicies: {
        // The same file as docs/admin/examples/linux-self-hosted.json, with this run's ID and server.
        'zorgvuldig.json': {
          ...chromePolicyFile({ id: v1.id, updateUrl, policy }),
          // Chromium's default keeps DevTools, and so the test driver, away from policy-installed
          // extensions' pages and workers; 1 lets the test see them (no effect on the install).
          DeveloperToolsAvailability: 1,
        },
      },
    });
  });

  afterAll(async () => {
    await harness?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('signs with the ID the key gives', () => {
    // Computed here from the public key, apart from the packager's own code.
    expect(v1.id).toBe(extensionIdFromKey(publicKeyDer(key).toString('base64')));
  });

  it('installs with no extension flags, as an admin install, and opens the welcome page behind the user’s tab', async () => {
    expect(harness!.args.some((arg) => arg.includes('load-extension'))).toBe(false);
    const worker = await workerOf(v1.version);
    const self = await worker.evaluate(() => chrome.management.getSelf());
    expect(self).toMatchObject({ installType: 'admin', mayDisable: false, version: v1.version });
    expect(served).toContain(`/zorgvuldig-${v1.version}.crx`);
    await harness!.welcomeTab();
    const tabs = await worker.evaluate(() =>
      chrome.tabs.query({ url: chrome.runtime.getURL('/welcome.html') }),
    );
    expect(tabs).toEqual([expect.objectContaining({ active: false })]);
  });

  it('applies the organisation default and locks from the 3rdparty policy', async () => {
    options = await harness!.page(`chrome-extension://${v1.id}/options.html`);
    const linkCheck = options.getByLabel('Links online nakijken');
    await expect.poll(() => linkCheck.isDisabled(), { timeout: 15_000 }).toBe(true);
    expect(await linkCheck.isChecked()).toBe(false);
    await expect(options.locator('#opt-linkCheck-lock').textContent()).resolves.toContain(
      `Vastgezet door ${ORG}`,
    );
    // defaults.platforms.tiktok: off, and the user may turn it on.
    const tiktok = options.getByLabel('TikTok');
    expect([await tiktok.isChecked(), await tiktok.isDisabled()]).toEqual([false, false]);
    await expect(options.locator('#opt-platforms-tiktok ~ .org-default').textContent()).resolves.toBe(
      'Standaard van je organisatie',
    );
    const status = await options.getByLabel('Status als tekst').inputValue();
    expect(status).toContain('Delen ontvangen / Parts received: organisation, defaults, locked');
    expect(status).toContain('Genegeerde waarden / Ignored values (0)');
  });

  it('cannot be disabled or removed by the user', async () => {
    const manager = await harness!.page(`chrome://extensions/?id=${v1.id}`);
    const info = await manager.evaluate((id) => chrome.developerPrivate.getExtensionInfo(id), v1.id);
    expect(info).toMatchObject({ userMayModify: false, mustRemainInstalled: true });
    await expect(manager.evaluate((id) => chrome.management.setEnabled(id, false), v1.id)).rejects.toThrow();
    await expect(
      manager.evaluate((id) => chrome.management.uninstall(id, { showConfirmDialog: false }), v1.id),
    ).rejects.toThrow();
    // What the person sees: the switch is greyed out and there is no Remove button.
    expect(await manager.locator('extensions-detail-view #enableToggle').isDisabled()).toBe(true);
    expect(await manager.locator('extensions-detail-view #removeButton').isVisible()).toBe(false);
    await screenshot(manager, 'force-install-extensions-page');
    await manager.close();
  });

  it('picks up a second version from the server and keeps the user’s word list', async () => {
    await options.getByLabel('Nieuw woord').fill(USER_WORD);
    await options.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await options.getByRole('button', { name: `Verwijder ${USER_WORD}` }).waitFor();

    serving = v2;
    // The deterministic trigger: the extension's own update check, as Chromium's timer would do it.
    const worker = await workerOf(v1.version);
    const check = await worker.evaluate(() => chrome.runtime.requestUpdateCheck());
    expect(check).toMatchObject({ status: 'update_available', version: v2.version });
    // Chromium holds an update back while the extension is busy (open pages, a running worker)
    // and applies it once idle or on a reload: reload it, as Chromium would when it goes idle.
    const manager = await harness!.page('chrome://extensions/');
    const info = () => manager.evaluate((id) => chrome.developerPrivate.getExtensionInfo(id), v1.id);
    await expect
      .poll(
        async () => {
          const now = await info();
          if (now.version !== v2.version && served.includes(`/zorgvuldig-${v2.version}.crx`))
            await manager.evaluate((id) => chrome.developerPrivate.reload(id, { failQuietly: true }), v1.id);
          return now;
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toMatchObject({ version: v2.version, state: 'ENABLED', mustRemainInstalled: true });
    expect(served).toContain(`/zorgvuldig-${v2.version}.crx`);
    const after = await harness!.page(`chrome-extension://${v1.id}/options.html`);
    expect(await after.evaluate(() => chrome.runtime.getManifest().version)).toBe(v2.version);
    expect(await after.evaluate(() => chrome.management.getSelf())).toMatchObject({ installType: 'admin' });
    await after.getByRole('button', { name: `Verwijder ${USER_WORD}` }).waitFor({ timeout: 15_000 });
    // The support desk's proof, on the options page itself.
    await expect(after.locator('[data-status=version]').textContent()).resolves.toBe(v2.version);
    await expect(after.locator('[data-status=install-type]').textContent()).resolves.toBe(
      'door de organisatie, via beleid (admin)',
    );
    const status = await after.getByLabel('Status als tekst').inputValue();
    expect(status).toContain('locked.linkCheck = false');
    expect(status).toContain(`Extensie-ID / Extension ID: ${v1.id}`);
    expect(await after.getByLabel('Links online nakijken').isDisabled()).toBe(true);
    await screenshot(after, 'force-install-options-after-update');
  });
});
