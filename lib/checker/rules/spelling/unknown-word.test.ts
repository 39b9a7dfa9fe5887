import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../check';
import type { CheckerSettings } from '../../rule';
import { compact } from '../../testing';
import type { DutchSpellEngine } from '../../../spelling/engine';
import { testEngine } from '../../../spelling/testing';
import { unknownWord } from './unknown-word';
import { cpuMs } from '../../../../tests/cpu-time';

let spell: DutchSpellEngine;
beforeAll(async () => {
  spell = await testEngine();
}, 120_000);

const run = (text: string, settings: CheckerSettings = {}) =>
  check({ text }, settings, { spell, rules: [unknownWord] }).findings;

describe('spelling/unknown-word', () => {
  describe('must flag', () => {
    it.each([
      ['Onze zorgmedewekers zijn top.', '5-19 spelling/unknown-word'],
      ['We zoeken een colega.', '14-20 spelling/unknown-word'],
      ['Het ziekenhius is open.', '4-14 spelling/unknown-word'],
      ['Vijfhonerd mensen kwamen.', '0-10 spelling/unknown-word'],
      ['De moeder-dochtrrelatie telt.', '3-23 spelling/unknown-word'],
      ['Kijk op de webiste van het team.', '11-18 spelling/unknown-word'],
      ['Ziekenhius open. Mooi.', '0-10 spelling/unknown-word'],
      ['ZIEKENHIUS IN DE STAD', '0-10 spelling/unknown-word'],
    ])('%s', (text, expected) => {
      expect(compact(run(text)).join(' | ')).toBe(expected);
    });

    it('flags every typo at once and completes their suggestions over the next pauses', () => {
      const typos = [
        'afdleing',
        'vrijwiliger',
        'patienen',
        'verplegkundige',
        'mantelzoger',
        'bezoektjd',
        'wachtkammer',
        'ziekenhuizn',
        'dokterss',
        'apoteek',
        'behandling',
        'medicjnen',
        'opnmae',
        'ontslgen',
        'huisats',
        'thuiszrg',
      ];
      const text = `de ${typos.join(' en de ')} zijn er.`;
      let findings = run(text);
      expect(findings.map((f) => f.text)).toEqual(typos);
      for (let pause = 0; pause < 40 && findings.some((f) => !f.suggestions.length); pause++)
        findings = run(text);
      expect(findings.filter((f) => !f.suggestions.length).map((f) => f.text)).toEqual([]);
    });

    it('says when the dictionary writes the word with a hyphen', () => {
      const [finding] = run('Na mijn burnout ben ik weer aan het werk.');
      expect(finding.suggestions[0]).toBe('burn-out');
      expect(finding.message).toBe('"burnout" schrijf je met een streepje: "burn-out".');
    });

    it('suggests the right word first', () => {
      expect(run('Onze zorgmedewekers zijn top.')[0].suggestions[0]).toBe('zorgmedewerkers');
    });
  });

  describe('must not flag', () => {
    it.each([
      ['compounds', 'De zorgmedewerkers van de ziekenhuisopname op de werkvloer tijdens de coronacrisis.'],
      ['numbers as words', 'Vijfhonderd gasten en tweehonderdvijftig vrijwilligers, eenentwintig teams.'],
      ['apostrophes', "Deel je foto's en stuur ons je DM's, of de cv’s van baby's."],
      ['hyphens', 'Een e-mail over de moeder-dochterrelatie, een 12-jarig kind en zij-instromers.'],
      ['names mid-sentence', 'Gisteren sprak Marieke Wolterink met Kees uit Zwolle.'],
      ['a name that also stands mid-sentence', 'Wolterink was er. Ook collega Wolterink.'],
      ['capitals at the start', 'Zorgmedewerkers verdienen meer. Mantelzorgers ook!'],
      ['hashtags and mentions', 'Dank #zorgheldenvanhetjaar en @annadezorgfluencer_x voor alles.'],
      [
        'links and e-mail',
        'Lees www.zorgvuldig-voorbeeld.nl/blogjes/zorgfluencerrr of mail info@zorgvoorbeeld.nl vandaag.',
      ],
      ['domains', 'Ga naar voorbeeldzorg.nl voor meer.'],
      ['codes and abbreviations', 'De AVG en de WLZ gelden, code A12b en 3x per dag.'],
      ['emoji', 'Trots op ons team 💪🏼❤️ echt waar 🙌'],
      ['English in Dutch posts', 'Like en share deze posts, check onze stories en comments online.'],
      [
        'care and social-media words',
        'Elke zorgfluencer weet: hospicezorg en mantelzorgers verdienen aandacht.',
      ],
      ['accents of emphasis', 'Dát is wél belangrijk. Eén keer vertél ik het.'],
      ['the ij ligature', 'Wĳ zĳn er voor ĳs en weder.'],
    ])('%s', (_what, text) => {
      expect(compact(run(text))).toEqual([]);
    });

    it('words on the user or organisation list, at once and case-insensitively', () => {
      const text = 'Onze tovertafelen en Knuffelrobbie zijn top. Tovertafelen ook.';
      // The opening "Tovertafelen" is flagged only with a suggestion, and one check spends at most
      // 40 ms on suggestions: on a busy machine the first check can run out. The second always has them.
      run(text);
      expect(compact(run(text))).toEqual(['5-17 spelling/unknown-word', '45-57 spelling/unknown-word']);
      expect(compact(run(text, { words: ['tovertafelen'] }))).toEqual([]);
    });

    it('a d/t ending that spelling/verb-form reports, unless that rule is off', () => {
      const text = 'De familie werd meteen gebelt.';
      expect(compact(run(text))).toEqual([]);
      const off = { rules: { 'spelling/verb-form': { enabled: false } } };
      expect(compact(run(text, off))).toEqual(['23-29 spelling/unknown-word']);
    });

    it('nothing without an engine', () => {
      expect(check({ text: 'zorgmedewekers' }, {}, { rules: [unknownWord] }).findings).toEqual([]);
    });
  });

  it('stays linear on long adversarial input', () => {
    for (const text of [
      'a'.repeat(100_000),
      'zorg '.repeat(20_000),
      '#'.repeat(50_000) + 'x',
      ' '.repeat(100_000) + 'Zorgg',
    ]) {
      expect(cpuMs(() => run(text))).toBeLessThan(2000);
    }
  });
});
