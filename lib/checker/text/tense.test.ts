import { describe, expect, it } from 'vitest';
import { tellsPast } from './tense';
import { analyse, tokensOf } from './tokens';

const past = (text: string) => tellsPast(tokensOf(analyse(text), 0));

describe('tellsPast', () => {
  it.each([
    'Uw moeder kreeg haar medicatie.',
    'Het protocol is gevolgd.',
    'U bent gezien door de arts.',
    'Bij de intake is afgesproken dat u belt.',
    'U nam pas na drie dagen contact op.',
    'dat u pas na drie dagen contact opnam',
    'De wond is ontstaan bij een val.',
    'Wij hebben alles besproken.',
    'Uw zoon is door de jeugdarts doorverwezen.',
    'Uw opa is meteen onderzocht.',
    'De bevalling is goed gegaan.',
    'Dat hebben we niet gedaan.',
  ])('past: %s', (text) => expect(past(text)).toBe(true));
  it.each([
    'U kunt morgen bellen.',
    'Wij bespreken dit graag met u.',
    'De dagbesteding gaat gewoon door.',
    'Dat is twee weken geleden.',
    'Doe de afwas na het eten.',
    'Het is lastig om te vertellen.',
    'Het is ondertussen druk.',
  ])('not past: %s', (text) => expect(past(text)).toBe(false));
});
