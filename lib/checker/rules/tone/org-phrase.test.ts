import { describe, expect, it } from 'vitest';
import type { CheckerSettings } from '../../rule';
import { compact, findingsOf } from '../../testing';
import { orgPhrase } from './org-phrase';

const settings: CheckerSettings = {
  orgName: 'Ziekenhuis Oost',
  orgPhrases: [
    { phrase: 'Project Zonnebloem', message: 'Interne projectnaam: nog niet openbaar.', severity: 'stop' },
    { phrase: 'cliëntje', message: 'We spreken van cliënten, niet van cliëntjes.', severity: 'tip' },
    { phrase: 'a.b (c) [d]*', message: 'Tekens worden letterlijk gelezen.', severity: 'check' },
    { phrase: '!!!', message: 'Zonder letters: genegeerd.', severity: 'check' },
  ],
};

describe('tone/org-phrase', () => {
  describe('must flag', () => {
    it.each([
      ['Morgen start project   zonnebloem!', ['13-33']],
      ['Een cliëntje kwam langs', ['4-12']],
    ])('%s', (text, spans) =>
      expect(compact(findingsOf(text, orgPhrase, settings))).toEqual(
        spans.map((s) => `${s} tone/org-phrase`),
      ),
    );
    it('uses the organisation message and severity', () => {
      const [f] = findingsOf('Project Zonnebloem', orgPhrase, settings);
      expect(f).toMatchObject({ severity: 'stop', message: 'Interne projectnaam: nog niet openbaar.' });
      expect(f.explanation).toContain('Ziekenhuis Oost');
    });
  });
  describe('must not flag', () => {
    it.each(['Projecten in de zon', 'cliëntjesdag', 'Een mooie zonnebloem'])('%s', (text) =>
      expect(findingsOf(text, orgPhrase, settings)).toEqual([]),
    );
    it('without organisation phrases', () => expect(findingsOf('Project Zonnebloem', orgPhrase)).toEqual([]));
  });
});
