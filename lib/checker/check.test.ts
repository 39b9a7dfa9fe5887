import { describe, expect, it } from 'vitest';
import { check } from './check';
import { rules } from './registry';
import type { Rule } from './rule';
import { Report } from './types';

/** A rule that always throws. */
const broken: Rule = {
  id: 'privacy/broken',
  category: 'privacy',
  defaultSeverity: 'stop',
  description: { nl: 'kapot', en: 'broken' },
  examples: { flag: [], pass: [] },
  check: () => {
    throw new Error('boom');
  },
};

const valid = (text: string) => {
  const report = check({ text });
  expect(() => Report.parse(report)).not.toThrow();
  for (const f of report.findings) expect(f.text).toBe(text.slice(f.start, f.end));
  return report;
};

describe('check() on bad input never crashes', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\r\n '],
    ['lone surrogates', '\ud800 BSN 111222333 \udc00\ud83d'],
    ['emoji sequences', '👩🏽‍⚕️❤️‍🔥🏳️‍🌈 BSN 111222333 👨‍👩‍👧‍👦'],
    ['right-to-left text', 'مرحبا \u202eBSN 111222333\u202c שלום'],
    ['control characters', '\u0000\u0001\u0007BSN\u0000111222333\u001b[31m'],
    ['combining marks', 'Patie\u0308nt met BSN 111222333'],
  ])('%s', (_name, text) => {
    valid(text);
  });

  it('finds the BSN between emoji with UTF-16 offsets', () => {
    const text = '👩🏽‍⚕️ BSN 111222333';
    const [f] = valid(text).findings;
    expect(text.slice(f.start, f.end)).toBe('111222333');
  });

  it('checks 1 MB of text', () => {
    const unit = 'Vandaag een mooie dienst gehad met het team, bel 06 12345678 of mail info@zorg.nl. ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const report = valid(text);
    expect(report.stats.words).toBeGreaterThan(100_000);
  });

  it('random binary-like strings', () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 50; n++) {
      const text = Array.from({ length: 2000 }, () => String.fromCharCode(Math.floor(rnd() * 0xffff))).join(
        '',
      );
      valid(text);
    }
  });

  it('a rule that throws does not stop the others', () => {
    const errors: string[] = [];
    const report = check({ text: 'x' }, {}, { rules: [broken], onRuleError: (id) => errors.push(id) });
    expect(report.findings).toEqual([]);
    expect(errors).toEqual(['privacy/broken']);
  });

  it('a rule that throws is named in stats.failedRules, and the others still report', () => {
    const report = check({ text: 'BSN 111222333' }, {}, { rules: [broken, ...rules] });
    expect(report.stats.failedRules).toEqual(['privacy/broken']);
    expect(report.findings.map((f) => f.ruleId)).toContain('privacy/bsn');
    expect(Report.parse(report)).toEqual(report);
  });

  it('stats.failedRules is absent when every rule ran, so existing reports stay as they were', () => {
    expect(check({ text: 'BSN 111222333' }).stats).not.toHaveProperty('failedRules');
  });
});

describe('settings', () => {
  it('turns a rule off', () => {
    expect(
      check({ text: 'BSN 111222333' }, { rules: { 'privacy/bsn': { enabled: false } } }).findings,
    ).toEqual([]);
  });
  it('overrides severity', () => {
    const [f] = check({ text: 'BSN 111222333' }, { rules: { 'privacy/bsn': { severity: 'tip' } } }).findings;
    expect(f.severity).toBe('tip');
  });
  it('sorts findings by position', () => {
    const { findings } = check({ text: 'mail a.b@gmail.com en BSN 111222333' });
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
