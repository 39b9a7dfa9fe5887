import { JSDOM } from 'jsdom';
import { isObject } from '../lib/settings/chrome-view';
import { managedSchema, type JsonSchema } from '../lib/settings/managed-schema';
import { GECKO_ID } from './policy-files';

/**
 * Finds Zorgvuldig's policy in the files an administrator writes, read the way each platform
 * reads them: a Linux policy file, Firefox's policies.json, a .reg file, a macOS configuration
 * profile, or the bare policy object. Used by `npm run policy:check` and by the tests of
 * docs/admin/examples/.
 */
export type FoundPolicy = {
  /** Where in the file, for the report ("3rdparty.extensions.<id>", a registry key, a payload). */
  where: string;
  /** Chrome and Edge check types against managed_schema.json first; Firefox passes everything on. */
  browser: 'chrome' | 'firefox' | 'unknown';
  /** The extension ID or add-on ID the policy is for (undefined for a bare policy). */
  id?: string;
  policy: unknown;
  /** Problems found on the way there (a part that is not JSON, say): the browser drops those parts. */
  problems: string[];
  /** Whether the same file also installs this ID by policy (undefined when the file cannot say). */
  installed?: boolean;
};

/** A .reg file as regedit reads it: [key] sections, then "name"="string" (\\ and \" escaped) or dword values. */
export function parseReg(text: string): Record<string, Record<string, string | number>> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0].trim() !== 'Windows Registry Editor Version 5.00' && lines[0].trim() !== 'REGEDIT4')
    throw new Error('not a .reg file: the first line must be "Windows Registry Editor Version 5.00"');
  const keys: Record<string, Record<string, string | number>> = {};
  let current: Record<string, string | number> | undefined;
  for (const [index, raw] of lines.slice(1).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';')) continue;
    const section = /^\[([^\]]+)\]$/.exec(line);
    if (section) {
      current = keys[section[1]] ??= {};
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-fA-F]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`line ${index + 2} is not a string or dword value: ${line}`);
    const name = value[1].replace(/\\(.)/g, '$1');
    current[name] = value[3] !== undefined ? parseInt(value[3], 16) : value[2].replace(/\\(.)/g, '$1');
  }
  return keys;
}

