import { describe, expect, it } from 'vitest';
import { loadSpellEngine } from '../../../spelling/load-node';
import { check } from '../../check';
import { detailsIn } from '../../text/details';

// A named person told about over several sentences, carried on by pronouns; ages told with
// a person word or a day ahead.
const spell = await loadSpellEngine();
const combinations = (text: string) =>
  check({ text, surface: 'post' }, {}, { spell })
    .findings.filter((f) => f.ruleId === 'privacy/combination')
    .map((f) => f.text.trim());
const ages = (text: string) =>
  detailsIn(text)
    .filter((d) => d.kind === 'age')
    .map((d) => text.slice(d.start, d.end).trim());

describe('privacy/combination over sentences a pronoun carries on', () => {
  it.each([
    [
      'Mevrouw Jansen kwam vorige week bij ons wonen. Ze houdt van bloemen. Haar kleinzoon kwam mee. Ze woont nu op kamer 14.',
      'kamer 14',
    ],
    [
      'Gisteren namen we afscheid van meneer Pieters. Hij hield van vissen. Zijn vrouw was er bij. Hij woonde dertig jaar in Zwolle.',
      'in Zwolle',
    ],
  ])('%s', (text, detail) => expect(combinations(text).join(' | ')).toContain(detail));

  it.each([
    // The story moves on to something else: the chain of pronouns breaks.
    'Mevrouw Jansen kwam vorige week bij ons wonen. Ze houdt van bloemen. De tuin staat in bloei. Op kamer 14 wordt geschilderd.',
    // Nobody named: a pronoun story alone is no person.
    'Er kwam vorige week iemand nieuw. Ze houdt van bloemen. Haar kleinzoon kwam mee. Ze woont nu op de eerste verdieping.',
  ])('leaves the far detail alone: %s', (text) =>
    expect(combinations(text).join(' | ')).not.toContain('kamer 14'),
  );
});

describe('ages told with a person word or a day ahead', () => {
  it.each([
    ['Mevrouw was 102.', ['102']],
    ['Onze cliënt Door wordt morgen 99.', ['99']],
    ['Zij wordt volgende week 100 jaar.', ['100 jaar']],
  ])('%s', (text, expected) => expect(ages(text)).toEqual(expected));

  it.each([
    'Mijn vader is vandaag 87 geworden.',
    'Het gebouw wordt morgen 100 dagen open.',
    'Meneer was 3 weken weg.',
  ])('no age in: %s', (text) => expect(ages(text)).toEqual([]));
});

describe('a colleague with an age in brackets', () => {
  it('stays quiet on a colleague, with the house named', () =>
    expect(combinations('Onze kok Sandra (45) bakte taart voor alle bewoners van De Linde.')).toEqual([]));

  it('still flags a resident with an age in brackets and the house', () =>
    expect(combinations('Mevrouw Sandra Tol (95) vierde feest in De Linde.').length).toBeGreaterThan(0));
});

describe('a name, what happened and a vague moment', () => {
  it.each([
    'Gisteren zette Fokje haar eerste stapjes met de rollator.',
    'Vannacht is Jo Verbeek rustig ingeslapen.',
    'Mevrouw Bos is vannacht drie keer uit bed gegaan en was erg verward.',
  ])('is no combination: %s', (text) => expect(combinations(text)).toEqual([]));

  it.each([
    ['Mevrouw Bos van kamer 12 is vannacht gevallen.', 'kamer 12'],
    ['Meneer Peters overleed vannacht om 03.40 uur.', 'overleed'],
  ])('still narrows with a room, a place or a clock time: %s', (text, detail) =>
    expect(combinations(text).join(' | ')).toContain(detail),
  );
});

describe('old ages in birthday wishes', () => {
  it.each([
    ['Gefeliciteerd Truus, 97 jaar en nog zo scherp!', ['97 jaar']],
    ['Onze Mien blies vandaag 99 kaarsjes uit!', ['99']],
  ])('%s', (text, expected) => expect(ages(text)).toEqual(expected));

  it.each(['De Linde, 75 jaar en nog altijd jong!', 'Op de taart stonden 12 kaarsjes.'])(
    'no age in: %s',
    (text) => expect(ages(text)).toEqual([]),
  );
});
