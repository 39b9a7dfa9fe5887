import { describe, expect, it } from 'vitest';
import { chromeView } from './chrome-view';

/**
 * What real Chromium 156 (Linux, policy file in /etc/chromium/policies/managed) handed the
 * extension in chrome.storage.managed for these policies, recorded by hand while writing this;
 * tests/e2e/policy.e2e.test.ts checks the same prediction against the browser on every run.
 */
describe('chromeView: what Chrome and Edge pass on of a policy', () => {
  it('passes a policy of the right types whole, bad values and unknown rule ids included', () => {
    const policy = {
      organisation: {
        name: 'Zorggroep Waarde',
        domains: ['https://www.zorg.nl/'],
        phrases: [{ phrase: 'x' }],
      },
      locked: {
        lang: 'NL',
        rules: { 'privacy/bsn': { severity: 'STOP' }, 'privacy/bsnn': { enabled: true } },
      },
    };
    expect(chromeView(policy)).toEqual({ kept: policy, dropped: [] });
  });

  it('leaves out a whole part for one value of the wrong type, however deep, and names every such value', () => {
    const view = chromeView({
      organisation: { name: 'Zorggroep Een' },
      locked: { lang: 'nl', linkCheck: false, platforms: { tiktok: 'false' }, words: ['a', 5] },
    });
    expect(view.kept).toEqual({ organisation: { name: 'Zorggroep Een' } });
    expect(view.dropped.map((issue) => [issue.path, issue.value])).toEqual([
      ['locked.platforms.tiktok', 'false'],
      ['locked.words.1', 5],
    ]);
    expect(view.dropped[0].reason.nl).toBe(
      'tekst, verwacht ja of nee (true/false): daarom laten Chrome en Edge heel "locked" weg',
    );
    expect(view.dropped[0].reason.en).toBe(
      'text, expected yes or no (true/false): so Chrome and Edge leave out all of "locked"',
    );
  });

  it('removes unknown keys at every depth and unknown parts, and reports each', () => {
    const view = chromeView({
      organization: { name: 'US spelling' },
      Locked: { lang: 'nl' },
      defaults: { language: 'nl', linkCheck: true },
      locked: {
        rules: { 'privacy/bsnn': { enabled: true }, 'privacy/bsn': { enabled: true, sev: 'stop' } },
        platforms: { twitter: false },
      },
    });
    expect(view.kept).toEqual({
      defaults: { linkCheck: true },
      locked: {
        platforms: {},
        rules: { 'privacy/bsn': { enabled: true }, 'privacy/bsnn': { enabled: true } },
      },
    });
    expect(view.dropped.map((issue) => issue.path)).toEqual([
      'organization',
      'Locked',
      'defaults.language',
      'locked.rules.privacy/bsn.sev',
      'locked.platforms.twitter',
    ]);
  });

  it('counts null as a wrong type, and a policy that is not an object as nothing', () => {
    expect(chromeView({ defaults: { linkCheck: null } }).kept).toEqual({});
    expect(chromeView('organisation').dropped).toHaveLength(1);
  });
});
