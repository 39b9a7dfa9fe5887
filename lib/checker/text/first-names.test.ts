import { beforeAll, describe, expect, it } from 'vitest';
import type { SpellEngine } from '../rule';
import { testEngine } from '../../spelling/testing';
import { isFirstName, runTogetherName } from './first-names';

let spell: SpellEngine;
beforeAll(async () => {
  spell = await testEngine();
}, 60_000);

describe('isFirstName', () => {
  it.each([
    'marietje',
    'truusje',
    'keesje',
    'gerritje',
    'bepje',
    'lambertus',
    'hendrika',
    'henkie',
    'jeroen',
    'ellen',
  ])('%s is a first name', (w) => expect(isFirstName(w, spell)).toBe(true));
  it.each(['huisje', 'meisje', 'kaasje', 'biertje', 'roosje', 'zusje', 'sinterklaas'])('%s is not', (w) =>
    expect(isFirstName(w, spell)).toBe(false),
  );
  it('takes a hyphenated name when every part is a first name', () => {
    expect(isFirstName('hans-peter', spell)).toBe(true);
    expect(isFirstName('sint-jan', spell)).toBe(false);
  });
  it('takes pet forms only with the dictionary, which tells them from words', () => {
    expect(isFirstName('marietje')).toBe(false);
    expect(isFirstName('marie')).toBe(true);
  });
});

describe('runTogetherName', () => {
  it.each(['annavisser', 'jandevries', 'keesvanderberg', 'sannebakker'])('%s runs a name together', (w) =>
    expect(runTogetherName(w)).toBe(true),
  );
  it.each(['wzcdeberk', 'ziekenhuisamstelland', 'zorgvuldig', 'anna', 'visser'])('%s does not', (w) =>
    expect(runTogetherName(w)).toBe(false),
  );
});
