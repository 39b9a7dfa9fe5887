import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../checker/types';
import { filterIgnored, ignoreKey } from './ignored';

const finding = (ruleId: string, text: string, start: number): Finding => ({
  ruleId,
  category: 'spelling',
  severity: 'tip',
  start,
  end: start + text.length,
  text,
  message: '',
  suggestions: [],
});

describe('ignored findings', () => {
  const report: Report = {
    findings: [finding('spelling/unknown-word', 'zorgg', 0), finding('spelling/unknown-word', 'zorgg', 20)],
    stats: { ms: 0, words: 2 },
  };

  it('hides every finding of the rule on the same text, wherever it moved', () => {
    const ignored = new Set([ignoreKey(finding('spelling/unknown-word', 'zorgg', 7))]);
    expect(filterIgnored(report, ignored)?.findings).toEqual([]);
  });

  it('keeps another rule on the same text, and another text of the same rule', () => {
    const ignored = new Set([
      ignoreKey(finding('spelling/repeated-word', 'zorgg', 0)),
      ignoreKey(finding('spelling/unknown-word', 'zorg', 0)),
    ]);
    expect(filterIgnored(report, ignored)?.findings).toHaveLength(2);
  });

  it('returns the same report when nothing is ignored, and null for no report', () => {
    expect(filterIgnored(report, new Set())).toBe(report);
    expect(filterIgnored(null, new Set(['x']))).toBeNull();
  });
});
