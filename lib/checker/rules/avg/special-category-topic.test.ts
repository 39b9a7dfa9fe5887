import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing';
import { specialCategory } from './special-category';

// Health in a sentence that goes on about the person of the sentence before (text/topic.ts),
// relatives in the plural in a reply, and remembrances of many.
const flagged = (text: string, surface: 'post' | 'comment' | 'reply' = 'post') =>
  findingsOf({ text, surface }, specialCategory).map((f) => f.text);

describe('avg/special-category on the topic of the sentence before', () => {
  it.each([
    [
      'die mevrouw van kamer 6 vroeg vannacht weer om haar man. dementie is soms zo verdrietig',
      'comment',
      'dementie',
    ],
    ['Onze bewoner zat vanmiddag in de zon. Parkinson houdt hem niet binnen!', 'post', 'Parkinson'],
    ['Meneer Aksoy had veel bezoek vandaag. Morgen weer naar de dialyse.', 'post', 'dialyse'],
  ] as const)('%s', (text, surface, word) => expect(flagged(text, surface).join(' | ')).toContain(word));

  it.each([
    // The second sentence speaks in general, of the team, or of people.
    'Onze bewoner zat vanmiddag in de zon. Wist u dat 1 op de 5 ouderen dementie krijgt?',
    'Mevrouw Jansen vierde haar verjaardag. Wij zoeken nog collega’s voor de afdeling dementie.',
    'Meneer Peters hielp in de tuin. Mensen met dementie genieten van buiten zijn.',
    // Any case of the condition.
    'Meneer De Boer kwam langs. Een beroerte is snel te herkennen.',
    // Nobody in the sentence before.
    'Wat een mooie dag. Dementie is soms zo verdrietig.',
  ])('stays quiet: %s', (text) => expect(flagged(text)).toEqual([]));
});

describe('relatives in the plural and remembrances', () => {
  it('reads "uw zoons" in a reply as the family of the one answered', () =>
    expect(
      flagged('Het palliatief beleid is met de arts besproken, ook met uw zoons.', 'reply').join(),
    ).toContain('palliatief'));

  it('stays quiet on a remembrance of the guests who died this year', () =>
    expect(
      flagged('Op 5 november herdenken we in het hospice alle gasten die dit jaar zijn overleden.'),
    ).toEqual([]));
});

describe('religion, origin and sexuality in more words', () => {
  it.each([
    ['Mevrouw Claes gaat elke zondag naar de kerk, ook nu ze in een rolstoel zit.', 'naar de kerk'],
    ['Meneer El Amrani krijgt bij ons halal eten.', 'halal'],
    ['Meneer Haddad is in 2015 gevlucht uit Syrië.', 'gevlucht'],
    ['Onze bewoner Kees kwam op zijn 80ste uit de kast.', 'uit de kast'],
    ['Mevrouw Yildiz is Koerdisch en spreekt weinig Nederlands.', 'Koerdisch'],
  ])('%s', (text, word) => expect(flagged(text).join(' | ')).toContain(word));

  it.each([
    'In ons restaurant is halal eten te krijgen.',
    'De kerk in het dorp bestaat 400 jaar.',
    'Welkom aan de nieuwkomers in ons team!',
  ])('stays quiet: %s', (text) => expect(flagged(text)).toEqual([]));
});
