import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, migrate, migrations, type Migration } from './migrations';

describe('migrations', () => {
  it('are numbered 1, 2, 3 ... without gaps', () => {
    expect(migrations.map((step) => step.version)).toEqual(migrations.map((_step, index) => index + 1));
    expect(CURRENT_VERSION).toBe(migrations.length);
  });

  it('1: moves unversioned flat keys into `settings` and the lone word list into a chunk', () => {
    const { snapshot, from, to } = migrate({ lang: 'en', linkCheck: true, words: ['a', 'b'], other: 1 });
    expect([from, to]).toEqual([0, 1]);
    expect(snapshot).toEqual({
      settings: { lang: 'en', linkCheck: true },
      'words.0': ['a', 'b'],
      other: 1,
      settingsVersion: 1,
    });
  });

  it('1: keeps settings and chunks already in the new layout when the version number is garbled', () => {
    const { snapshot } = migrate({
      settingsVersion: 'x',
      settings: { lang: 'nl' },
      'words.0': ['a'],
      words: ['b'],
    });
    expect(snapshot).toEqual({
      settings: { lang: 'nl' },
      'words.0': ['a'],
      'words.1': ['b'],
      settingsVersion: 1,
    });
  });

  it('leaves a current snapshot alone', () => {
    const current = { settingsVersion: CURRENT_VERSION, settings: { lang: 'nl' } };
    expect(migrate(current)).toEqual({ snapshot: current, from: CURRENT_VERSION, to: CURRENT_VERSION });
  });

  it('runs steps in order, each from the version before', () => {
    const steps: Migration[] = [
      { version: 1, description: 'a', up: (s) => ({ ...s, trail: `${s.trail ?? ''}1` }) },
      { version: 2, description: 'b', up: (s) => ({ ...s, trail: `${s.trail}2` }) },
      { version: 3, description: 'c', up: (s) => ({ ...s, trail: `${s.trail}3` }) },
    ];
    expect(migrate({ settingsVersion: 1, trail: '1' }, steps).snapshot).toEqual({
      settingsVersion: 3,
      trail: '123',
    });
    expect(migrate({}, steps).snapshot.trail).toBe('123');
  });

  it('refuses a list with a gap instead of skipping a step', () => {
    const steps: Migration[] = [{ version: 2, description: 'b', up: (s) => s }];
    expect(() => migrate({ settingsVersion: 0 }, steps)).toThrow('migration 1 is missing');
  });

  it('does not downgrade data from a newer version', () => {
    expect(migrate({ settingsVersion: CURRENT_VERSION + 5, settings: {} }).to).toBe(CURRENT_VERSION + 5);
  });
});
