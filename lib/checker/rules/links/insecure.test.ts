import { describe, expect, it } from 'vitest';
import { compact, findingsOf } from '../../testing';
import { insecure } from './insecure';
import { ORDINARY_LINKS, ORG_SETTINGS } from './ordinary';

describe('links/insecure', () => {
  describe('must flag', () => {
    it.each([
      ['Zie http://www.voorbeeldzorg.nl/folder.', '4-38', 'https://www.voorbeeldzorg.nl/folder'],
      ['(HTTP://nieuws.example.org/a)', '1-28', 'https://nieuws.example.org/a'],
      ['http://bit.ly/abc', '0-17', 'https://bit.ly/abc'],
    ])('%s', (text, span, fix) => {
      const found = findingsOf(text, insecure);
      expect(compact(found)).toEqual([`${span} links/insecure`]);
      expect(found[0].suggestions).toEqual([fix]);
    });
  });
  describe('must not flag', () => {
    it.each([
      ...ORDINARY_LINKS,
      'https://www.voorbeeldzorg.nl',
      'www.voorbeeldzorg.nl',
      'http://intranet/rooster',
      'http://192.168.1.20/admin',
      'http://www.ziekenhuisvoorbeeld.nl/oud',
      'Schrijf http en https zonder link',
    ])('%s', (text) => expect(findingsOf(text, insecure, ORG_SETTINGS)).toEqual([]));
  });
});
