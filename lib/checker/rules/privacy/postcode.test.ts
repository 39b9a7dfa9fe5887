import { describe, expect, it } from 'vitest';
import { compact, findingsOf } from '../../testing';
import { postcode } from './postcode';

const spans = (text: string) => compact(findingsOf(text, postcode));

describe('privacy/postcode', () => {
  describe('must flag', () => {
    it.each([
      ['Ze woont op 3512 JE, achterom', '12-19'],
      ['bezorgen op NL-2611ET graag', '12-21'],
      ['wij wonen in 1055KA', '13-19'],
      ['ze woont in 4811 xb breda', '12-19'],
      ['Postcode is 8500 Kortrijk', '12-25'],
      ['Postcode B-3000 valt onder ons', '9-15'],
    ])('%s', (text, span) => expect(spans(text)).toEqual([`${span} privacy/postcode`]));
    it('is only a tip for the organisation’s own address', () => {
      expect(findingsOf('Ons kantoor in 3011 AD Rotterdam is gesloten.', postcode)[0].severity).toBe('tip');
    });
  });
  describe('must not flag', () => {
    it.each([
      'Dosering 1250MG per dag',
      'Met 2500 ML vocht per dag',
      'De 1000 KM fietstocht',
      'In 2018 Antwerpen verlaten',
      'Het ging om 2611 SS',
      'Vertrek om 0730 AM',
      'De wijken 5611 en 5612',
      'In 1995 en 1996 groeiden we',
      'Ons nieuwe adres vanaf 1 januari: Kerkstraat 25, 9000 Gent.',
      'Onze nieuwe locatie opent op 1 mei: Zorgpark 1, 3584 CX Utrecht.',
    ])('%s', (text) => expect(spans(text)).toEqual([]));
  });
});
