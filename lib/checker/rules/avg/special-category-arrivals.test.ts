import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing';
import { specialCategory } from './special-category';

// A baby that "is er", and deaths told by euphemism (data/events-plain.ts).
const flagged = (text: string, surface: 'post' | 'comment' | 'reply' = 'comment') =>
  findingsOf({ text, surface }, specialCategory).map((f) => f.text);

describe('avg/special-category for arrivals and euphemisms', () => {
  it.each([
    ['Ahh Noor, je kleine meid is er! Rust lekker uit 💕', 'je kleine meid is er'],
    ['Gefeliciteerd Tom en Sarah, jullie zoontje is er!', 'jullie zoontje is er'],
    ['Beste Ellen, wat verdrietig dat uw vader zo plotseling is weggevallen.', 'is weggevallen'],
    ['Wat erg dat je opa het niet heeft overleefd, Joyce.', 'overleefd'],
    ['die mevrouw vroeg weer om haar man, hij is al twintig jaar dood', 'jaar dood'],
  ])('%s', (text, part) => expect(flagged(text).join(' | ')).toContain(part));

  it.each([
    'Jullie zoon is er ook bij op het zomerfeest!',
    'Je kleine is er vandaag niet, hè?',
    'De verbinding is weggevallen, probeer het later opnieuw.',
    'Onze kraamafdeling: jullie baby is er welkom, net als opa en oma.',
  ])('stays quiet: %s', (text) => expect(flagged(text)).toEqual([]));
});
