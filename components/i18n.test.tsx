import { describe, expect, it } from 'vitest';
import { strings, t } from './i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n table', () => {
  it.each(Object.entries(strings))('%s has Dutch and English with the same placeholders', (_key, entry) => {
    const { nl, en } = entry as { nl: string; en: string };
    expect(nl.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(placeholders(en)).toEqual(placeholders(nl));
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(t('nl', 'card.replace', { s: 'team' })).toBe('Vervang door “team”');
    expect(t('en', 'card.replace', { s: 'team' })).toBe('Replace with “team”');
    expect(t('nl', 'card.replace')).toBe('Vervang door “{s}”');
  });

  it('has the labels the users know', () => {
    expect(
      ['privacy', 'avg', 'spelling', 'link', 'media', 'tone'].map((c) => t('nl', `category.${c}` as never)),
    ).toEqual(['Privacy', 'AVG', 'Spelling', 'Links', "Foto's en video", 'Toon']);
    expect(['stop', 'check', 'tip'].map((s) => t('nl', `severity.${s}` as never))).toEqual([
      'Niet plaatsen',
      'Controleren',
      'Tip',
    ]);
  });
});
