import { describe, expect, it } from 'vitest';
import { compact, findingsOf } from '../../testing';
import { internal } from './internal';
import { ORDINARY_LINKS, ORG_SETTINGS } from './ordinary';

const SETTINGS = { ...ORG_SETTINGS, internalDomains: ['intra.ziekenhuisvoorbeeld.nl', 'zvb.lokaal'] };

describe('links/internal', () => {
  describe('must flag', () => {
    it.each([
      ['Protocol: http://intranet/protocollen/val', '10-41'],
      ['https://192.168.10.5/rooster', '0-28'],
      ['http://10.0.0.1:8080/epd', '0-24'],
      ['https://[fd12:3456::1]/x', '0-24'],
      ['http://localhost:3000/test', '0-26'],
      ['epd.ziekenhuis.local/patient/123', '0-32'],
      ['https://wiki.team.internal/page', '0-31'],
      ['http://nas.home.arpa/fotos', '0-26'],
      ['https://printer.lan/status', '0-26'],
      ['https://intra.ziekenhuisvoorbeeld.nl/rooster', '0-44'],
      ['https://portaal.zvb.lokaal/a', '0-28'],
      ['Kijk op 8.8.8.8/dns', '8-19'],
    ])('%s', (text, span) =>
      expect(compact(findingsOf(text, internal, SETTINGS))).toEqual([`${span} links/internal`]),
    );
    it('says a private address cannot be opened outside the network', () => {
      expect(findingsOf('https://192.168.10.5/rooster', internal)[0].message).toMatch(/eigen netwerk/);
    });
  });
  describe('must not flag', () => {
    it.each([
      ...ORDINARY_LINKS,
      'Versie 1.2.3.4 van de app',
      'om 10.30 uur in zaal 2',
      'https://www.ziekenhuisvoorbeeld.nl/intranet-uitleg',
      'https://local.example.com/',
      'https://www.lan.nl/',
    ])('%s', (text) => expect(findingsOf(text, internal, SETTINGS)).toEqual([]));
  });
});
