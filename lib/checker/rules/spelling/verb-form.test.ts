import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../check';
import type { SpellEngine } from '../../rule';
import { testEngine } from '../../../spelling/testing';
import { verbForm } from './verb-form';
import { cpuMs } from '../../../../tests/cpu-time';

let spell: SpellEngine;
beforeAll(async () => {
  spell = await testEngine();
}, 120_000);

/** Findings as 'wrong>right' pairs. */
const run = (text: string, engine: SpellEngine = spell) =>
  check({ text }, {}, { spell: engine, rules: [verbForm] })
    .findings.map((f) => `${f.text}>${f.suggestions.join('|')}`)
    .join(' ');

describe('spelling/verb-form', () => {
  describe('must flag', () => {
    it.each([
      ['stem after hij', 'Hij word volgende week opgeroepen.', 'word>wordt'],
      ['stem after u', 'U vind de folder bij de balie.', 'vind>vindt'],
      ['stem after a noun phrase', 'Onze nieuwe collega rijd elke dag uit Zwolle.', 'rijd>rijdt'],
      ['t after ik', 'Ik houdt van de avonddienst.', 'houdt>houd'],
      ['t before jij', 'Wanneer wordt jij ingewerkt?', 'wordt>word'],
      ['t before je as subject', 'Hoe vindt je het rooster?', 'vindt>vind'],
      ['stem before hij', 'Antwoord hij wel op je mail?', 'Antwoord>Antwoordt'],
      ['participle as present', 'Het gebeurd elke nacht wel een keer.', 'gebeurd>gebeurt'],
      ['present as participle', 'Er is niks bijzonders gebeurt vannacht.', 'gebeurt>gebeurd'],
      ['stem-d participle', 'Ik heb de vragen allemaal beantwoordt.', 'beantwoordt>beantwoord'],
      ['stem-d present', 'Zij verbrand alle oude papieren in de container.', 'verbrand>verbrandt'],
      ['question with er', 'Wat veranderd er voor de vrijwilligers?', 'veranderd>verandert'],
      ['-dt command', 'Wordt donateur!', 'Wordt>Word'],
      ['command with je', 'Meldt je vandaag nog aan', 'Meldt>Meld'],
      ['je before the verb', 'Je vind ons ook op LinkedIn.', 'vind>vindt'],
      ['ze after a fronted phrase', 'Na de vakantie rijd ze weer met ons mee.', 'rijd>rijdt'],
      ['a bare noun opening the sentence', 'Opa word zaterdag 90!', 'word>wordt'],
      ['a noun phrase with a name', 'Onze kok Fatima bied iedereen soep aan.', 'bied>biedt'],
      [
        'a noun-like stem before an adverb',
        'De wijkverpleging antwoord altijd binnen een dag.',
        'antwoord>antwoordt',
      ],
      ['the verb ending a subclause', 'Als hij het spannend vind, gaan we samen.', 'vind>vindt'],
      ['ik ending a subclause', 'Dit is wat ik ervan vindt.', 'vindt>vind'],
      ['ik ending a relative clause', 'Dit is de cliënt die ik sinds maart begeleidt.', 'begeleidt>begeleid'],
      ['a participle ending a subclause', 'Bel ons als er iets gebeurd.', 'gebeurd>gebeurt'],
      ['Flemish ge', 'Ge vind de folder aan het onthaal.', 'vind>vindt'],
      ['a plural pronoun', 'Jullie word allemaal uitgenodigd!', 'word>worden'],
      ['je as possessive in a question', 'Vind je vader het ook gezellig?', 'Vind>Vindt'],
      ['je as possessive in a passive', 'Morgen word je zoon opgehaald.', 'word>wordt'],
      [
        'a misspelt participle',
        'Alles is netjes geregelt en de uren zijn gewerkd.',
        'geregelt>geregeld gewerkd>gewerkt',
      ],
      ['a past tense with a t', 'Het werdt een mooie dag.', 'werdt>werd'],
      [
        'a command with a second one after en',
        'Wordt vrijwilliger en geef een bewoner een mooie dag.',
        'Wordt>Word',
      ],
      ['je as "your" opening the sentence', 'Je aanvraag word zo snel mogelijk behandeld.', 'word>wordt'],
      ['er after a verb in a question', 'Word er genoeg gedaan aan de werkdruk?', 'Word>Wordt'],
      [
        'an adverb the dictionary knows as nothing else',
        'Daarnaast word er gekeken naar de roosters.',
        'word>wordt',
      ],
      ['a preposition and a pronoun opening', 'Volgens mij word het een mooie dag.', 'word>wordt'],
      ['ze before a noun-like stem', 'Ik app haar vaak. Ze antwoord niet.', 'antwoord>antwoordt'],
      ['a bare noun in lower case', 'Wat een feest: oma word 100!', 'word>wordt'],
      ['a comparative inside a subclause', 'Fijn dat hij zo snel beter word.', 'word>wordt'],
    ])('%s', (_what, text, expected) => {
      expect(run(text)).toBe(expected);
    });

    it('keeps the capital of the word it replaces', () => {
      expect(run('Vindt jij dat ook?')).toBe('Vindt>Vind');
    });
  });

  describe('must not flag', () => {
    it.each([
      ['inversion with jij', 'Word jij ook zo blij van je werk?'],
      ['je as possessive', 'Wordt je vader ook door de wijkverpleging geholpen?'],
      ['je as object after a subject', 'Het werk geeft je energie en het helpt je verder.'],
      ['a noun after je', 'Je antwoord was heel lief.'],
      ['a noun after het', 'Het antwoord komt morgen.'],
      ['participle after an auxiliary', 'Het is gebeurd en de brief is beantwoord.'],
      ['participle before an auxiliary', 'Ik weet niet wat er gebeurd is.'],
      ['u with a t', 'Wordt u al geholpen? Meldt u zich even bij de balie.'],
      ['dank je wel', 'Dank je wel en dank u wel!'],
      ['plural subjects', 'We vinden het fijn en zij worden goed geholpen.'],
      ['an object pronoun in a subclause', 'Fijn als ik je help, en als ik het vind.'],
      ['a subject left out', 'Wordt vervolgd. Gaat goed met hem! Bedankt voor alles!'],
      ['a bio line', 'Houdt van wandelen en koken.'],
      ['modal verbs', 'Wat er beter kan, hoor ik graag. Het zal wel.'],
      ['past tense', 'Wist je dat hij hier werkte? Hij was mijn buurman.'],
      ['names', 'Vandaag sprak ik met Vind en Word.'],
      ['a noun after an inverted subject', 'Is hij vader geworden? Vind jij zorg mooi? Ben ik moe!'],
      [
        'greetings and adjectives before a noun',
        'Hartelijk dank! Ja hoor. Eerste keer weer buiten. Een kleine dank.',
      ],
      ['a plural verb before we', 'Vandaag nemen we afscheid van collega Ellen.'],
      ['an article after a preposition', 'Bel gerust naar het onthaal, zij helpen u graag.'],
      [
        'an adverb inside the sentence',
        'Vraag hoe lang het nog duurt. Ze heeft vandaag weer de hele middag gezongen.',
      ],
      ['a past tense before the pronoun', 'Vandaag stond hij weer een uurtje in de garage.'],
      ['a strong past tense ending a subclause', 'Je weet nu wie ze koos.'],
      ['a noun after "of het"', 'We gaan naar het strand of het bos!'],
      ['a comparative', 'U denkt alles beter te weten.'],
      ['a command after a colon', 'Onze tip: ga niet verbeteren, ga meedoen. Route: neem afslag 12.'],
      ['a noun with a verb later', 'Dat het afscheid zo is gelopen, spijt ons.'],
      ['a plural pronoun after a preposition', 'Dankzij jullie word dit mogelijk.'],
      [
        'nouns and adjectives after er, wie and u',
        'Wie vervoer nodig heeft, belt. Er vol voor gaan! Het staat u vrij.',
      ],
      ['a command with er', 'Word er maar beter van!'],
      ['a label before a colon', 'Safe word: koffie. Antwoord: ja.'],
      [
        'je as subject before a noun predicate',
        'Hoe word je verpleegkundige? Hoe word je verpleegkundige in Gent?',
      ],
      ['plural noun subjects', "Bewoners vinden het fijn. De collega's rijden mee."],
    ])('%s', (_what, text) => {
      expect(run(text)).toBe('');
    });

    it('stays quiet without the dictionary word classes', () => {
      const plain: SpellEngine = { correct: spell.correct.bind(spell), suggest: spell.suggest.bind(spell) };
      expect(run('Hij word morgen zestig.', plain)).toBe('');
    });

    it('stays fast on a long text', () => {
      const text = 'Hij word morgen zestig en dat vind ik mooi. '.repeat(2000);
      let found = '';
      expect(cpuMs(() => (found = run(text)))).toBeLessThan(3000);
      expect(found.split(' ').length).toBe(2000);
    });
  });
});
