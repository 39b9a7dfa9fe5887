import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipExtension } from '../../scripts/package/zip';
import { firefoxPolicyFile, GECKO_ID } from '../../scripts/policy-files';
import { examplePolicy } from '../../scripts/settings-docs';
import { FIREFOX_EXTENSION_DIR, startFirefox, type FirefoxHarness } from './firefox-harness';

/**
 * The Firefox roll-out: policies.json installs the add-on (ExtensionSettings, force_installed,
 * install_url to a local XPI) and configures it (3rdparty.Extensions), in Debian's Firefox ESR.
 * Firefox installs only Mozilla-signed add-ons; ESR honours xpinstall.signatures.required = false,
 * which is what lets this unsigned build in (an organisation uploads to AMO as unlisted and
 * hosts the signed XPI instead: docs/release.md).
 */
/** Fixed moz-extension:// host, so the test knows the add-on's page addresses. */
const UUID = '2b7c1e0a-5d3f-4a8e-9c61-0f4d2e8b7a15';
const ORG = examplePolicy.organisation.name;

/** The WebExtension API as the add-on's own pages see it (run there, not in Node). */
declare const browser: {
  runtime: { openOptionsPage(): Promise<void> };
  management: { getSelf(): Promise<{ installType: string; mayDisable: boolean }> };
};

let harness: FirefoxHarness | undefined;
let xpiDir: string;
let options: Page;

/** A tab of the add-on's own, once it is open (WebDriver cannot navigate to moz-extension:). */
async function addonTab(page: string, timeoutMs = 20_000): Promise<Page> {
  const url = `moz-extension://${UUID}/${page}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // WebDriver sometimes reports such a tab as about:blank: ask the page itself.
    for (const tab of await harness!.browser.pages()) {
      const href = tab.url().startsWith(url)
        ? tab.url()
        : await tab.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(url)) return tab;
    }
    if (Date.now() > deadline) throw new Error(`No ${url} tab within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('policies.json in Firefox ESR', () => {
  beforeAll(async () => {
    xpiDir = mkdtempSync(path.join(tmpdir(), 'zorgvuldig-xpi-'));
    const xpi = path.join(xpiDir, 'zorgvuldig.xpi');
    writeFileSync(xpi, zipExtension(FIREFOX_EXTENSION_DIR));
    harness = await startFirefox({
      temporaryAddon: false,
      // The same file as docs/admin/examples/firefox-policies-self-hosted.json, with a local XPI
      // and one mistake an administrator makes ("ja" for true), which Firefox passes on.
      policies: firefoxPolicyFile({
        installUrl: `file://${xpi}`,
        policy: { ...examplePolicy, defaults: { ...examplePolicy.defaults, linkCheck: 'ja' } },
      }).policies,
      prefs: {
        'xpinstall.signatures.required': false,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      },
    });
  });

  afterAll(async () => {
    await harness?.close();
    rmSync(xpiDir, { recursive: true, force: true });
  });

  it('installs the add-on by policy: an admin install the user cannot disable, welcome page included', async () => {
    const welcome = await addonTab('welcome.html');
    expect(await welcome.evaluate(() => browser.management.getSelf())).toMatchObject({
      installType: 'admin',
      mayDisable: false,
    });
    await welcome.evaluate(() => browser.runtime.openOptionsPage());
    options = await addonTab('options.html');
    await options.waitForSelector('#opt-platforms-tiktok');
  });

  it('shows the locked settings as locked by the organisation, and its defaults, in the language it set', async () => {
    const state = (id: string) =>
      options.$eval(`#${id}`, (input) => ({
        disabled: (input as HTMLInputElement).disabled,
        checked: (input as HTMLInputElement).checked,
      }));
    expect(await state('opt-linkCheck')).toEqual({ disabled: true, checked: false });
    expect(await options.$eval('#opt-linkCheck-lock', (el) => el.textContent)).toContain(
      `Vastgezet door ${ORG}`,
    );
    expect(await state('opt-rules-privacy-bsn-enabled')).toEqual({ disabled: true, checked: true });
    // defaults.platforms.tiktok: off, and the user may turn it on.
    expect(await state('opt-platforms-tiktok')).toEqual({ disabled: false, checked: false });
    expect(await options.$eval('html', (el) => el.lang)).toBe('nl');
  });

  it('lists in force and refused policy values on the status for the support desk', async () => {
    const status = await options.$eval(
      'textarea[aria-label="Status als tekst"]',
      (el) => (el as HTMLTextAreaElement).value,
    );
    expect(status).toContain(
      'Geïnstalleerd / Installed: door de organisatie, via beleid / by the organisation, through policy (admin)',
    );
    expect(status).toContain(`organisation.name = "${ORG}"`);
    expect(status).toContain('locked.linkCheck = false');
    expect(status).toContain('organisation.words = ["Voorbeeldhof","zorgleefplan","ZGV"] (3)');
    expect(status).toContain('Delen ontvangen / Parts received: organisation, defaults, locked');
    expect(status).toContain(
      'defaults.linkCheck = "ja": verwacht ja of nee (true/false) / expected yes or no (true/false)',
    );
  });
});
