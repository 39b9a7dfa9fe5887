import { describe, expect, it } from 'vitest';
import { compact, findingsOf } from '../../testing';
import { defensiveReply } from './defensive-reply';

const reply = (text: string) => findingsOf({ text, surface: 'reply' }, defensiveReply);

describe('tone/defensive-reply', () => {
  describe('must flag', () => {
    it.each([
      ['Dat klopt niet, wij hebben niets fout gedaan.', ['0-14', '16-44']],
      ['Meneer, u heeft het mis.', ['8-23']],
      ['Dat is helemaal niet waar', ['0-25']],
      ['Je overdrijft een beetje', ['0-13']],
      ['U had het zelf moeten melden bij de balie.', ['0-14']],
      ['Dat is uw eigen schuld', ['0-22']],
      ['U   HEEFT   het  MIS', ['0-20']],
      ['Zoals u zelf weet, is de wachttijd lang.', ['0-17']],
      ['De verpleegkundige heeft een fout gemaakt.', ['0-41']],
    ])('%s', (text, spans) =>
      expect(compact(reply(text))).toEqual(spans.map((s) => `${s} tone/defensive-reply`)),
    );
    it('is a check in a reply and a tip where the surface is unknown', () => {
      expect(reply('Dat klopt niet.')[0].severity).toBe('check');
      expect(findingsOf('Dat klopt niet.', defensiveReply)[0].severity).toBe('tip');
    });
  });
  describe('must not flag', () => {
    it.each([
      'Wat vervelend dat u dit zo heeft ervaren. Wilt u ons een bericht sturen?',
      'Klopt het dat de open dag morgen is? Ja, dat klopt!',
      'We hebben niets dan lof voor ons team.',
      'Dat klopte niet helemaal met de planning, dus we schuiven een week op.',
      'Onzinnig veel zin in de zomer!',
    ])('%s', (text) => expect(reply(text)).toEqual([]));
    it('stays quiet in a post', () => {
      expect(findingsOf({ text: 'Dat klopt niet!', surface: 'post' }, defensiveReply)).toEqual([]);
    });
  });
});
