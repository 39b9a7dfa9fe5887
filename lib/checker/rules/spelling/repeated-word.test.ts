import { describe, expect, it } from 'vitest';
import { check } from '../../check';
import { repeatedWord } from './repeated-word';

const run = (text: string) =>
  check({ text }, {}, { rules: [repeatedWord] })
    .findings.map((f) => `${f.start}-${f.end} ${f.text}>${f.suggestions.join('|')}`)
    .join(' ');

describe('spelling/repeated-word', () => {
  describe('must flag', () => {
    it.each([
      ['an article', 'Dank aan de de vrijwilligers!', '9-14 de de>de'],
      ['a preposition', 'We staan op op de markt.', '9-14 op op>op'],
      ['a capital first word', 'De de nieuwe collega start maandag.', '0-5 De de>De'],
      ['a content word', 'Mijn dienst dienst begint om zeven uur.', '5-18 dienst dienst>dienst'],
      ['twice in one text', 'Het het is fijn. Wij wij ook.', '0-7 Het het>Het 17-24 Wij wij>Wij'],
    ])('%s', (_what, text, expected) => {
      expect(run(text)).toBe(expected);
    });
  });

  describe('must not flag', () => {
    it.each([
      ['a relative after a demonstrative', 'De collega die die taart bakte, verdient een pluim.'],
      ['dat dat', 'Ik denk dat dat klopt.'],
      ['a pronoun and its reflexive or possessive', 'Wist je dat je je nummer kent? Heeft u u al aangemeld?'],
      ['emphasis', 'We zijn heel heel trots. Echt echt waar! Ver ver weg.'],
      ['interjections', 'Ja ja, nee nee, hoi hoi en doei doei.'],
      ['a comma between', 'Zorg, zorg en nog eens zorg.'],
      ['a sentence between', 'Ik werk. Werk is fijn.'],
      ['a line between', 'Vandaag\nvandaag is het feest.'],
      ['a name', 'Dit is Jan Jan uit de wijk.'],
      ['hashtags and links', '#zorg zorg en https://zorg.nl/zorg zorg'],
    ])('%s', (_what, text) => {
      expect(run(text)).toBe('');
    });
  });
});
