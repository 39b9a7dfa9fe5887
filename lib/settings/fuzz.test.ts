import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RULE_IDS } from '../checker/rule-ids';
import { Category } from '../checker/types';
import { cleanPolicy } from './policy';
import { resolve } from './resolve';
import { Policy, Settings, UserSettings, Word, platformIds, type UserLayer } from './schema';
import { decode, encode, readUser, writeUser } from './storage';
import { enforceSyncQuota, storedUser } from './testing';
import { importUserSettings } from './transfer';

/** Keys that name the settings, and keys every plain object inherits (a policy is JSON anyone can write). */
const KEYS = [
  'organisation', 'defaults', 'locked', 'words', 'lang', 'rules', 'platforms', 'underlines', 'domains',
  'phrases', 'checklist', 'hosts', 'name', 'enabled', 'severity', 'privacy/bsn', 'words.0', 'words.1',
  'settings', 'settingsVersion', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf',
]; // prettier-ignore

const hostile = fc.anything({
  key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })),
  maxDepth: 4,
  withBoxedValues: true,
  withNullPrototype: true,
  withSparseArray: true,
  withDate: true,
  withMap: true,
  withBigInt: true,
});
/** What JSON can hold: policy files, storage and imported files all come as JSON. */
const json = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
/** An object whose keys are the settings' own, with hostile or valid values. */
const shaped = (value: fc.Arbitrary<unknown>) =>
  fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 }) as fc.Arbitrary<Record<string, unknown>>;

