import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSpellEngine } from '../spelling/load-node';
import { check } from './check';
import { Report, type Platform, type Surface } from './types';

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
