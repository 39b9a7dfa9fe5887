import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing';
import { detailsIn } from '../../text/details';
import { specialCategory } from './special-category';

// Health of a group people know by its house or ward (text/groups.ts), and a ward that tells
// the condition of the one a pronoun carries on.
const flagged = (text: string) => findingsOf(text, specialCategory).map((f) => `${f.text} ${f.severity}`);

describe('avg/special-category for an identifiable group', () => {
  it.each([
    ['De bewoners van afdeling Zonnebloem hebben allemaal corona.', 'corona check'],
    ['In woonzorgcentrum Ter Beke zijn 31 van de 64 bewoners positief getest.', 'positief getest check'],
    ['Op de derde verdieping zijn vier bewoners besmet met het norovirus.', 'besmet check'],
    ['Bij de cliënten van paviljoen Oost heerst buikgriep.', 'buikgriep check'],
    ['Iedereen op afdeling 3B ligt met griep in bed.', 'griep check'],
  ])('%s', (text, expected) => expect(flagged(text)).toContain(expected));

  it.each([
    // Nobody in particular: no house or ward named.
    'Alle bewoners zijn deze week gevaccineerd tegen de griep.',
    'Steeds meer bewoners van verpleeghuizen krijgen corona.',
    // What the ward is for, and the ward's own name.
    'Onze afdeling Zonnebloem is er voor bewoners met dementie.',
    'De cliënten van de afdeling revalidatie gingen vandaag naar de markt.',
    // A remembrance of those who died over a year.
    'Op 5 november herdenken we in De Linde alle bewoners die dit jaar zijn overleden.',
    // An office department, not a ward.
    'De collega’s van afdeling Communicatie zijn allemaal ziek thuis.',
  ])('stays quiet: %s', (text) => expect(flagged(text)).toEqual([]));

  it('reads "afdeling Zonnebloem" as a ward, "afdeling Communicatie" not', () => {
    const wards = (text: string) =>
      detailsIn(text)
        .filter((d) => d.kind === 'ward')
        .map((d) => text.slice(d.start, d.end).trim());
    expect(wards('Ze woont op afdeling Zonnebloem.')).toEqual(['op afdeling Zonnebloem']);
    expect(wards('Hij werkt op afdeling Communicatie.')).toEqual([]);
  });
});

describe('a ward that tells the condition, carried by a pronoun', () => {
  it('flags the ward in the sentence after a relative', () =>
    expect(
      flagged('Zijn dochter bracht hem gisteren. Vanaf maandag zit hij in de huiskamer van de PG.').join(),
    ).toContain('PG'));

  it('stays quiet for a colleague who works there', () =>
    expect(flagged('Onze teamleider Anja is terug. Zij werkt vanaf maandag op de PG.')).toEqual([]));
});
