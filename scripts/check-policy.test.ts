import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CHROME_EXTENSION_ID } from '../wxt.config';
import { checkFound, main } from './check-policy';
import { policiesIn } from './policy-sources';

/** Files as administrators write them, mistakes included: what npm run policy:check makes of them. */
const dir = mkdtempSync(path.join(tmpdir(), 'zorgvuldig-policy-check-'));
const write = (name: string, content: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run policy:check', () => {
  it('names the wrong type that makes Chrome leave out the whole locked part, and exits 1', () => {
    const file = write(
      'chromium.json',
      JSON.stringify({
        ExtensionInstallForcelist: [`${CHROME_EXTENSION_ID};https://intranet.example/update.xml`],
        '3rdparty': {
          extensions: {
            [CHROME_EXTENSION_ID]: {
              organisation: { name: 'Zorggroep Check' },
              locked: { linkCheck: 'false', lang: 'nl' },
            },
          },
        },
      }),
    );
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(main([file])).toBe(1);
    const out = log.mock.calls.map((call) => String(call[0])).join('\n');
    log.mockRestore();
    expect(out).toContain(
      'locked.linkCheck = "false": tekst, verwacht ja of nee (true/false): daarom laten Chrome en Edge heel "locked" weg',
    );
    expect(out).toContain('In gebruik / in force: organisation');
    expect(out).not.toContain('installeert');
  });

  it('finds no policy of ours in a file that only force-installs', () => {
    const only = JSON.stringify({
      ExtensionInstallForcelist: [`${CHROME_EXTENSION_ID};https://x/update.xml`],
    });
    expect(policiesIn('install.json', only)).toEqual([]);
    // A misspelt part is still checked, and reported.
    const [bare] = policiesIn('bare.json', JSON.stringify({ Organisation: { name: 'Z' } })).map(checkFound);
    expect(bare.chrome.map((issue) => issue.path)).toEqual(['Organisation']);
  });

  it('exits 0 for a clean file and 2 for one that is not JSON', () => {
    const clean = write('clean.json', JSON.stringify({ organisation: { name: 'Zorggroep' } }));
    const broken = write('broken.json', '{ "organisation": { "name": "Zorggroep", } ');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(main([clean])).toBe(0);
    expect(main([broken])).toBe(2);
    expect(String(error.mock.calls[0][0])).toMatch(
      /broken\.json: niet te lezen \/ cannot be read: not valid JSON/,
    );
    log.mockRestore();
    error.mockRestore();
  });

  it('reads Firefox policies.json without Chrome’s type check, and notices Chrome’s lower-case "extensions"', () => {
    const [firefox] = policiesIn(
      'policies.json',
      JSON.stringify({
        policies: {
          ExtensionSettings: { 'zorgvuldig@zorgvuldig.nl': { installation_mode: 'force_installed' } },
          '3rdparty': { Extensions: { 'zorgvuldig@zorgvuldig.nl': { defaults: { linkCheck: 'ja' } } } },
        },
      }),
    ).map(checkFound);
    expect(firefox.chrome).toEqual([]);
    expect(firefox.zorgvuldig.map((issue) => issue.path)).toEqual(['defaults.linkCheck']);
    expect(firefox.found.installed).toBe(true);
    const wrongCase = policiesIn(
      'policies.json',
      JSON.stringify({ policies: { '3rdparty': { extensions: { 'zorgvuldig@zorgvuldig.nl': {} } } } }),
    );
    expect(wrongCase.map((found) => found.problems)).toEqual([[expect.stringMatching(/capital E/)]]);
  });

  it('reads a .reg file: a part that is not JSON, a dword for a part, and letters regedit would change', () => {
    const key = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`;
    const [ascii, found] = policiesIn(
      'edge.reg',
      [
        'Windows Registry Editor Version 5.00',
        '',
        `[${key}]`,
        '"organisation"="{\\"name\\":\\"Cliëntenraad\\"}"',
        '"defaults"="{lang: nl}"',
        '"locked"=dword:00000001',
        '',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge]',
        `"ExtensionSettings"="{\\"${CHROME_EXTENSION_ID}\\":{\\"installation_mode\\":\\"force_installed\\",\\"update_url\\":\\"https://x/update.xml\\"}}"`,
        '',
      ].join('\r\n'),
    );
    expect(ascii.problems[0]).toMatch(/letters outside ASCII/);
    expect(found.problems).toEqual([expect.stringMatching(/^"defaults" is not valid JSON/)]);
    expect(found.installed).toBe(true);
    const checked = checkFound(found);
    expect(checked.chrome.map((issue) => issue.path)).toEqual(['defaults', 'locked']);
    expect(checked.inForce).toEqual(['organisation']);
  });

  it('reads the registry’s own form too: a key per group, numbered values for a list, a DWORD for yes/no', () => {
    const key = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`;
    const [found] = policiesIn(
      'chrome.reg',
      [
        'Windows Registry Editor Version 5.00',
        `[${key}\\organisation]`,
        '"name"="Zorggroep Register"',
        '"canAddWords"=dword:00000000',
        `[${key}\\organisation\\words]`,
        '"2"="ZGV"',
        '"1"="Voorbeeldhof"',
        `[${key}\\defaults]`,
        '"linkCheck"="1"',
        `[${key}\\locked]`,
        '"linkCheck"=dword:00000000',
        `[${key}\\locked\\platforms]`,
        '"tiktok"="false"',
        '',
      ].join('\r\n'),
    );
    expect(found.policy).toEqual({
      organisation: { name: 'Zorggroep Register', canAddWords: false, words: ['Voorbeeldhof', 'ZGV'] },
      defaults: { linkCheck: true },
      locked: { linkCheck: false, platforms: { tiktok: 'false' } },
    });
    const checked = checkFound(found);
    expect(checked.chrome.map((issue) => issue.path)).toEqual(['locked.platforms.tiktok']);
    expect(checked.inForce).toEqual(['organisation', 'defaults']);
  });

  it('reads a profile in the form Apple and Chromium document (com.apple.ManagedClient.preferences)', () => {
    const forced = (settings: string) =>
      `<dict><key>Forced</key><array><dict><key>mcx_preference_settings</key>${settings}</dict></array></dict>`;
    const profile = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
  <key>PayloadType</key><string>Configuration</string>
  <key>PayloadContent</key><array><dict>
    <key>PayloadType</key><string>com.apple.ManagedClient.preferences</string>
    <key>PayloadContent</key><dict>
      <key>com.google.Chrome.extensions.${CHROME_EXTENSION_ID}</key>
      ${forced('<dict><key>locked</key><dict><key>linkCheck</key><string>false</string></dict><key>organisation</key><dict><key>name</key><string>Zorggroep Mac</string></dict></dict>')}
      <key>com.google.Chrome</key>
      ${forced(`<dict><key>ExtensionInstallForcelist</key><array><string>${CHROME_EXTENSION_ID};https://clients2.google.com/service/update2/crx</string></array></dict>`)}
    </dict>
  </dict></array>
</dict></plist>`;
    const [checked] = policiesIn('zorgvuldig.mobileconfig', profile).map(checkFound);
    expect(checked.found).toMatchObject({ id: CHROME_EXTENSION_ID, installed: true });
    expect(checked.chrome.map((issue) => issue.path)).toEqual(['locked.linkCheck']);
    expect(checked.inForce).toEqual(['organisation']);
  });
});
