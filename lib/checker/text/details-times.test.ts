import { describe, expect, it } from 'vitest';
import { detailsIn } from './details';
import { cpuMs } from '../../../tests/cpu-time';

const kinds = (text: string) => detailsIn(text).map((d) => [d.kind, text.slice(d.start, d.end)]);

describe('details: clock times as people write them', () => {
  it.each([
    ['Ze moest om 3 uur al terug met het busje.', 'om 3 uur'],
    ['Om 11u zongen de buren onder haar raam.', 'Om 11u'],
    ['De koffie stond rond 10.30u klaar.', 'rond 10.30u'],
    ['We vertrokken om kwart over 9 met de bus.', 'om kwart over 9'],
    ['Tegen half 4 was iedereen terug.', 'Tegen half 4'],
    ['Opname morgen 8u: meneer Peeters.', '8u'],
    ['Het feest begint 14u30 in de cafetaria.', '14u30'],
  ])('%s', (text, time) => {
    expect(kinds(text)).toContainEqual(['time', time]);
  });

  it.each([
    'Wij zijn 24u op 24u bereikbaar.',
    'Het gaat om 3 kinderen uit de buurt.',
    'Dat scheelt om en nabij 12 procent.',
    'Bel 0800-1234 of kijk op de site.',
  ])('no clock time: %s', (text) => {
    expect(kinds(text).filter(([kind]) => kind === 'time')).toEqual([]);
  });
});

describe('details: an age stated after a name or before its verb', () => {
  it.each([
    ['Lotte is 19. Ze woont sinds maart bij ons.', '19'],
    ['Ken je hem nog? 58 is hij nu.', '58'],
    ['Jan was pas 34 jaar toen het gebeurde.', '34 jaar'],
  ])('%s', (text, age) => {
    expect(kinds(text)).toContainEqual(['age', age]);
  });

  it.each([
    'Het is 5. Tijd voor koffie!',
    'Kamer 12 is 3 weken dicht geweest.',
    'De wachttijd is 19 dagen.',
    'Dat was 12 euro, graag.',
  ])('no age: %s', (text) => {
    expect(kinds(text).filter(([kind]) => kind === 'age')).toEqual([]);
  });
});

describe('details: many clock times', () => {
  it('stays linear in the number of times (a runaway guard, not a budget)', () => {
    const time = (n: number) => {
      const text = 'Ronde om 8u, dan 9u30 en om 10 uur koffie. '.repeat(n);
      return cpuMs(() => detailsIn(text));
    };
    time(100);
    // 16x the text in far less than 16^2 the time.
    expect(time(1600)).toBeLessThan(Math.max(80, time(100) * 16 * 6));
  });
});
