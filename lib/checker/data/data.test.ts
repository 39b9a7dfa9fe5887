import { nl, nl_BE } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { sensitiveWords } from '../text/health';
import { FAKER_FIRST_NAMES, FAKER_SURNAMES } from './faker-nl';
import { HEALTH_TERMS } from './health';
import { FIRST_NAMES, SURNAMES } from './names';
import { PLACES } from './places';
import { SPECIAL_TERMS } from './special';

const kinds = (text: string) => sensitiveWords(text).map((h) => `${text.slice(h.start, h.end)}:${h.kind}`);

describe('the health vocabulary', () => {
  it('has every kind with enough terms, in lower case', () => {
    const byKind = new Map<string, number>();
    for (const t of HEALTH_TERMS) byKind.set(t.kind, (byKind.get(t.kind) ?? 0) + 1);
    for (const kind of ['condition', 'treatment', 'medication', 'admission', 'death', 'event'])
      expect(byKind.get(kind) ?? 0, kind).toBeGreaterThan(10);
    for (const t of HEALTH_TERMS) for (const w of t.words) expect(w).toBe(w.toLowerCase());
  });
  it('has no term twice', () => {
    const keys = [...HEALTH_TERMS, ...SPECIAL_TERMS].map(
      (t) => `${'suffix' in t && t.suffix ? '*' : ''}${t.words.join(' ')}`,
    );
    expect(keys.length - new Set(keys).size).toBe(0);
  });
  describe('must find', () => {
    it.each([
      ['Ze heeft de ziekte van Parkinson', 'ziekte van Parkinson:condition'],
      ['uitgezaaide borstkanker', 'uitgezaaide:condition'],
      ['na haar heupfractuur', 'heupfractuur:condition'],
      ['kreeg morfine', 'morfine:medication'],
      ['is gisteren overleden', 'overleden:death'],
      ['een patiënt met ALS', 'ALS:condition'],
      ['hij is moslim', 'moslim:religion'],
      ['zij is lesbisch', 'lesbisch:sexuality'],
      ['een moslimfamilie op bezoek', 'moslimfamilie:religion'],
      ['de Turkse-vrouw van kamer 3', 'Turkse-vrouw:origin'],
      ['haar eerste insuline-injectie', 'insuline-injectie:medication'],
      ['afspraak bij de cardioloog', 'bij de cardioloog:treatment'],
      ['een baby geboren', 'baby geboren:birth'],
    ])('%s', (text, expected) => expect(kinds(text)).toContain(expected));
  });
  describe('must not find', () => {
    it.each([
      'ALS ZIEKENHUIS ONLINE',
      'als het kan',
      'ms word',
      'Onze afdeling oncologie',
      'de ziekenhuisdirectie',
      'een reddingsoperatie',
      'de moslimgemeenschap',
      'de cardioloog belt',
    ])('%s', (text) => expect(kinds(text)).toEqual([]));
  });
});

describe('name and place data', () => {
  it('holds every name of faker’s nl and nl_BE locales (the copy is current)', () => {
    const first = new Set<string>();
    const last = new Set<string>();
    for (const l of [nl, nl_BE]) {
      for (const list of Object.values(l.person?.first_name ?? {}))
        for (const n of list as string[]) first.add(n);
      for (const list of Object.values(l.person?.last_name ?? {}))
        for (const n of list as string[]) last.add(n);
    }
    expect([...first].sort()).toEqual([...FAKER_FIRST_NAMES].sort());
    expect([...last].sort()).toEqual([...FAKER_SURNAMES].sort());
  });
  it('looks names and places up in lower case', () => {
    expect(FIRST_NAMES.has('kees')).toBe(true);
    expect(FIRST_NAMES.has('godelieve')).toBe(true);
    expect(SURNAMES.has('vries')).toBe(true);
    expect(PLACES.has('zwolle')).toBe(true);
    expect(PLACES.has('gent')).toBe(true);
    expect(PLACES.has('as')).toBe(false);
  });
});
