import { describe, expect, it } from 'vitest';
import { loadSpellEngine } from '../../../spelling/load-node';
import { check } from '../../check';
import { detailsIn } from '../../text/details';

// Details as people write them in birthday and outing posts, and names found only with the
// dictionary: privacy/combination sees the same people as privacy/person.
const spell = await loadSpellEngine();
const combinations = (text: string, surface: 'post' | 'comment' = 'post') =>
  check({ text, surface }, {}, { spell }).findings.filter((f) => f.ruleId === 'privacy/combination');
const ages = (text: string) =>
  detailsIn(text)
    .filter((d) => d.kind === 'age')
    .map((d) => text.slice(d.start, d.end).trim());

describe('privacy/combination, details spread as people write them', () => {
  describe('finds the age', () => {
    it.each([
      ['Zaterdag werd hij 98.', ['98']],
      ['Joke en Hennie worden vrijdag allebei 90.', ['90']],
      ['Van harte met je 101ste, lieve Bets!', ['101ste']],
      ['Dat is Klaas, 88, met zijn kleinzoon.', ['88']],
      ['102 jaar! Wat een feest vandaag.', ['102 jaar']],
      ['Wat een eeuwfeest voor onze Truus.', ['eeuwfeest']],
    ])('%s', (text, expected) => expect(ages(text)).toEqual(expected));

    it.each([
      'Het gebouw werd op 12 maart geopend.',
      'Zij werd vorige week 25 jaar in dienst gehuldigd.',
      'Ons woonzorgcentrum bestaat 100 jaar!',
      'Op zaterdag, 14, 15 en 16 juni is er markt.',
      'Dat was zijn 3e poging.',
    ])('not in: %s', (text) => expect(ages(text)).toEqual([]));
  });

  describe('must flag', () => {
    it.each([
      // Names the dictionary knows only as names, with an age or a home.
      'Hendrikje Scholtens en Jantina Wolbers werden deze week allebei 100 jaar.',
      'Proficiat mevrouw Dijkhuis met je 99ste! De hele gang heeft gezongen.',
      'Daar zit Hendrik Wolters, 93, elke middag in de serre van zorgcentrum De Eik.',
    ])('%s', (text) => expect(combinations(text).length).toBeGreaterThan(0));
  });
});
