import { describe, expect, it } from 'vitest';
import { check } from '../../check';
import { compact, findingsOf } from '../../testing';
import { broken } from './broken';
import { ORDINARY_LINKS, ORG_SETTINGS } from './ordinary';
import type { LinkStatus } from './status';

const withStatus = (text: string, statuses: Record<string, LinkStatus>) =>
  check({ text }, {}, { rules: [broken], linkStatus: (url) => statuses[url] }).findings;

describe('links/broken', () => {
  describe('must flag a link written wrong, and suggest it written right', () => {
    it.each([
      ['Zie htps://www.zorg.nl/nieuws.', '4-29', 'https://www.zorg.nl/nieuws'],
      ['Zie http//www.zorg.nl', '4-21', 'http://www.zorg.nl'],
      ['https:/zorg.nl/a', '0-16', 'https://zorg.nl/a'],
      ['http:// www.zorg.nl', '0-19', 'http://www.zorg.nl'],
      ['https://http://zorg.nl', '0-22', 'http://zorg.nl'],
      ['hhtps://zorg.nl', '0-15', 'https://zorg.nl'],
      ['http:www.zorg.nl', '0-16', 'http://www.zorg.nl'],
    ])('%s', (text, span, fix) => {
      const found = findingsOf(text, broken);
      expect(compact(found)).toEqual([`${span} links/broken`]);
      expect(found[0].suggestions).toEqual([fix]);
    });
    it('flags a top-level domain that does not exist', () => {
      expect(compact(findingsOf('Zie https://www.zorg.nll/a', broken))).toEqual(['4-26 links/broken']);
    });
  });
  describe('must flag what the live check found', () => {
    it.each<[LinkStatus, RegExp]>([
      [{ state: 'broken', status: 404 }, /bestaat niet/],
      [{ state: 'broken', status: 410 }, /bestaat niet/],
      [{ state: 'broken', status: 500 }, /foutcode 500/],
      [{ state: 'unreachable', reason: 'timeout' }, /geen antwoord/],
      [{ state: 'unreachable', reason: 'tls' }, /beveiligingsfout/],
      [{ state: 'unreachable', reason: 'network' }, /niet bereikbaar/],
    ])('%o', (status, message) => {
      const found = withStatus('Lees https://www.zorg.nl/oud en www.zorg.nl/nieuw', {
        'https://www.zorg.nl/oud': status,
      });
      expect(compact(found)).toEqual(['5-28 links/broken']);
      expect(found[0].message).toMatch(message);
    });
  });
  describe('must not flag', () => {
    it.each([
      ...ORDINARY_LINKS,
      'https://www.zorg.nl',
      'http://intranet/a',
      'https://ziekenhuis.local/a',
      'licht/donker',
    ])('%s', (text) => expect(findingsOf(text, broken, ORG_SETTINGS)).toEqual([]));
    it('a link the live check found working, or redirected', () => {
      expect(
        withStatus('https://bit.ly/abc https://www.zorg.nl', {
          'https://bit.ly/abc': { state: 'ok', status: 200, finalUrl: 'https://www.zorg.nl/x' },
          'https://www.zorg.nl': { state: 'ok', status: 200 },
        }),
      ).toEqual([]);
    });
    it('nothing from the live check when it is off', () => {
      expect(findingsOf('https://www.zorg.nl/oud', broken)).toEqual([]);
    });
  });
});
