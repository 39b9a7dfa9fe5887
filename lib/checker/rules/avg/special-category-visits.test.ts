import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing';
import { detailsIn } from '../../text/details';
import { specialCategory } from './special-category';

// Visits to specialists, births told by the parents or a greeting, rooms that stand for the
// one who lies in them, public figures, and skin conditions.
const flagged = (text: string, surface: 'post' | 'comment' | 'reply' | 'message' = 'post') =>
  findingsOf({ text, surface }, specialCategory).map((f) => f.text);

describe('avg/special-category, more ways of telling', () => {
  it.each([
    ['Dat u drie weken op de oogarts moest wachten, klopt niet.', 'reply', 'op de oogarts'],
    ['Mijn vader moet volgende week bij de uroloog komen.', 'post', 'bij de uroloog'],
    ['De diagnose van uw moeder is zorgvuldig gesteld.', 'reply', 'diagnose'],
    ['U kreeg twaalf behandelingen aan uw nek.', 'reply', 'behandelingen aan uw nek'],
    ['Op eerste kerstdag werden Femke en Rajesh de trotse ouders van Mila.', 'post', 'trotse ouders van'],
    ['welkom kleine mila!! morgen kom ik kijken op de kraam', 'comment', 'welkom kleine'],
    ['Hij kwam drie weken te vroeg, maar Ferre is kerngezond.', 'post', 'drie weken te vroeg'],
    ['Vanuit ons hospice bracht de wensambulance Sandra naar zee.', 'post', 'Vanuit ons hospice'],
    ['Ik heb de reanimatie van bed 6 vannacht gefilmd.', 'message', 'reanimatie'],
    ['Voor en na: de rosacea van deze cliënte is bijna weg.', 'post', 'rosacea'],
  ] as const)('%s', (text, surface, part) => expect(flagged(text, surface).join(' | ')).toContain(part));

  it.each([
    // A public figure's death is news.
    'Wij zijn verdrietig dat Joop Verkerk, oprichter van de wensambulance, is overleden.',
    // Equipment in a room, a visit by a specialist to the team.
    'Op kamer 3 staat de nieuwe tillift klaar.',
    'Vandaag gaf de oogarts een les aan ons team.',
    // Welcome to someone who is not a baby, and a child who is somewhere.
    'Welkom aan onze nieuwe collega Sanne!',
    'Jullie kindje is er ook welkom op het zomerfeest.',
  ])('stays quiet: %s', (text) => expect(flagged(text)).toEqual([]));

  it('reads a named holiday as the date of the event', () => {
    const text = 'Op eerste kerstdag kwam Mila ter wereld.';
    expect(detailsIn(text).map((d) => `${d.kind}:${text.slice(d.start, d.end)}`)).toContain(
      'date:Op eerste kerstdag',
    );
  });
});

describe('injuries, discharge and farewells in plain words', () => {
  it.each([
    ['De verwonding aan het oog van uw dochter is ontstaan bij de deur.', 'reply', 'verwonding'],
    [
      'sterkte jan, hopelijk mag je snel weer naar huis uit het ziekenhuis',
      'comment',
      'naar huis uit het ziekenhuis',
    ],
    ['In stilte namen we afscheid van Jozef Vande Walle (89).', 'post', 'stilte namen we afscheid'],
  ] as const)('%s', (text, surface, part) => expect(flagged(text, surface).join(' | ')).toContain(part));

  it.each([
    'Heeft u vragen over een opname of behandeling? Bel onze patiëntenservice.',
    'In stilte genoten we van het concert.',
  ])('stays quiet: %s', (text) => expect(flagged(text, 'reply')).toEqual([]));
});
