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
      // A name with the house or unit it lives on, also without a home word.
      'Sinds de zomer woont mevrouw Brink bij ons op De Zonnehoeve.',
      'Een mooie middag voor meneer Pieters van de Berkenhof.',
      'Oud en nieuw op de PG: kijk meneer Wouters eens dansen!',
      'Kijk jij even of mevrouw Smit nog bij de gynaecologie loopt?',
      // A birth on a day everyone knows, or at a clock time.
      'Onze eerste baby van 2027 heet Mila. Proficiat mama Eline Dekkers!',
      'Baby Ravi kwam om 23.58 uur ter wereld, net voor de jaarwisseling.',
      // Spread over sentences: the name in one, the age or home in the next.
      'Vandaag was mevrouw Hoekstra jarig. Ze werd 99 en woont al jaren op De Meidoorn.',
    ])('%s', (text) => expect(combinations(text).length).toBeGreaterThan(0));
  });

  describe('must not flag', () => {
    it.each([
      // A room or a ward with a condition, without a name: one detail and health (avg's card).
      'Wat heeft mevrouw van kamer 8 nu weer aan, zo verward.',
      'De zoon van de bewoner van kamer 4 belt over de val van zijn vader.',
      // The organisation's own houses and brands.
      'Ons uitje ging naar de Efteling, met dank aan de vrijwilligers.',
      'Op De Zonnehoeve zoeken we een collega voor de nachtdienst.',
      'Ons ziekenhuis bestaat 100 jaar! Vier het mee op 12 maart.',
      'Het nieuwe jaar begon druk op de kraamafdeling: zes bevallingen in één nacht.',
    ])('%s', (text) => expect(combinations(text)).toEqual([]));
  });
});
