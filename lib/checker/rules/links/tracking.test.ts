import { describe, expect, it } from 'vitest';
import { compact, findingsOf } from '../../testing';
import { ORDINARY_LINKS, ORG_SETTINGS } from './ordinary';
import { tracking } from './tracking';

describe('links/tracking', () => {
  describe('must flag, and suggest the link without the codes', () => {
    it.each([
      ['https://nos.nl/artikel/1?utm_source=fb&utm_medium=social', '0-56', 'https://nos.nl/artikel/1'],
      ['Lees https://example.org/a?id=5&fbclid=IwAR0x#deel2.', '5-51', 'https://example.org/a?id=5#deel2'],
      ['example.org/?gclid=abc&q=griep', '0-30', 'example.org/?q=griep'],
      ['https://shop.example.com/?msclkid=1&mc_eid=2&_hsenc=3', '0-53', 'https://shop.example.com/'],
      ['https://www.instagram.com/p/C1a2/?igsh=MWx0', '0-43', 'https://www.instagram.com/p/C1a2/'],
      [
        'https://www.linkedin.com/posts/x_1?trk=public_post&rcm=ACoAA',
        '0-60',
        'https://www.linkedin.com/posts/x_1',
      ],
      ['https://x.com/nos/status/1?s=20&t=abc', '0-37', 'https://x.com/nos/status/1'],
      ['https://example.org/?UTM_Campaign=zomer', '0-39', 'https://example.org/'],
    ])('%s', (text, span, fix) => {
      const found = findingsOf(text, tracking);
      expect(compact(found)).toEqual([`${span} links/tracking`]);
      expect(found[0].suggestions).toEqual([fix]);
    });
  });
  describe('must not flag', () => {
    it.each([
      ...ORDINARY_LINKS,
      'https://www.google.com/search?q=griep',
      'https://example.org/?s=zorg&t=5',
      'https://example.org/?utm=1',
      'https://www.ziekenhuisvoorbeeld.nl/nieuws?utm_source=nieuwsbrief',
      'utm_source=facebook zonder link',
    ])('%s', (text) => expect(findingsOf(text, tracking, ORG_SETTINGS)).toEqual([]));
  });
});
