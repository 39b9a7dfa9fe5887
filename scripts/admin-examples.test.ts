import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID } from '../wxt.config';
import { managedSchema } from '../lib/settings/managed-schema';
import { cleanPolicy } from '../lib/settings/policy';
import { GECKO_ID } from './policy-files';
import { examplePolicy } from './settings-docs';

/**
 * The files an administrator copies, read back the way their platform reads them: the .reg as
 * regedit parses it, the .mobileconfig as a property list, the PowerShell strings as PowerShell
 * quotes them. Each must give the example policy, valid in full, with every value of the type
 * managed_schema.json gives Chrome (a wrong type is dropped by Chrome without a word).
 */
const root = fileURLToPath(new URL('../', import.meta.url));
const read = (file: string) => readFileSync(`${root}docs/admin/examples/${file}`, 'utf8');
type Schema = ReturnType<typeof managedSchema>;

/** Where `value` does not have the type the schema gives (Chrome's own check, in short). */
function typeErrors(value: unknown, schema: Schema, path = ''): string[] {
  const actual = Array.isArray(value)
    ? 'array'
    : value === null
      ? 'null'
      : Number.isInteger(value)
        ? 'integer'
        : typeof value;
  const fits = actual === schema.type || (schema.type === 'number' && actual === 'integer');
  if (!fits) return [`${path || '$'}: ${actual}, schema says ${schema.type}`];
  if (Array.isArray(value))
    return value.flatMap((item, i) => typeErrors(item, schema.items!, `${path}[${i}]`));
  if (actual !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => {
    const child = schema.properties?.[key] ?? schema.additionalProperties;
    return child ? typeErrors(item, child, `${path}.${key}`) : [`${path}.${key}: not in the schema`];
  });
}

/** The policy checks every example file must pass. */
function expectExamplePolicy(policy: unknown) {
  expect(policy).toEqual(examplePolicy);
  expect(cleanPolicy(policy).issues).toEqual([]);
  expect(typeErrors(policy, managedSchema())).toEqual([]);
}

/** A .reg file as regedit reads it: [key] sections, then "name"="string" (\\ and \" escaped) values. */
function parseReg(text: string): Record<string, Record<string, string>> {
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  const keys: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    const section = /^\[(HKEY_LOCAL_MACHINE\\[^\]]+)\]$/.exec(line);
    if (section) {
      current = keys[section[1]] = {};
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    if (!value || !current) throw new Error(`Not a REG_SZ value line: ${line}`);
    current[value[1]] = value[2].replace(/\\(.)/g, '$1');
  }
  return keys;
}

/** A property list (XML) as a plain value. */
function parsePlist(text: string): unknown {
  const { document } = new JSDOM(text, { contentType: 'application/xml' }).window;
  expect(document.querySelector('parsererror')).toBeNull();
  const value = (node: Element): unknown => {
    const children = [...node.children];
    switch (node.tagName) {
      case 'dict': {
        const out: Record<string, unknown> = {};
        for (let i = 0; i < children.length; i += 2) {
          expect(children[i].tagName).toBe('key');
          out[children[i].textContent ?? ''] = value(children[i + 1]);
        }
        return out;
      }
      case 'array':
        return children.map(value);
      case 'string':
        return node.textContent ?? '';
      case 'integer':
        return Number.parseInt(node.textContent ?? '', 10);
      case 'true':
        return true;
      case 'false':
        return false;
      default:
        throw new Error(`Unexpected plist element <${node.tagName}>`);
    }
  };
  const plist = document.documentElement;
  expect(plist.tagName).toBe('plist');
  expect(plist.children).toHaveLength(1);
  return value(plist.children[0]);
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
      Object.fromEntries(Object.entries(parts).map(([part, json]) => [part, JSON.parse(json)])),
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

  it('the type check notices a wrong type, as Chrome would', () => {
    expect(
      typeErrors({ defaults: { linkCheck: 'yes' }, locked: { platforms: [] } }, managedSchema()),
    ).toEqual([
      '.defaults.linkCheck: string, schema says boolean',
      '.locked.platforms: array, schema says object',
    ]);
  });
});
