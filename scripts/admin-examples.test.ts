import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID } from '../wxt.config';
import { chromeView } from '../lib/settings/chrome-view';
import { cleanPolicy } from '../lib/settings/policy';
import { GECKO_ID } from './policy-files';
import { checkFound } from './check-policy';
import { parsePlist, parseReg, policiesIn } from './policy-sources';
import { examplePolicy } from './settings-docs';

/**
 * The files an administrator copies, read back the way their platform reads them: the .reg as
 * regedit parses it, the .mobileconfig as a property list, the PowerShell strings as PowerShell
 * quotes them. Each must give the example policy, valid in full, with every value of the type
 * managed_schema.json gives Chrome (a wrong type is dropped by Chrome without a word).
 */
const root = fileURLToPath(new URL('../', import.meta.url));
const read = (file: string) => readFileSync(`${root}docs/admin/examples/${file}`, 'utf8');
/** The policy checks every example file must pass. */
function expectExamplePolicy(policy: unknown) {
  expect(policy).toEqual(examplePolicy);
  expect(cleanPolicy(policy).issues).toEqual([]);
  // Chrome and Edge pass it on whole: no part left out for a wrong type, no unknown key removed.
  expect(chromeView(policy)).toEqual({ kept: policy, dropped: [] });
}

describe('docs/admin/examples', () => {
  it.each([
    ['windows-chrome.reg', 'Google\\Chrome'],
    ['windows-edge.reg', 'Microsoft\\Edge'],
  ])('%s parses as a registry file, force-installs, and holds the example policy', (file, vendor) => {
    const text = read(file);
    expect(text).toMatch(/^[\x20-\x7e\r\n]*$/); // ASCII: regedit reads it the same in any code page
    const keys = parseReg(text);
    const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}`;
    expect(Object.keys(keys).sort()).toEqual(
      [
        `${base}\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`,
        `${base}\\ExtensionInstallForcelist`,
      ].sort(),
    );
    expect(Object.values(keys[`${base}\\ExtensionInstallForcelist`])).toEqual([
      expect.stringMatching(new RegExp(`^${CHROME_EXTENSION_ID};https://`)),
    ]);
    const parts = keys[`${base}\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`];
    expectExamplePolicy(
      Object.fromEntries(Object.entries(parts).map(([part, json]) => [part, JSON.parse(String(json))])),
    );
  });

  it('macos-chrome-edge.mobileconfig parses as a property list with a payload per browser', () => {
    const profile = parsePlist(read('macos-chrome-edge.mobileconfig')) as Record<string, unknown> & {
      PayloadContent: Record<string, unknown>[];
    };
    expect(profile.PayloadType).toBe('Configuration');
    const uuids = [profile, ...profile.PayloadContent].map((p) => p.PayloadUUID);
    for (const uuid of uuids) expect(uuid).toMatch(/^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$/);
    expect(new Set(uuids).size).toBe(uuids.length);
    const byType = Object.fromEntries(profile.PayloadContent.map((p) => [p.PayloadType, p]));
    expect(Object.keys(byType).sort()).toEqual(
      [
        'com.google.Chrome',
        'com.microsoft.Edge',
        `com.google.Chrome.extensions.${CHROME_EXTENSION_ID}`,
        `com.microsoft.Edge.extensions.${CHROME_EXTENSION_ID}`,
      ].sort(),
    );
    for (const browser of ['com.google.Chrome', 'com.microsoft.Edge']) {
      expect(byType[browser].ExtensionInstallForcelist).toEqual([
        expect.stringMatching(new RegExp(`^${CHROME_EXTENSION_ID};https://`)),
      ]);
      const settings = Object.fromEntries(
        Object.entries(byType[`${browser}.extensions.${CHROME_EXTENSION_ID}`]).filter(
          ([key]) => !key.startsWith('Payload'),
        ),
      );
      expectExamplePolicy(settings);
    }
  });

  it.each(['linux-chrome-chromium-edge.json', 'linux-self-hosted.json'])(
    '%s force-installs and holds the example policy',
    (file) => {
      const policy = JSON.parse(read(file)) as Record<string, unknown>;
      expect(Object.keys(policy).sort()).toEqual(['3rdparty', 'ExtensionInstallForcelist']);
      expect(policy.ExtensionInstallForcelist).toEqual([
        expect.stringMatching(new RegExp(`^${CHROME_EXTENSION_ID};https://`)),
      ]);
      expectExamplePolicy(
        (policy['3rdparty'] as { extensions: Record<string, unknown> }).extensions[CHROME_EXTENSION_ID],
      );
    },
  );

  it.each(['firefox-policies.json', 'firefox-policies-self-hosted.json'])(
    '%s force-installs from https and holds the example policy',
    (file) => {
      const { policies } = JSON.parse(read(file)) as {
        policies: {
          ExtensionSettings: Record<string, Record<string, string>>;
          '3rdparty': { Extensions: Record<string, unknown> };
        };
      };
      expect(policies.ExtensionSettings[GECKO_ID]).toEqual({
        installation_mode: 'force_installed',
        install_url: expect.stringMatching(/^https:\/\/.+\.xpi$/),
      });
      expectExamplePolicy(policies['3rdparty'].Extensions[GECKO_ID]);
    },
  );

  it('intune-zorgvuldig.ps1 quotes each part as PowerShell reads it, for Chrome and Edge', () => {
    const script = read('intune-zorgvuldig.ps1');
    expect(script).toContain(`$id = '${CHROME_EXTENSION_ID}'`);
    expect(script).toContain("foreach ($vendor in @('Google\\Chrome', 'Microsoft\\Edge'))");
    // In a single-quoted PowerShell string only '' is special: it stands for one '.
    const parts = [...script.matchAll(/^ {2}'(\w+)' = '((?:[^']|'')*)'$/gm)].map(([, part, quoted]) => [
      part,
      JSON.parse(quoted.replace(/''/g, "'")),
    ]);
    expectExamplePolicy(Object.fromEntries(parts));
  });

  it.each([
    'windows-chrome.reg',
    'windows-edge.reg',
    'macos-chrome-edge.mobileconfig',
    'linux-chrome-chromium-edge.json',
    'linux-self-hosted.json',
    'firefox-policies.json',
    'firefox-policies-self-hosted.json',
  ])('%s passes npm run policy:check: installed, every part in force, nothing left out', (file) => {
    const checked = policiesIn(file, read(file)).map(checkFound);
    expect(checked.length).toBeGreaterThan(0);
    for (const { found, chrome, zorgvuldig, inForce } of checked) {
      expect(found).toMatchObject({ problems: [], installed: true });
      expect([...chrome, ...zorgvuldig]).toEqual([]);
      expect(inForce).toEqual(['organisation', 'defaults', 'locked']);
    }
  });

  // The policies written out in the guides' text, which an administrator copies too.
  const snippets = readdirSync(`${root}docs/admin`)
    .filter((file) => file.endsWith('.md'))
    .flatMap((file) =>
      [...readFileSync(`${root}docs/admin/${file}`, 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map(
        ([, json], i): [string, string] => [`${file} #${i + 1}`, json],
      ),
    );

  it('the guides show policies in their text', () => {
    expect(snippets.map(([where]) => where)).toEqual(
      expect.arrayContaining(['rollout-in-15-minutes.md #1', 'uitrol-in-15-minuten.md #1', 'README.md #1']),
    );
  });

  it.each(snippets)('the policy in %s applies whole in Chrome, Edge and Firefox', (_where, json) => {
    const [checked, ...more] = policiesIn('snippet.json', json).map(checkFound);
    expect(more).toEqual([]);
    expect([...checked.chrome, ...checked.zorgvuldig]).toEqual([]);
    expect(checked.inForce.length).toBeGreaterThan(0);
  });
});
