import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSpellEngine } from '../spelling/load-node';
import { check } from './check';
import { Report, type Platform, type Surface } from './types';
import { cpuMs } from '../../tests/cpu-time';

/** Pieces real drafts and hostile ones are made of: the rules' triggers, and the characters that trip offsets. */
const PIECES = [
  'BSN', '111222333', '123456782', 'NL91ABNA0417164300', '06-12345678', '+32 470 12 34 56', '1234 AB',
  '9000 Gent', 'kamer 12', 'mevrouw Jansen', 'dhr. De Vries', 'geb. 01-02-1950', 'patiëntnummer',
  'https://', 'http//', 'www.', 'bit.ly/x', 'tinyurl.com/x', '?utm_source=x', '@', 'jan@zorg.nl',
  'diabetes', 'opname', 'Kerkstraat 12', 'zorgmedewekers', 'de de', '#Zorg', '.', ',', ':', '/', '-',
  '\n', '\n\n', ' ', '\u00a0', '\u202f', '\t',
  '\u200b', '\u200c', '\u200d', '\ufeff', // zero-width
  '\u0301', '\u0308', 'e\u0301', // combining
  '😀', '👩🏽‍⚕️', '\ud83d', '\ude00', // surrogate pairs, and lone halves
  '\u200f', '\u200e', '\u202e', '\u2066', 'שלום', 'مرحبا', // bidi marks and RTL text
]; // prettier-ignore

const draftText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 2, arbitrary: fc.stringMatching(/^[0-9]{1,40}$/) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 20 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const platform = fc.constantFrom<Platform>('facebook', 'instagram', 'linkedin', 'tiktok', 'other');
const surface = fc.constantFrom<Surface>('post', 'comment', 'reply', 'message', 'caption', 'other');

const spell = await loadSpellEngine();

/** The contract every report keeps, whatever the text. */
function expectValid(text: string, report: Report): void {
  expect(Report.parse(report)).toEqual(report);
  expect(report.stats.failedRules).toBeUndefined();
  for (const f of report.findings) {
    expect(f.start).toBeLessThanOrEqual(f.end);
    expect(f.end).toBeLessThanOrEqual(text.length);
    if (f.category !== 'media') expect(f.text).toBe(text.slice(f.start, f.end));
  }
}

describe('the checker under random and hostile text (fast-check)', () => {
  it('never throws, no rule fails, every finding lies inside the text and quotes it', () => {
    fc.assert(
      fc.property(draftText, platform, surface, fc.constantFrom('nl', 'en'), (text, p, s, lang) => {
        expectValid(text, check({ text, platform: p, surface: s }, { lang: lang as 'nl' | 'en' }, { spell }));
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * Hostile drafts of 1 MB, each a random stretch of its pieces repeated: long runs of what made
 * rules quadratic before (a run of spaces for the phrase tables, care words without a full stop
 * for privacy/combination, one long accented word for the spelling check), and the rest.
 */
const HOSTILE: Record<string, string[]> = {
  'spaces and line breaks': [' ', ' ', '\n', '\t', '\u00a0', '\u202f', '\r\n', 'de', 'in', 'goed'],
  'care words without a full stop': ['mevrouw Jansen ', 'patiënt ', 'kamer 12 ', 'afdeling 3 ', 'ze ', 'hij ', '92 jaar ', 'gisteren ', 'collega ', 'bewoner ', 'in Zwolle ', 'opgenomen '],
  'one long word of accents': ['é', 'e\u0301', 'ë', 'ó', 'a', 'ij', '\u0308'],
  'digits and separators': ['1', '2', '0', '9', ' ', '-', '.', '/', '+', '(', ')', ',', '06', 'NL', 'BE'],
  'marks, bidi and surrogates': ['\u200b', '\u200d', '\ufeff', '\u0301', '😀', '👩🏽‍⚕️', '\ud83d', '\u200f', '\u202e', 'שלום', 'a', ' '],
  'links, addresses and capitals': ['https://', 'www.', 'bit.ly/', 'a.nl', '/', '?utm_source=x', '&', '@', 'jan@zorg.nl', '.', ' ', 'Jan ', 'De Vries ', 'de de '],
  'all the pieces': PIECES,
}; // prettier-ignore

function hostileText(pieces: string[], length: number, seed: number): string {
  const unit = fc.sample(fc.array(fc.constantFrom(...pieces), { minLength: 100, maxLength: 300 }), { numRuns: 1, seed })[0].join('');
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
} // prettier-ignore

/** CPU time of this process (vitest runs each file in its own), so other work on the machine does not count. */
function timed(text: string): { report: Report; ms: number } {
  let report!: Report;
  const ms = cpuMs(() => (report = check({ text, platform: 'facebook', surface: 'reply' }, {}, { spell })));
  return { report, ms };
}

describe('1 MB of hostile text (time grows linearly)', () => {
  it.each(Object.keys(HOSTILE))(
    '%s: 1 MB takes less than 20 times as long as 100 kB, and every finding is sound',
    (name) => {
      const seed = name.length;
      const small = hostileText(HOSTILE[name], 100_000, seed);
      const big = hostileText(HOSTILE[name], 1_000_000, seed);
      timed(small); // warm: the rules' first run compiles their patterns
      const { report, ms } = timed(big);
      expectValid(big, report);
      // After the big one, so neither is answered from the analysis of the text before.
      const ms100k = timed(small).ms;
      // Relative, so a slow machine does not matter: linear is about 10 (6 to 10 here), quadratic 100.
      expect(ms / ms100k).toBeLessThan(20);
    },
    // Generous for a busy 2-core machine; before the fixes some of these took over ten minutes.
    180_000,
  );
});
