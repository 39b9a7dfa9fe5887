import { beforeAll, describe, expect, it } from 'vitest';
import type { DutchSpellEngine } from './engine';
import { caseVariants } from './engine';
import { testEngine } from './testing';
import { cpuMs } from '../../tests/cpu-time';

let spell: DutchSpellEngine;
beforeAll(async () => {
  spell = await testEngine();
}, 120_000);

const accepted = (words: string[]) => words.filter((w) => spell.correct(w));
const rejected = (words: string[]) => words.filter((w) => !spell.correct(w));

describe('the Dutch engine accepts', () => {
  it.each([
    [
      'compounds',
      ['zorgmedewerkers', 'ziekenhuisopname', 'werkvloer', 'coronacrisis', 'wijkverpleegkundigen'],
    ],
    [
      'linking -s- and -en-',
      ['ziekenhuisopnames', 'patiëntenzorg', 'kinderopvang', 'verpleeghuiszorg', 'overheidsbeleid'],
    ],
    ['numbers as words', ['vijfhonderd', 'tweehonderdvijftig', 'eenentwintig', 'drieduizend', 'achtjarig']],
    ['apostrophe forms', ["foto's", "baby's", "DM's", 'foto’s', "cv's"]],
    [
      'hyphenated words',
      ['e-mail', 'moeder-dochterrelatie', 'Nederlands-Ghanese', '12-jarig', 'zij-instromers'],
    ],
    [
      'capitals at a sentence start and in capitals',
      ['Zorgmedewerkers', 'ZORGMEDEWERKERS', 'IJsland', 'IJs'],
    ],
    ['names as written', ['Jansen', 'Amsterdam', 'Rotterdam']],
    [
      'compounds whose first part only an empty suffix flag allows',
      ['marktplaats', 'prijsvraag', 'loondienst', 'masterclasses', 'groenstrook', 'marktplaatsen'],
    ],
    ['aller- superlatives', ['allerlaatste', 'allerbelangrijkste', 'allermooiste', 'allerbeste']],
    ['emphasis accents where Dutch puts them', ['één', 'Eén', 'vóór', 'dát', 'dé', 'vertél', 'zíjn', 'díé']],
    ['the ij ligature typed as one letter', ['vĳf', 'ĳs']],
    [
      'our care and social-media words',
      ['zorgfluencer', 'hospicezorg', 'mantelzorger', 'zorgapp', 'online', 'posts'],
    ],
  ])('%s', (_what, words) => {
    expect(rejected(words)).toEqual([]);
  });
});

describe('the Dutch engine rejects', () => {
  it.each([
    ['typos in compounds', ['zorgmedewekers', 'ziekenhuisopnmae', 'werkvlloer', 'coronacrisi']],
    ['numbers written wrong', ['vijfhonerd', 'tweehonderdvijfig']],
    ['names in lower case', ['jansen', 'amsterdam']],
    ['mixed capitals', ['zORGmedewerkers', 'ZorgMedewerkers']],
    ['a compound of the same word twice', ['zorgzorg']],
    ['accents that are no emphasis', ['eén', 'persé', 'vóor', 'díe']],
    ['junk', ['qqqq', 'xzxzxz', 'aaaaaaaaaaaaaaaaaaaa']],
  ])('%s', (_what, words) => {
    expect(accepted(words)).toEqual([]);
  });

  it('stays fast on a very long word', () => {
    const ms = cpuMs(() => {
      expect(spell.correct('zorg'.repeat(25_000))).toBe(false);
      expect(spell.correct('a'.repeat(100_000))).toBe(false);
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('suggestions', () => {
  it.each([
    ['zorgmedewekers', 'zorgmedewerkers'],
    ['verpleegkundigge', 'verpleegkundige'],
    ['colega', 'collega'],
    ['gebeurdt', 'gebeurd'],
    ['geweldig', 'geweldig'],
    ['bijna', 'bijna'],
    ['beide', 'beide'],
    ['gebeurd', 'gebeurd'],
    ['ziekenhius', 'ziekenhuis'],
    ['vrijwiligers', 'vrijwilligers'],
    ['bedankt', 'bedankt'],
    ['Jansen', 'Jansen'],
    ['vrouwe', 'vrouwen'],
  ])('%s -> %s in the top three', (typo, right) => {
    if (spell.correct(typo)) return expect(spell.correct(right)).toBe(true);
    expect(spell.suggest(typo, 3)).toContain(right);
  });

  it.each([
    ['ontbeit', 'ontbijt'],
    ['bijnaa', 'bijna'],
    ['lauw', 'lauw'],
    ['jansen', 'Jansen'],
    ['Ijsland', 'IJsland'],
    ['Zorgmedewekers', 'Zorgmedewerkers'],
    ['ZIEKENHIUS', 'ZIEKENHUIS'],
  ])('%s -> %s first', (typo, right) => {
    if (typo === right) return expect(spell.correct(right)).toBe(true);
    expect(spell.suggest(typo, 3)[0]).toBe(right);
  });

  it.each(['kofie', 'persé', 'jansen', 'zorgmedewekers', 'tovertafelen', 'behadeld', 'marktplaatz'])(
    'gives a clean list for %s: no half compounds, no split typos, each form once',
    (typo) => {
      const list = spell.suggest(typo, 5);
      expect(list.length).toBeGreaterThan(0);
      expect(list.filter((s) => s.endsWith('-') || s.startsWith('-'))).toEqual([]);
      expect(list.filter((s) => s.includes(' '))).toEqual([]);
      expect(new Set(list).size).toBe(list.length);
    },
  );

  it.each([
    ['kofie', 'koffie'],
    ['bljf', 'blijf'],
    ['behadeld', 'behandeld'],
    ['gsprek', 'gesprek'],
  ])('finds the word with a letter left out first: %s -> %s', (typo, right) => {
    expect(spell.suggest(typo, 3)[0]).toBe(right);
  });

  it('suggests a missing space', () => {
    expect(spell.suggest('goedemorgenallemaal', 5)).toContain('goedemorgen allemaal');
  });

  it('gives none for a very long word', () => {
    expect(spell.suggest('x'.repeat(1000))).toEqual([]);
  });
});

describe('case variants', () => {
  it.each([
    ['zorg', 'zorg'],
    ['Zorg', 'Zorg zorg'],
    ['ZORG', 'ZORG Zorg zorg'],
    ['IJs', 'IJs ijs'],
    ['ZorgTeam', 'ZorgTeam'],
  ])('%s', (word, variants) => {
    expect(
      caseVariants(word)
        .map((v) => v.form)
        .join(' '),
    ).toBe(variants);
  });
});
