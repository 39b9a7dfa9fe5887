import { describe, expect, it } from 'vitest';
import { compact, findingsOf } from '../../testing';
import { address } from './address';

const spans = (text: string) => compact(findingsOf(text, address));

describe('privacy/address', () => {
  describe('must flag', () => {
    it.each([
      ['Sleutel bij Molenweg 23a, code weet je', '12-24'],
      ['Mijn vader woont op de Van Goghlaan 112.', '23-39'],
      ['Thuiszorg: Brugsesteenweg 255 bus 3, links', '11-35'],
      ['verhuisd naar de Kastanjedreef 9 in Schoten', '17-32'],
      ['Wij wonen Prinsengracht 263-2', '10-29'],
      ['infokraam op de Grote Markt 1', '16-29'],
    ])('%s', (text, span) => expect(spans(text)).toEqual([`${span} privacy/address`]));
  });
  describe('must not flag', () => {
    it.each([
      'Wandeling langs de Maas, start bij de Markt.',
      'Route: neem afslag 12.',
      'Paviljoen 3 krijgt een tuin.',
      'Dosering 1250 mg per dag',
      'Kamer 12 tot en met 20',
      'Vanaf maandag vindt u ons op de Dorpsstraat 24, 2950 Kapellen.',
      'Kom naar onze banenmarkt, Stationsplein 10 in Amsterdam.',
    ])('%s', (text) => expect(spans(text)).toEqual([]));
  });
});
