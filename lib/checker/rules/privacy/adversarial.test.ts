import { describe, expect, it } from 'vitest';
import { check } from '../../check';
import { avgRules } from '../avg';
import { mediaRules } from '../media';
import { privacyRules } from '.';

const rules = [...privacyRules, ...avgRules, ...mediaRules];
const N = 200_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

/** Inputs that make naive patterns backtrack or scan quadratically. */
const inputs: [string, string][] = [
  ['digits and spaces', repeat('1 ')],
  ['digit groups', repeat('12 34 56 ')],
  ['a@ repeated', repeat('a@')],
  ['mevrouw repeated', repeat('mevrouw ')],
  ['capitalised street-like words', repeat('Aaaaaaaaaaaaaaaaaaaaaaaaaaaaastraat ')],
  ['initials', repeat('A. ')],
  ['titles and names', repeat('mevrouw De Vries van ')],
  ['numbers in brackets', repeat('(94) ')],
  ['uw uw uw', repeat('uw ')],
  ['one long word', repeat('a')],
  ['dots and digits', repeat('1.')],
  ['postcode-like', repeat('1234 AB ')],
  ['ages', repeat('van 94 jaar ')],
  // One sentence full of relatives, events or "u": each was read against the whole sentence.
  ['relatives without a full stop', repeat('je moeder ')],
  ['known events without a full stop', repeat('die bevalling ')],
];

describe('privacy, AVG and media rules on long adversarial inputs', () => {
  it.each(inputs)('finish on %s (200k characters)', { timeout: 20_000 }, (_name, text) => {
    for (const surface of ['post', 'reply'] as const) {
      const report = check({ text, surface }, {}, { rules });
      expect(report.stats.words).toBeGreaterThanOrEqual(0);
    }
  });

  it('grows about linearly: 8x the text takes far less than 64x the time', { timeout: 30_000 }, () => {
    const unit = 'Vandaag afscheid van mevrouw De Vries (94) van kamer 12, BSN 111222333, mail a.b@c.nl. ';
    const time = (n: number) => {
      const text = unit.repeat(n);
      check({ text, surface: 'reply' }, {}, { rules });
      const t0 = performance.now();
      check({ text: `${text} `, surface: 'reply' }, {}, { rules });
      return performance.now() - t0;
    };
    const small = Math.max(time(100), 1);
    const large = time(800);
    expect(large / small).toBeLessThan(40);
  });
});