/** A property list (XML, as in a .mobileconfig) as a plain value. */
export function parsePlist(text: string): unknown {
  const { document } = new JSDOM(text, { contentType: 'application/xml' }).window;
  if (document.querySelector('parsererror')) throw new Error('not a valid XML property list');
  const value = (node: Element): unknown => {
    const children = [...node.children];
    switch (node.tagName) {
      case 'dict': {
        const out: Record<string, unknown> = {};
        for (let i = 0; i < children.length; i += 2) {
          if (children[i].tagName !== 'key')
            throw new Error(`<dict> holds <${children[i].tagName}> where a <key> belongs`);
          if (!children[i + 1]) throw new Error(`<key>${children[i].textContent}</key> has no value`);
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
      case 'real':
        return Number.parseFloat(node.textContent ?? '');
      case 'true':
        return true;
      case 'false':
        return false;
      default:
        throw new Error(`unexpected property list element <${node.tagName}>`);
    }
  };
  const plist = document.documentElement;
  if (plist.tagName !== 'plist' || plist.children.length !== 1) throw new Error('not a property list');
  return value(plist.children[0]);
}

/** Does a Chrome/Edge policy name `id` for installation (ExtensionInstallForcelist or ExtensionSettings)? */
function chromeInstalls(policies: Record<string, unknown>, id: string): boolean {
  const list = policies.ExtensionInstallForcelist;
  const listed = Array.isArray(list)
    ? list
    : isObject(list)
      ? Object.values(list) // the registry form: values "1", "2", ...
      : [];
  if (listed.some((entry) => typeof entry === 'string' && entry.split(';')[0].trim() === id)) return true;
  const settings = policies.ExtensionSettings;
  const entry = isObject(settings) ? settings[id] : undefined;
  return isObject(entry) && ['force_installed', 'normal_installed'].includes(String(entry.installation_mode));
}

function fromJson(value: unknown): FoundPolicy[] {
  if (!isObject(value)) throw new Error('the file holds no JSON object');
  if (isObject(value.policies)) {
    const policies = value.policies;
    const third = policies['3rdparty'];
    const extensions = isObject(third) ? third.Extensions : undefined;
    const found = isObject(extensions) ? Object.entries(extensions) : [];
    const settings = isObject(policies.ExtensionSettings) ? policies.ExtensionSettings : {};
    const problems =
      isObject(third) && !isObject(extensions)
        ? ['3rdparty has no "Extensions" (with a capital E): Firefox finds no extension policy there']
        : [];
    if (found.length === 0 && problems.length)
      return [{ where: 'policies.3rdparty', browser: 'firefox', policy: undefined, problems }];
    return found.map(([id, policy]) => ({
      where: `policies.3rdparty.Extensions.${id}`,
      browser: 'firefox',
      id,
      policy,
      problems: [
        ...problems,
        ...(id === GECKO_ID ? [] : [`"${id}" is not Zorgvuldig's add-on ID (${GECKO_ID})`]),
      ],
      installed:
        isObject(settings[id]) &&
        ['force_installed', 'normal_installed'].includes(String(settings[id].installation_mode)),
    }));
  }
  const third = value['3rdparty'];
  if (third !== undefined) {
    const extensions = isObject(third) ? third.extensions : undefined;
    if (!isObject(extensions))
      return [
        {
          where: '3rdparty',
          browser: 'chrome',
          policy: undefined,
          problems: [
            '3rdparty has no "extensions" (lower case): Chrome and Edge find no extension policy there',
          ],
        },
      ];
    return Object.entries(extensions).map(([id, policy]) => ({
      where: `3rdparty.extensions.${id}`,
      browser: 'chrome',
      id,
      policy,
      problems: /^[a-p]{32}$/.test(id) ? [] : [`"${id}" is not a Chrome/Edge extension ID (32 letters a-p)`],
      installed: chromeInstalls(value, id),
    }));
  }
  // A file of browser policies without 3rdparty (only the force-install, say) holds none of ours.
  const ours = ['organisation', 'defaults', 'locked'].some((part) => part in value);
  if (!ours && ('ExtensionInstallForcelist' in value || 'ExtensionSettings' in value)) return [];
  return [{ where: 'the file', browser: 'unknown', policy: value, problems: [] }];
}

function jsonOrUndefined(value: unknown): unknown {
  try {
    return typeof value === 'string' ? JSON.parse(value) : undefined;
  } catch {
    return undefined;
  }
}

function jsonError(text: string): string {
  try {
    JSON.parse(text);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

/** A registry key with its values and subkeys, as Chrome reads a policy key. */
type RegNode = { values: Record<string, string | number>; keys: Record<string, RegNode> };

function registryNode(keys: Record<string, Record<string, string | number>>, path: string): RegNode {
  const prefix = `${path.toLowerCase()}\\`;
  const children: Record<string, RegNode> = {};
  for (const other of Object.keys(keys)) {
    if (!other.toLowerCase().startsWith(prefix)) continue;
    const name = other.slice(prefix.length);
    if (!name.includes('\\')) children[name] = registryNode(keys, other);
  }
  return { values: keys[path] ?? {}, keys: children };
}

/**
 * A registry value or key as Chrome turns it into policy, guided by managed_schema.json: a
 * string holding JSON for a group or list, a key for a group (values and subkeys by name) or a
 * list (numbered values or subkeys), a DWORD or "0"/"1" for yes/no. What does not convert stays
 * as it is, so the type check reports it as Chrome would drop it.
 */
function fromRegistry(value: RegNode | string | number, schema: JsonSchema | undefined): unknown {
  if (typeof value === 'object') {
    if (schema?.type === 'array') {
      const entries = [...Object.entries(value.values), ...Object.entries(value.keys)]
        .filter(([name]) => /^\d+$/.test(name))
        .sort(([a], [b]) => Number(a) - Number(b));
      return entries.map(([, item]) => fromRegistry(item, schema.items));
    }
    const out: Record<string, unknown> = {};
    for (const [name, item] of [...Object.entries(value.values), ...Object.entries(value.keys)])
      out[name] = fromRegistry(item, schema?.properties?.[name] ?? schema?.additionalProperties);
    return out;
  }
  if (!schema) return value;
  if (typeof value === 'string' && (schema.type === 'object' || schema.type === 'array')) {
    const parsed = jsonOrUndefined(value);
    const fits = schema.type === 'array' ? Array.isArray(parsed) : isObject(parsed);
    return fits ? parsed : value;
  }
  if (schema.type === 'boolean') {
    const number = typeof value === 'number' ? value : /^-?\d+$/.test(value) ? Number(value) : undefined;
    return number === undefined ? value : number !== 0;
  }
  return value;
}

function fromReg(text: string): FoundPolicy[] {
  const keys = parseReg(text);
  const found: FoundPolicy[] = [];
  if (/[^\x00-\x7f]/.test(text) && !text.startsWith('\uFEFF'))
    found.push({
      where: 'the file',
      browser: 'chrome',
      policy: undefined,
      problems: [
        'letters outside ASCII (ë, é ...) in a file without a byte-order mark: regedit reads them in the Windows code page and they change. Write them as \\u00eb in the JSON, or save the file as UTF-16 LE',
      ],
    });
  // Each extension's policy key, also when the file only writes keys below it.
  const policyKeys = new Set(
    Object.keys(keys).flatMap(
      (key) => /^.*?\\3rdparty\\extensions\\[^\\]+\\policy(?=\\|$)/i.exec(key)?.[0] ?? [],
    ),
  );
  for (const key of policyKeys) {
    const values = keys[key] ?? {};
    const id = /\\extensions\\([^\\]+)\\policy$/i.exec(key)![1];
    const base = key.slice(0, key.toLowerCase().indexOf('\\3rdparty\\'));
    const installs = {
      ExtensionInstallForcelist: keys[`${base}\\ExtensionInstallForcelist`],
      // ExtensionSettings is one REG_SZ holding JSON, beside the browser's other policies.
      ExtensionSettings: jsonOrUndefined(keys[base]?.ExtensionSettings),
    };
    const problems: string[] = [];
    for (const [part, data] of Object.entries(values))
      if (typeof data === 'string' && jsonOrUndefined(data) === undefined && /^\s*[[{]/.test(data))
        problems.push(`"${part}" is not valid JSON (${jsonError(data)})`);
    const policy = fromRegistry(registryNode(keys, key), managedSchema());
    found.push({
      where: key,
      browser: 'chrome',
      id,
      policy,
      problems,
      installed: chromeInstalls(installs, id),
    });
  }
  return found;
}

/**
 * The preference domains of a profile, with their settings: payloads whose PayloadType is the
 * domain (as Jamf and the examples write them), and the older form Apple and Chromium document,
 * com.apple.ManagedClient.preferences with Forced > mcx_preference_settings per domain.
 */
function preferenceDomains(root: unknown): Map<string, Record<string, unknown>> {
  const payloads = isObject(root) && Array.isArray(root.PayloadContent) ? root.PayloadContent : [root];
  const domains = new Map<string, Record<string, unknown>>();
  for (const payload of payloads) {
    if (!isObject(payload) || typeof payload.PayloadType !== 'string') continue;
    if (payload.PayloadType !== 'com.apple.ManagedClient.preferences') {
      domains.set(
        payload.PayloadType,
        Object.fromEntries(Object.entries(payload).filter(([key]) => !key.startsWith('Payload'))),
      );
      continue;
    }
    const content = isObject(payload.PayloadContent) ? payload.PayloadContent : {};
    for (const [domain, managed] of Object.entries(content)) {
      const forced = isObject(managed) && Array.isArray(managed.Forced) ? managed.Forced : [];
      const settings = forced.map((entry) => (isObject(entry) ? entry.mcx_preference_settings : undefined));
      domains.set(domain, Object.assign({}, ...settings.filter(isObject)));
    }
  }
  return domains;
}

function fromPlist(text: string): FoundPolicy[] {
  const domains = preferenceDomains(parsePlist(text));
  const found: FoundPolicy[] = [];
  for (const [domain, policy] of domains) {
    const match = /^(.+)\.extensions\.([a-p]{32})$/.exec(domain);
    if (!match) continue;
    const browser = domains.get(match[1]);
    found.push({
      where: `domain ${domain}`,
      browser: 'chrome',
      id: match[2],
      policy,
      problems: [],
      installed: browser ? chromeInstalls(browser, match[2]) : false,
    });
  }
  return found;
}

/** Every Zorgvuldig policy in a file, by its name and content. Throws when the file cannot be read as its kind. */
export function policiesIn(file: string, text: string): FoundPolicy[] {
  if (/\.reg$/i.test(file)) return fromReg(text);
  if (/\.(mobileconfig|plist)$/i.test(file)) return fromPlist(text);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`not valid JSON: ${(error as Error).message}`);
  }
  return fromJson(value);
}
