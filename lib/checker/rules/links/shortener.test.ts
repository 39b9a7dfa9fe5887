import { describe, expect, it } from 'vitest';
import { check } from '../../check';
import { compact, findingsOf } from '../../testing';
import { ORDINARY_LINKS, ORG_SETTINGS } from './ordinary';
import { shortener } from './shortener';

describe('links/shortener', () => {
  describe('must flag', () => {
    it.each([
      ['Doe mee: https://bit.ly/3xYzAbC!', '9-31'],
      ['tinyurl.com/zorgdag2025', '0-23'],
      ['via https://lnkd.in/eAbC123 en t.co/xyz', '4-27 | 31-39'],
      ['https://ow.ly/abc12', '0-19'],
      ['Scan: https://qrco.de/bfXyZ', '6-27'],
      ['https://zorgapp.page.link/open', '0-30'],
    ])('%s', (text, spans) =>
      expect(compact(findingsOf(text, shortener))).toEqual(
        spans.split(' | ').map((s) => `${s} links/shortener`),
      ),
    );
    it('suggests the full link when the live check knows where it ends, without tracking codes', () => {
      const finalUrl = 'https://www.voorbeeldzorg.nl/zorgdag?utm_source=bitly&id=7';
      const found = check(
        { text: 'https://bit.ly/3xYzAbC' },
        {},
        {
          rules: [shortener],
          linkStatus: (url) =>
            url === 'https://bit.ly/3xYzAbC' ? { state: 'ok', status: 200, finalUrl } : undefined,
        },
      ).findings;
      expect(found[0].suggestions).toEqual(['https://www.voorbeeldzorg.nl/zorgdag?id=7']);
    });
    it('offers no suggestion when the target is unknown', () => {
      expect(findingsOf('https://bit.ly/3xYzAbC', shortener)[0].suggestions).toEqual([]);
    });
  });
  describe('must not flag', () => {
    it.each([
      ...ORDINARY_LINKS,
      'https://bitly.com',
      'https://bit.ly',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://www.voorbeeldzorg.nl/kort',
      'Bit.ly en tinyurl zijn verkorters',
    ])('%s', (text) => expect(findingsOf(text, shortener, ORG_SETTINGS)).toEqual([]));
  });
});