const word = fc
  .stringMatching(/^[\p{L}\p{N}'’.-]{1,20}$/u)
  .filter((w) => Word.safeParse(w).success && Word.parse(w) === w);
const words = fc.uniqueArray(word, { maxLength: 30 });
const domain = fc.domain().map((d) => d.toLowerCase());
const layer = fc.record(
  {
    lang: fc.constantFrom('auto', 'nl', 'en'),
    words,
    linkCheck: fc.boolean(),
    showWelcome: fc.boolean(),
    platforms: fc.record(Object.fromEntries(platformIds.map((p) => [p, fc.boolean()]))),
    underlines: fc.record(Object.fromEntries(Category.options.map((c) => [c, fc.boolean()]))),
    rules: fc.dictionary(
      fc.constantFrom(...RULE_IDS),
      fc.record(
        { enabled: fc.boolean(), severity: fc.constantFrom('stop', 'check', 'tip') },
        { requiredKeys: [] },
      ),
      { maxKeys: 4 },
    ),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<UserLayer>;

const organisation = fc.record(
  {
    name: fc.string({ maxLength: 30 }).map((s) => s.trim()),
    domains: fc.uniqueArray(domain, { maxLength: 5 }),
    words,
    canAddWords: fc.boolean(),
    checklist: fc.uniqueArray(fc.stringMatching(/^\p{L}[\p{L} ]{0,40}\p{L}$/u), { maxLength: 5 }),
  },
  { requiredKeys: [] },
);
const policy = fc.record({ organisation, defaults: layer, locked: layer }, { requiredKeys: [] });

/** A valid list with junk put in between: numbers, spaces, objects, words with spaces, 61 letters. */
const junk = fc.oneof(
  fc.constantFrom('', ' ', 'twee woorden', 'x'.repeat(61), null, 42, {}, [], true),
  hostile,
);
class Valid {
  constructor(readonly word: string) {}
}
const withJunkFrom = (junk: fc.Arbitrary<unknown>) => (valid: string[]) =>
  fc
    .array(junk, { maxLength: 10 })
    .chain((bad) =>
      fc.shuffledSubarray([...valid.map((w) => new Valid(w)), ...bad], {
        minLength: valid.length + bad.length,
      }),
    )
    .map((items) => items.map((item) => (item instanceof Valid ? item.word : item)));
const withJunk = withJunkFrom(junk);
const withJsonJunk = withJunkFrom(
  fc.oneof(fc.constantFrom('', ' ', 'twee woorden', 'x'.repeat(61), null, 42, {}, [], true), json),
);
/** The words of a list that the schema accepts, as it keeps them: trimmed, each once. */
const validIn = (list: unknown[]) => [
  ...new Set(
    list.flatMap((w) => (typeof w === 'string' && Word.safeParse(w).success ? [Word.parse(w)] : [])),
  ),
];

beforeEach(() => {
  fakeBrowser.reset();
  enforceSyncQuota();
});

describe('the policy reader under random and hostile input (fast-check)', () => {
  it('never throws, and what it keeps is a valid policy that merges into valid settings', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, json, shaped(hostile), shaped(shaped(hostile))), (raw) => {
        const read = cleanPolicy(raw);
        expect(Policy.safeParse(read.policy).success).toBe(true);
        const resolved = resolve(read, storedUser(), 'nl-NL');
        expect(Settings.safeParse(resolved.settings).success).toBe(true);
        for (const notice of resolved.notices) expect(notice.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a valid policy back unchanged, without a notice', () => {
    fc.assert(
      fc.property(policy, (valid) => {
        const read = cleanPolicy(JSON.parse(JSON.stringify(valid)));
        expect(read.issues).toEqual([]);
        expect(read.policy).toEqual(valid);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every valid organisation word when bad ones stand between them', () => {
    fc.assert(
      fc.property(words.chain(withJunk), (list) => {
        const read = cleanPolicy({ organisation: { words: list } });
        expect(read.policy.organisation?.words ?? []).toEqual(validIn(list));
      }),
      { numRuns: 200 },
    );
  });
});

describe('stored settings under random and hostile input (fast-check)', () => {
  it('decoding never throws and gives a valid user layer', () => {
    fc.assert(
      fc.property(fc.oneof(shaped(hostile), shaped(json)), (raw) => {
        const decoded = decode(raw);
        expect(UserSettings.partial().safeParse(decoded.user).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a valid layer survives encode and decode unchanged', () => {
    fc.assert(
      fc.property(layer, (user) => {
        const decoded = decode(JSON.parse(JSON.stringify(encode(user))) as Record<string, unknown>);
        expect(decoded.issues).toEqual([]);
        const { words: list = [], ...rest } = user;
        expect(decoded.user).toEqual(list.length ? { ...rest, words: list } : rest);
      }),
      { numRuns: 200 },
    );
  });

  it('garbled settings, versions and bad words beside them never cost a valid word', () => {
    fc.assert(
      fc.property(words.chain(withJunk), hostile, json, (list, settings, version) => {
        const raw = { settingsVersion: version, settings, 'words.0': list };
        expect(decode(raw).user.words ?? []).toEqual(validIn(list));
      }),
      { numRuns: 200 },
    );
  });

  it('importing any file never throws and never loses a word already in the list', async () => {
    const file = fc.oneof(
      fc.string({ maxLength: 200 }),
      json.map((v) => JSON.stringify(v)),
      fc
        .record(
          { settings: fc.oneof(shaped(json), json), words: fc.oneof(json, words.chain(withJsonJunk)) },
          { requiredKeys: [] },
        )
        .map((o) => JSON.stringify({ format: 'zorgvuldig-settings', settingsVersion: 1, ...o })),
    );
    await fc.assert(
      fc.asyncProperty(words, file, async (mine, text) => {
        fakeBrowser.reset();
        enforceSyncQuota();
        await writeUser({ words: mine });
        const result = await importUserSettings(text);
        expect(result.notices.every((n) => n.message.length > 0)).toBe(true);
        const after = (await readUser()).user.words ?? [];
        for (const w of mine) expect(after).toContain(w);
      }),
      { numRuns: 150 },
    );
  });
});

describe('found by the fuzzers', () => {
  it('a policy key named like an object method ("toString", "constructor") is reported, not a crash', () => {
    const read = cleanPolicy({ toString: 0, organisation: { constructor: {}, words: ['Zorgvuldig'] } });
    expect(read.policy).toEqual({ organisation: { words: ['Zorgvuldig'] } });
    expect(read.issues.map((issue) => issue.path)).toEqual(['toString', 'organisation.constructor']);
  });

  it('a stored value JSON cannot print (a BigInt in Firefox storage) still gets its notice', () => {
    const stored = storedUser({}, { issues: [{ path: 'lang', value: 10n, reason: { nl: 'x', en: 'x' } }] });
    expect(resolve(cleanPolicy({}), stored, 'nl').notices[0].message).toContain('"lang" = 10');
  });
});
