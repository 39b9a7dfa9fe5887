import { describe, expect, it } from 'vitest';
import { findLinks, findMalformedLinks } from './find';
import { cpuMs } from '../../../../tests/cpu-time';

const spans = (text: string) => findLinks(text).map((l) => `${l.start}-${l.end} ${l.url}`);

describe('findLinks', () => {
  describe('finds', () => {
    it.each([
      ['Kijk op www.voorbeeld.nl.', ['8-24 https://www.voorbeeld.nl']],
      ['zorg.nl, nos.nl!', ['0-7 https://zorg.nl', '9-15 https://nos.nl']],
      [
        '(zie https://nl.wikipedia.org/wiki/Zorg_(begrip))',
        ['5-48 https://nl.wikipedia.org/wiki/Zorg_(begrip)'],
      ],
      ['"https://nu.nl/a"', ['1-16 https://nu.nl/a']],
      ['Ga naar umcutrecht.nl/afspraak…', ['8-30 https://umcutrecht.nl/afspraak']],
      ['https://münchen.de/straße?x=1', ['0-29 https://münchen.de/straße?x=1']],
      ['[link](https://a.nl/b)', ['7-21 https://a.nl/b']],
      [
        'intranet.zorg.local/a en 10.0.0.1/b',
        ['0-21 https://intranet.zorg.local/a', '25-35 https://10.0.0.1/b'],
      ],
      ['Vraag? 🙂 https://a.nl/😀 klaar', ['10-25 https://a.nl/😀']],
    ])('%s', (text, expected) => expect(spans(text)).toEqual(expected));
    it('keeps the ASCII host and the scheme as written', () => {
      const [link] = findLinks('HTTP://Pаypal.com/x');
      expect([link.scheme, link.host]).toEqual(['http', 'xn--pypal-4ve.com']);
    });
  });
  describe('does not find', () => {
    it.each([
      'mail info@ziekenhuis.nl',
      '@ziekenhuis op Instagram',
      'Versie 1.2.3.4',
      'om 10.30 uur',
      'v.d. Berg en dhr. Jansen',
      'Dit is echt.Niet een link',
      'mailto:info@ziekenhuis.nl',
      'ftp://files.example.org/a',
    ])('%s', (text) => expect(spans(text)).toEqual([]));
  });
  it('finds links written wrong apart, with the fix', () => {
    expect(
      findMalformedLinks('a htps://x.nl/b. en http//y.nl').map((m) => `${m.start}-${m.end} ${m.fixed}`),
    ).toEqual(['2-15 https://x.nl/b', '20-30 http://y.nl']);
  });
  describe('finishes quickly on adversarial input', () => {
    it.each([
      ['dots', '.'.repeat(200_000)],
      ['schemes', 'http://'.repeat(30_000)],
      ['bad schemes', 'htps://'.repeat(30_000)],
      ['hosts', 'a.'.repeat(100_000)],
      ['www', 'www.'.repeat(50_000)],
      ['slashes', `http:${'/'.repeat(200_000)}`],
      ['brackets', `https://a.nl/${'('.repeat(100_000)}`],
      ['many links', `${'https://a.nl/x?utm_source=1 '.repeat(7_000)}`],
      ['letters', 'h'.repeat(200_000)],
    ])('%s', (_name, text) => {
      const ms = cpuMs(() => (findLinks(text), findMalformedLinks(text)));
      expect(ms).toBeLessThan(1000);
    });
    it('caps the links of one text at 500', () => {
      expect(findLinks('https://a.nl/x '.repeat(2000)).length).toBe(500);
    });
  });
});
