import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeView } from '../../lib/settings/chrome-view';
import { POLICY_DIR, screenshot, startBrowser, type Harness } from './harness';

/**
 * Managed policy for real: a Chromium policy file with an organisation default, a lock, an
 * organisation word list and one invalid value; then a rewrite while the browser runs.
 */
const firstPolicy = {
  organisation: { name: 'Zorggroep E2E', words: ['grobbelzorg'] },
  defaults: { linkCheck: true, lang: 'fr' },
  locked: { platforms: { tiktok: false } },
};
const secondPolicy = {
  organisation: { name: 'Zorggroep Nieuw', words: ['grobbelzorg', 'flubbertaak'] },
  locked: { platforms: { tiktok: false }, linkCheck: false },
};
const DRAFT = 'Vandaag werkte het grobbelzorg team hard aan de flubbertaak op de afdeling.';

/** The extension API as the options page sees it (the page runs these lines, not Node). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    sync: { get(keys: null): Promise<Record<string, unknown>> };
    managed: { get(keys: null): Promise<Record<string, unknown>> };
  };
};

let harness: Harness | undefined;
let options: Page;

/** The spelling findings for DRAFT, checked by the background like a composer's draft. */
async function unknownWords(page: Page, seq: number): Promise<string[]> {
  const reply = (await page.evaluate(
    ([text, n]) =>
      chrome.runtime.sendMessage({
        kind: 'check',
        data: {
          composerId: 'policy-e2e',
          seq: n,
          draft: { text, platform: 'linkedin', surface: 'post', media: [] },
        },
      }),
    [DRAFT, seq] as const,
  )) as { report?: { findings: { ruleId: string; text: string }[] }; error?: string };
  if (!reply.report) throw new Error(`check failed: ${JSON.stringify(reply)}`);
  return reply.report.findings.filter((f) => f.ruleId.startsWith('spelling/')).map((f) => f.text);
}

describe('managed policy in Chromium', () => {
  beforeAll(async () => {
    harness = await startBrowser({ policy: firstPolicy });
    options = await harness.page(`chrome-extension://${harness.extensionId}/options.html`);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('applies the organisation default, and the user can change it', async () => {
    const linkCheck = options.getByLabel('Links online nakijken');
    await expect.poll(() => linkCheck.isChecked(), { timeout: 15_000 }).toBe(true);
    // The browser read the policy from its own folder: the machine-wide one stays untouched.
    expect(existsSync(path.join(harness!.policyDir, 'zorgvuldig-e2e.json'))).toBe(true);
    expect(existsSync(path.join(POLICY_DIR, 'zorgvuldig-e2e.json'))).toBe(false);
    await expect(options.getByText('Standaard van je organisatie').count()).resolves.toBe(1);
    await linkCheck.uncheck();
    await options.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
    await options.reload();
    await expect
      .poll(() => options.getByLabel('Links online nakijken').isChecked(), { timeout: 15_000 })
      .toBe(false);
  });

  it('shows the locked setting as locked, by the organisation, and it cannot be changed', async () => {
    const tiktok = options.getByLabel('TikTok');
    expect(await tiktok.isDisabled()).toBe(true);
    expect(await tiktok.isChecked()).toBe(false);
    await expect(options.locator('#opt-platforms-tiktok-lock').textContent()).resolves.toContain(
      'Vastgezet door Zorggroep E2E',
    );
    await tiktok.click({ force: true });
    expect(await tiktok.isChecked()).toBe(false);
    // Also through the API, as a script on the page would: refused, nothing stored.
    const stored = await options.evaluate(() => chrome.storage.sync.get(null));
    expect(JSON.stringify(stored)).not.toContain('tiktok');
  });

  it('ignores the invalid policy value with a visible notice', async () => {
    const notices = options.getByRole('region', { name: 'Let op' });
    await expect(notices.textContent()).resolves.toMatch(/"defaults\.lang" = "fr" is genegeerd/);
    // The rest of the policy still applies and the UI follows the browser (nl-NL).
    await expect(options.locator('html').getAttribute('lang')).resolves.toBe('nl');
    await screenshot(options, 'policy-options-first');
  });

  it('accepts the organisation word in the spell check', async () => {
    const words = await unknownWords(options, 1);
    expect(words).toContain('flubbertaak');
    expect(words).not.toContain('grobbelzorg');
  });

  it('applies a rewritten policy to the open page and the background without reload', async () => {
    harness!.setPolicy(secondPolicy);
    const started = Date.now();
    const lock = options.locator('#opt-linkCheck-lock');
    await lock.filter({ hasText: 'Vastgezet door Zorggroep Nieuw' }).waitFor({ timeout: 20_000 });
    const appliedMs = Date.now() - started;
    console.log(`policy rewrite applied in the open options page after ${appliedMs} ms`);
    expect(await options.getByLabel('Links online nakijken').isDisabled()).toBe(true);
    expect(await options.getByRole('region', { name: 'Let op' }).count()).toBe(0);
    await expect.poll(() => unknownWords(options, 2), { timeout: 10_000 }).not.toContain('flubbertaak');
    await screenshot(options, 'policy-options-rewritten');
  });

  it('passes on exactly what npm run policy:check predicts of a policy with admin mistakes', async () => {
    // Mistakes an administrator makes: a string for a yes/no, a number in a word list, US
    // spelling, an unknown key, null. Chromium leaves out whole parts and unknown keys without
    // telling the extension; the policy check must say in advance what arrives.
    const mistakes = {
      organisation: { name: 'Zorggroep Schema', words: ['ok'], colour: 'blauw' },
      organization: { name: 'US spelling' },
      defaults: { linkCheck: 'true', lang: 'nl' },
      locked: {
        platforms: { tiktok: false, twitter: false },
        words: ['a', 5],
        rules: { 'privacy/bsn': { enabled: true, sev: 'stop' } },
      },
      Locked: { lang: 'nl' },
    };
    const expected = chromeView(mistakes).kept;
    expect(Object.keys(expected)).toEqual(['organisation']); // the prediction is not trivial
    harness!.setPolicy(mistakes);
    const managed = () => options.evaluate(() => chrome.storage.managed.get(null));
    await expect
      .poll(async () => ((await managed()).organisation as { name?: string } | undefined)?.name, {
        timeout: 20_000,
      })
      .toBe('Zorggroep Schema');
    expect(await managed()).toEqual(expected);
    // The support desk sees which parts never arrived, on the options page itself.
    await expect
      .poll(() => options.getByLabel('Status als tekst').inputValue(), { timeout: 10_000 })
      .toContain(
        'Delen ontvangen / Parts received: organisation (niet: defaults, locked) / organisation (not: defaults, locked)',
      );
    const withNull = {
      organisation: { name: 'Zorggroep Null' },
      defaults: { linkCheck: null },
      locked: { linkCheck: false },
    };
    harness!.setPolicy(withNull);
    await expect
      .poll(async () => ((await managed()).organisation as { name?: string } | undefined)?.name, {
        timeout: 20_000,
      })
      .toBe('Zorggroep Null');
    expect(await managed()).toEqual(chromeView(withNull).kept);
  });
});
