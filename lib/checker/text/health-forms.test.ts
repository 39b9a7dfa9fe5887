import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing';
import { specialCategory } from '../rules/avg/special-category';
import { sensitiveWords } from './health';
import { baseForms } from './health-forms';

// Other forms of the health words (plural, diminutive, inflection), compounds with a care
// place, and the everyday families of data/health-everyday.ts.
const kinds = (text: string) => sensitiveWords(text).map((h) => `${text.slice(h.start, h.end)}:${h.kind}`);
const flagged = (text: string, surface: 'post' | 'comment' | 'reply' | 'message' = 'post') =>
  findingsOf({ text, surface }, specialCategory).map((f) => `${f.text} ${f.severity}`);

describe('baseForms', () => {
  it.each([
    ['miskramen', 'miskraam'],
    ['rollators', 'rollator'],
    ['operaties', 'operatie'],
    ['griepje', 'griep'],
    ['verwarde', 'verward'],
    ['besmette', 'besmet'],
    ['tabletten', 'tablet'],
    ['kwalen', 'kwaal'],
  ])('%s has %s among its bases', (word, base) => expect(baseForms(word)).toContain(base));

  it('gives nothing for the stems whose forms mean something else', () => {
    expect(baseForms('vallen')).not.toContain('val');
    expect(baseForms('ontslagen')).not.toContain('ontslag');
    expect(baseForms('opnames')).not.toContain('opname');
  });
});

describe('health words in other forms and compounds', () => {
  it.each([
    ['na twee miskramen', 'miskramen:condition'],
    ['een verwarde indruk', 'verwarde:condition'],
    ['in onze verslavingskliniek', 'verslavingskliniek:admission'],
    ['op de dementie-afdeling', 'dementie-afdeling:admission'],
    ['een alzheimerpatiënt', 'alzheimerpatiënt:condition'],
    ['de depressieklachten', 'depressieklachten:condition'],
    ['haar zwangerschapsdiabetes', 'zwangerschapsdiabetes:condition'],
    ['met de tillift', 'tillift:aid'],
    ['sinds de valpoli loopt ze beter', 'valpoli:treatment'],
    ['positief getest op corona', 'positief getest:condition'],
    ['Het gesprek is opgenomen. Zijn moeder werd vorige week opgenomen.', 'opgenomen:admission'],
  ])('%s', (text, expected) => expect(kinds(text)).toContain(expected));

  it.each([
    'De bewoners vallen in de smaak bij de buren.',
    'Zes collega’s zijn ontslagen na de fusie.',
    'De opnames van het koor staan online.',
    'In de inleiding van het rapport staat meer.',
    'Uitgerekend vandaag regent het.',
    'Werken in de verslavingszorg is afwisselend.',
    'De rollators staan klaar bij de lift.',
    'Een ritje met de metro naar de poli.',
    'Jeroen gaf een training over tilliften.',
    'U schrijft dat de bel lang niet werd opgenomen.',
    'Het gesprek met de wethouder is opgenomen voor de podcast.',
  ])('no health word in: %s', (text) => expect(kinds(text)).toEqual([]));
});

describe('avg/special-category with the everyday families', () => {
  it.each([
    ['Lisa, na die twee miskramen gun ik jullie dit zo.', 'comment', 'miskramen'],
    ['Trots op Sanne, na anderhalf jaar in onze verslavingskliniek.', 'post', 'verslavingskliniek'],
    ['Mevrouw Bos was vannacht erg verward en heeft koorts.', 'message', 'verward'],
    ['Sinds de winter heeft mijn vader een tillift nodig.', 'post', 'tillift'],
    ['Meneer De Wit is positief getest en blijft op zijn kamer.', 'post', 'positief getest'],
    ['Hij loopt nu met zijn rollator naar de huiskamer.', 'post', 'rollator'],
  ] as const)('%s', (text, surface, word) => expect(flagged(text, surface).join(' | ')).toContain(word));

  it.each([
    'Vacature: verpleegkundige voor onze dementieafdeling, 24 uur.',
    'Nieuwe rollators voor de huiskamer, gedoneerd door de Lions!',
    'Tip: bij koorts boven de 39 graden belt u de huisarts.',
    'Steeds meer ouderen hebben een rollator nodig.',
  ])('stays quiet: %s', (text) => expect(flagged(text)).toEqual([]));

  it('gives one card when an aid stands beside a condition', () => {
    const found = flagged('Hij is aan zijn knie geopereerd en loopt alweer met de rollator.');
    expect(found.some((f) => f.startsWith('rollator'))).toBe(false);
    expect(found.length).toBeGreaterThan(0);
  });
});
