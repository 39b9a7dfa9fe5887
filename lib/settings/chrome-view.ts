import { defineCatalogue, inEachLang, untranslated, type Text } from '../i18n';
import { managedSchema, type JsonSchema } from './managed-schema';
import { noticeTexts } from './notice-texts';
import type { Issue } from './sanitize';

/** Why Chrome and Edge leave a policy value out (the administrator reads these; the extension never sees them). */
export const chromeTexts = defineCatalogue('chrome policy', {
  'chrome.unknownPart': {
    nl: 'onbekend deel: Chrome en Edge laten het weg (alleen organisation, defaults en locked bestaan)',
    en: 'unknown part: Chrome and Edge leave it out (only organisation, defaults and locked exist)',
  },
  'chrome.unknownKey': {
    nl: 'onbekende instelling: Chrome en Edge laten die weg zonder melding',
    en: 'unknown setting: Chrome and Edge leave it out without a word',
  },
  'chrome.wrongType': {
    nl: '{actual}, verwacht {expected}: daarom laten Chrome en Edge heel "{part}" weg',
    en: '{actual}, expected {expected}: so Chrome and Edge leave out all of "{part}"',
  },
});

/** What Chrome and Edge hand the extension of a policy, and what they leave out without a word. */
export type ChromeView = { kept: Record<string, unknown>; dropped: Issue[] };

type Found = { path: string; expected: string; actual: string };

/** A JSON object (not null, not an array). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The JSON type of a value as Chrome's schema names it. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const join = (path: string, key: string | number) => `${path}.${key}`;

/**
 * One section (`locked`, say) as Chrome normalises it: unknown keys at any depth are removed,
 * and a value of the wrong type, however deep, makes the whole section invalid. Every wrong
 * value is collected (Chrome stops at the first), so an administrator fixes them in one go.
 */
function normalise(
  value: unknown,
  schema: JsonSchema,
  path: string,
  found: { stripped: Issue[]; wrong: Found[] },
): unknown {
  const actual = typeOf(value);
  const fits = actual === schema.type || (schema.type === 'number' && actual === 'integer');
  if (!fits) {
    found.wrong.push({ path, expected: schema.type, actual });
    return undefined;
  }
  if (Array.isArray(value))
    return value.map((item, index) => normalise(item, schema.items!, join(path, index), found));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const child = schema.properties?.[key] ?? schema.additionalProperties;
    if (child) out[key] = normalise(item, child, join(path, key), found);
    else
      found.stripped.push({
        path: join(path, key),
        value: item,
        reason: chromeTexts.text('chrome.unknownKey'),
      });
  }
  return out;
}

/** The value at a dotted path of the raw policy (array indexes are numbers in the path). */
function valueAt(raw: unknown, path: string): unknown {
  let value = raw;
  for (const part of path.split('.'))
    value = isObject(value) || Array.isArray(value) ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

const typeWords = (type: string): Text => {
  const known = ['boolean', 'string', 'array', 'object', 'number'] as const;
  const name = type === 'integer' ? 'number' : known.find((k) => k === type);
  return name ? noticeTexts.text(`type.${name}`) : untranslated(type);
};

/**
 * The policy as Chrome and Edge pass it to the extension (chrome.storage.managed), worked out
 * from managed_schema.json the way Chromium does it (checked against real Chromium in
 * tests/e2e/policy.e2e.test.ts): an unknown part is left out, an unknown key inside a part is
 * removed, and one value of the wrong type leaves out its whole part. None of this reaches the
 * extension, and chrome://policy shows such a part only as "Not set", so this is the one place
 * an administrator can learn it before staff get an unconfigured extension.
 */
export function chromeView(raw: unknown, schema: JsonSchema = managedSchema()): ChromeView {
  const kept: Record<string, unknown> = {};
  const dropped: Issue[] = [];
  if (!isObject(raw)) {
    dropped.push({ path: '', value: raw, reason: noticeTexts.text('reason.expectedGroup') });
    return { kept, dropped };
  }
  for (const [part, value] of Object.entries(raw)) {
    const section = schema.properties?.[part];
    if (!section) {
      dropped.push({ path: part, value, reason: chromeTexts.text('chrome.unknownPart') });
      continue;
    }
    const found = { stripped: [] as Issue[], wrong: [] as Found[] };
    const clean = normalise(value, section, part, found);
    for (const { path, expected, actual } of found.wrong) {
      const [want, got] = [typeWords(expected), typeWords(actual)];
      dropped.push({
        path,
        value: valueAt(raw, path),
        reason: inEachLang((lang) =>
          chromeTexts.t('chrome.wrongType', lang, { part, expected: want[lang], actual: got[lang] }),
        ),
      });
    }
    if (found.wrong.length) continue;
    dropped.push(...found.stripped);
    kept[part] = clean;
  }
  return { kept, dropped };
}
