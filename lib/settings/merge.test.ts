import { describe, expect, it } from 'vitest';
import { isLocked, leafPaths, locksOf, mergeLayers } from './merge';
import { cleanPolicy } from './policy';
import { resolve } from './resolve';
import { storedUser } from './testing';

describe('merge order: built-in < organisation defaults < user < organisation locks', () => {
  it.each([
    ['built-in only', {}, {}, 'auto'],
    ['org default beats built-in', { defaults: { lang: 'en' } }, {}, 'en'],
    ['user beats org default', { defaults: { lang: 'en' } }, { lang: 'nl' }, 'nl'],
    ['lock beats user', { defaults: { lang: 'en' }, locked: { lang: 'en' } }, { lang: 'nl' }, 'en'],
    ['lock beats everything', { locked: { lang: 'nl' } }, { lang: 'en' }, 'nl'],
  ] as const)('%s', (_name, policy, user, expected) => {
    expect(mergeLayers(policy, user).lang).toBe(expected);
  });

  it('merges groups key by key, so one locked platform leaves the others to the user', () => {
    const settings = mergeLayers(
      {
        defaults: { platforms: { tiktok: false, facebook: true, instagram: true, linkedin: true } },
        locked: { platforms: { facebook: false } as never },
      },
      { platforms: { tiktok: true, facebook: true, instagram: false, linkedin: true } },
    );
    expect(settings.platforms).toEqual({ facebook: false, instagram: false, linkedin: true, tiktok: true });
  });

  it('merges rule choices per field', () => {
    const settings = mergeLayers(
      { locked: { rules: { 'privacy/bsn': { enabled: true } } } },
      { rules: { 'privacy/bsn': { enabled: false, severity: 'tip' } } },
    );
    expect(settings.rules['privacy/bsn']).toEqual({ enabled: true, severity: 'tip' });
  });

  it('replaces lists whole: the user list replaces an org default list, a locked list replaces the user one', () => {
    expect(mergeLayers({ defaults: { words: ['a'] } }, { words: ['b'] }).words).toEqual(['b']);
    expect(mergeLayers({ locked: { words: ['c'] } }, { words: ['b'] }).words).toEqual(['c']);
  });

  it('takes organisation facts from the policy only', () => {
    const settings = mergeLayers({ organisation: { name: 'Zorggroep Noord', words: ['Noordzorg'] } }, {});
    expect(settings.org).toMatchObject({ name: 'Zorggroep Noord', words: ['Noordzorg'], canAddWords: true });
  });
});

describe('locks', () => {
  it('lists every locked leaf with who locked it', () => {
    const locks = locksOf(
      {
        locked: {
          lang: 'nl',
          platforms: { tiktok: false } as never,
          rules: { 'privacy/bsn': { severity: 'stop' } },
        },
      },
      'Zorggroep Noord',
    );
    expect(locks).toEqual({
      lang: 'Zorggroep Noord',
      'platforms.tiktok': 'Zorggroep Noord',
      'rules.privacy/bsn.severity': 'Zorggroep Noord',
    });
    expect(isLocked(locks, 'platforms.tiktok')).toBe(true);
    expect(isLocked(locks, 'platforms.facebook')).toBe(false);
    expect(isLocked(locks, 'rules.privacy/bsn.enabled')).toBe(false);
  });

  it('has no leaves for empty groups', () => {
    expect(leafPaths({ platforms: {}, rules: {} })).toEqual([]);
  });

  it('names the organisation, or says "je organisatie" when it has no name', () => {
    const named = resolve(
      cleanPolicy({ organisation: { name: 'Isala' }, locked: { linkCheck: true } }),
      storedUser({}),
      'nl-NL',
    );
    expect(named.locks).toEqual({ linkCheck: 'Isala' });
    const unnamed = resolve(cleanPolicy({ locked: { linkCheck: true } }), storedUser({}), 'nl-NL');
    expect(unnamed.locks).toEqual({ linkCheck: 'je organisatie' });
  });
});

describe('resolve', () => {
  it('follows the browser language for "auto"', () => {
    expect(resolve(cleanPolicy({}), storedUser({}), 'nl-BE').lang).toBe('nl');
    expect(resolve(cleanPolicy({}), storedUser({}), 'en-US').lang).toBe('en');
    expect(resolve(cleanPolicy({}), storedUser({ lang: 'nl' }), 'en-US').lang).toBe('nl');
  });

  it('drops an invalid policy value, keeps the valid ones, and says what and why', () => {
    const read = cleanPolicy({
      defaults: { lang: 'fr', linkCheck: true },
      locked: { platforms: { tiktok: 'no' } },
    });
    const resolved = resolve(read, storedUser({}), 'nl-NL');
    expect(resolved.settings.linkCheck).toBe(true);
    expect(resolved.settings.lang).toBe('auto');
    expect(resolved.settings.platforms.tiktok).toBe(true);
    expect(resolved.locks).toEqual({});
    expect(resolved.notices.map((notice) => `${notice.source} ${notice.key}`)).toEqual([
      'policy defaults.lang',
      'policy locked.platforms.tiktok',
    ]);
    expect(resolved.notices[0].message).toContain('"fr"');
    expect(resolved.notices[0].message).toContain('kies uit "auto", "nl", "en"');
  });

  it('reports unknown keys and unknown rule ids in the policy', () => {
    const read = cleanPolicy({
      defaults: { lnkCheck: true, rules: { 'privacy/nope': { enabled: false } } },
      extra: 1,
    });
    expect(read.issues.map((issue) => `${issue.path}: ${issue.reason.en}`)).toEqual([
      'defaults.lnkCheck: unknown setting',
      'defaults.rules.privacy/nope: unknown rule (from a newer version?)',
      'extra: unknown setting',
    ]);
  });

  it('survives a policy that is not an object at all', () => {
    for (const raw of [null, 'x', 42, [], { defaults: 'x', locked: [1], organisation: 3 }]) {
      const resolved = resolve(cleanPolicy(raw), storedUser({ words: ['mijnwoord'] }), 'nl');
      expect(resolved.settings.words).toEqual(['mijnwoord']);
      expect(resolved.locks).toEqual({});
    }
  });

  it('keeps valid words of an org list next to invalid ones', () => {
    const read = cleanPolicy({ organisation: { words: ['Noordzorg', 'twee woorden', 42, 'Isala'] } });
    expect(read.policy.organisation?.words).toEqual(['Noordzorg', 'Isala']);
    expect(read.issues.map((issue) => issue.path)).toEqual(['organisation.words.1', 'organisation.words.2']);
  });

  it('shows a notice when the settings live on this device only', () => {
    const resolved = resolve(cleanPolicy({}), storedUser({}, { area: 'local' }), 'nl');
    expect(resolved.notices.map((notice) => notice.source)).toEqual(['quota']);
  });
});
