import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../check';
import type { SpellEngine } from '../../rule';
import { testEngine } from '../../../spelling/testing';
import type { Surface } from '../../types';
import { person } from './person';

/**
 * Names found by where they stand, in drafts with few or no care words (issue 11): a name with
 * an age told another way ("99 kaarsjes", "60 jaar getrouwd", "Truus, 97 jaar"), a word the
 * dictionary does not know (or only as a diminutive) as the subject of a verb about a person,
 * a handle told about their relative; and staff, streets and services that stay quiet.
 * Written for these mechanisms with the real dictionary, not taken from the evaluation sets.
 */
let spell: SpellEngine;
beforeAll(async () => {
  spell = await testEngine();
}, 60_000);

const surfaceOf = (text: string): Surface => (/^(?:@|Gefeliciteerd|Proficiat)/.test(text) ? 'reply' : 'post');
const names = (text: string) =>
  check({ text, surface: surfaceOf(text) }, {}, { rules: [person], spell }).findings.map((f) => f.text);

describe('privacy/person: ages told another way, without care words', () => {
  it.each([
    ['Gefeliciteerd Truus, 97 jaar en nog zo scherp!', ['Truus']],
    ['Proficiat Marcel, 88 jaar vandaag en nog elke dag op de fiets!', ['Marcel']],
    ['Onze Mien blies vandaag 99 kaarsjes uit!', ['Mien']],
    ['Wat een feest: Annie Hofstede blies zondag 102 kaarsen uit.', ['Annie Hofstede']],
    [
      'Proficiat aan Maria Van den Eynde-De Smet, die 101 kaarsjes uitblies!',
      ['Maria Van den Eynde-De Smet'],
    ],
    ['Gerrit en Dina Koolhaas zijn vandaag 65 jaar getrouwd.', ['Gerrit', 'Dina Koolhaas']],
    ['Na 60 jaar huwelijk zetten Piet Verhoef en zijn vrouw hun handtekening opnieuw.', ['Piet Verhoef']],
    // Lower case in a quick comment.
    ['gefeliciteerd truus, 90 jaar!', ['truus']],
    ['proficiat jeanne met je 100ste!', ['jeanne']],
    // The house speaks for itself: its cafetaria or recreation room.
    ['Jeanne en Roger herhaalden hun trouwbeloften in onze cafetaria.', ['Jeanne', 'Roger']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // Years of service, membership or a small number of candles: not a great age.
    'Gefeliciteerd Truus, 25 jaar in dienst en nog altijd vrolijk!',
    'Proficiat Marcel, 40 jaar lid van onze harmonie!',
    'Lotte blies vandaag 5 kaarsjes uit op haar feestje.',
    'Kees en Anja zijn vandaag 12,5 jaar getrouwd.',
    'Onze collega Mien blies vandaag 60 kaarsjes uit.',
    // Without care words only a great age makes a birthday someone we care for.
    'Gefeliciteerd Sanne, 30 jaar!',
    'hoi sanne, 30 jaar alweer!',
    'gefeliciteerd kees, 25 jaar in dienst!',
  ])('stays quiet: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('privacy/person: a word in the place of a subject', () => {
  it.each([
    ['Vandaag vierde Wubbina haar 103de verjaardag met haar zus.', ['Wubbina']],
    ['Gisteren zette Fokje haar eerste stapjes met de rollator.', ['Fokje']],
    ['Fokje zette haar eerste stapjes met de rollator op de afdeling.', ['Fokje']],
    ['Vanmorgen kreeg Tjitske haar nieuwe rolstoel op de afdeling.', ['Tjitske']],
    ['Gisteren werd Trijntje 101 in het verpleeghuis.', ['Trijntje']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // An article or a preposition before it: a home, a ward or a thing.
    'Vandaag vierde de Lindehof haar 50ste verjaardag met de bewoners.',
    'In de Zonnehoeve kreeg elke bewoner haar eigen rollator.',
    // A word of its own, not a form made from another.
    'Muziek geeft haar rust op de afdeling, zegt haar dochter.',
    'Bloemetjes maakten haar blij op de afdeling.',
    // No age, no event and no care: nothing says it is a person we care for.
    'Vandaag vierde Wubbina haar vrije dag aan het strand.',
  ])('stays quiet: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('privacy/person: a handle told about their relative', () => {
  it.each([
    ['@sanne.bos je vader zat vanmiddag heerlijk in de tuin 😊', ['@sanne.bos']],
    ['@jan_devries je moeder was vandaag zo blij met de bloemen', ['@jan_devries']],
    ['@petra.klaassen uw man heeft goed gegeten vanmiddag', ['@petra.klaassen']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '@sanne.bos wat een mooie foto van de markt!',
    '@jan_devries dank je wel voor het delen!',
    '@sanne.bos mijn moeder vond het ook een prachtige dag.',
  ])('stays quiet: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('privacy/person: care told by the staff words of the draft', () => {
  it('finds residents out with their begeleiders', () => {
    expect(names('Kees en Hennie gingen dinsdag met twee begeleiders naar de kinderboerderij.')).toEqual([
      'Kees',
      'Hennie',
    ]);
  });

  it.each([
    'Hoera, Sanne van de receptie wordt vandaag 30!',
    'Bas en Rik van de technische dienst maakten de nieuwe tillift op de afdeling.',
    'Dank aan Joke van het secretariaat voor de mooie kaarten aan de bewoners!',
    'Met de bus langs de Johan Cruijff Boulevard en via de Willem Dreeslaan terug. Wat hebben de bewoners genoten!',
    'Onze begeleiders Bram en Fenna gingen met de groep naar de markt.',
    // A restaurant or a home of one's own is no care home.
    'Sien en Gerda dronken koffie in ons restaurant.',
    'Gefeliciteerd Gerda met je rijbewijs! Vanavond taart in ons huis.',
  ])('stays quiet: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('privacy/person: more places a name stands in', () => {
  it.each([
    // A word after a care title, with an age or a verb about her.
    ['Bewoonster Anker werd 100.', ['Bewoonster Anker']],
    ['Vandaag werd bewoonster Anker 100 jaar.', ['bewoonster Anker']],
    ['Patiënt Storm zette haar eerste stappen op de gang.', ['Patiënt Storm']],
    // The subject of a clause after "dat", "omdat", "nu".
    ['Wat fijn dat Duifje weer thuis is na haar opname.', ['Duifje']],
    ['We zijn blij dat Wubbina haar operatie zo goed doorstond.', ['Wubbina']],
    // A post that speaks to the resident without "je" or "u".
    ['Lieve Klaasje, wat hebben we gelachen vanmiddag op de afdeling.', ['Klaasje']],
    // A birth told without the word, a heading about someone, a wheelchair bus.
    ['Welkom op de wereld, Lieke!', ['Lieke']],
    [
      'Afscheid van Mien Schuurman-Koops: ze overleed zondag op 94-jarige leeftijd.',
      ['Mien Schuurman-Koops'],
    ],
    ['Vandaag gingen Jo, Riek en Toos met de rolstoelbus naar het strand.', ['Jo', 'Riek', 'Toos']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Bewoner Centraal werd 5 jaar geleden opgericht.',
    'Bewoner Kamer 102 heeft een nieuwe stoel.',
    'Wat fijn dat Zonnehoeve haar deuren weer opent voor de bewoners.',
    'Welkom in de wereld van de zorg, Sanne!',
    'Maaike: het mooiste aan dit werk zijn de bewoners.',
    'Lieve collega’s, wat een week op de afdeling!',
  ])('stays quiet: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
